package dev.sluice.conformance.relationships;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.relationships.RelationshipsModel.Address;
import dev.sluice.conformance.relationships.RelationshipsModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** test_relationships.py ManualBackrefTest: two relationships that name each other. */
class ManualBackrefTest {
  private static final JavaFileObject SCHEMA =
      source("S", "@Schema(entities = {User.class, Address.class}) interface S {}");

  private static JavaFileObject user(String backPopulates) {
    return source("User", "@Entity class User {", "  @Id @GeneratedValue Long id;",
        "  @Relationship(backPopulates = \"" + backPopulates + "\")",
        "  final RelatedList<Address> addresses = User_.addresses(this);", "}");
  }

  // test_relationships.py ManualBackrefTest.test_o2m
  @DatabaseTest
  void bothSidesFollowEachOther(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User("u1");
      Address a1 = new Address("foo");
      u1.addresses.add(a1);
      assertSame(u1, a1.user.get());

      sess.add(u1);
      sess.flush();
      sess.expire(u1);
      sess.expire(a1);
      assertSame(a1, sess.query(Address.class).one());
      assertSame(u1, a1.user.get());
      assertTrue(u1.addresses.contains(a1));
    }
  }

  // test_relationships.py ManualBackrefTest.test_invalid_key
  // differs: rejected by javac, with the name it probably means, rather than when the mappers
  // are configured
  @Test
  void aMisspelledOtherSideIsAnError() {
    JavaFileObject user = user("userr");
    JavaFileObject address = source("Address", "@Entity class Address {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = User.class) Long userId;",
        "  @Relationship(backPopulates = \"addresses\")",
        "  final RelatedRef<User> user = Address_.user(this);", "}");
    assertRejected(Diagnostic.INVERSE_MISSPELLED.format("backPopulates", "User.addresses",
        "Address", "userr", "Address", "user", "user", "Address", "userr"), user,
        "backPopulates", user, address, SCHEMA);
  }

  // test_relationships.py ManualBackrefTest.test_invalid_target
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void anOtherSideThatTargetsAnotherEntityIsAnError() {
    JavaFileObject user = user("dingaling");
    JavaFileObject address = source("Address", "@Entity class Address {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = User.class) Long userId;",
        "  @ForeignKey(entity = Dingaling.class) Long dingalingId;",
        "  @Relationship final RelatedRef<Dingaling> dingaling = Address_.dingaling(this);", "}");
    JavaFileObject dingaling = source("Dingaling", "@Entity class Dingaling {",
        "  @Id @GeneratedValue Long id;", "}");
    JavaFileObject schema = source("S",
        "@Schema(entities = {User.class, Address.class, Dingaling.class}) interface S {}");
    assertRejected(Diagnostic.INVERSE_WRONG_TYPE.format("backPopulates", "User.addresses",
        "Address", "dingaling", "Dingaling", "User", "Address", "User"), user,
        "backPopulates", user, address, dingaling, schema);
  }

  // test_relationships.py ManualBackrefTest.test_back_propagates_not_relationship
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void anOtherSideThatIsAColumnIsAnError() {
    JavaFileObject user = user("userId");
    JavaFileObject address = source("Address", "@Entity class Address {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = User.class) Long userId;",
        "  @Relationship(backPopulates = \"addresses\")",
        "  final RelatedRef<User> users = Address_.users(this);", "}");
    assertRejected(Diagnostic.INVERSE_NOT_RELATIONSHIP.format("backPopulates", "User.addresses",
        "Address", "userId", "Address"), user, "backPopulates", user, address, SCHEMA);
  }
}
