package dev.sluice.conformance.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Address;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.BAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.BUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.OneAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.OneUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** test_unitofwork.py OneToManyTest: saving and changing one-to-many and one-to-one children. */
class OneToManyTest {
  // test_unitofwork.py OneToManyTest.test_one_to_many_1
  @DatabaseTest
  void oneToManyBasicSave(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User("one2manytester");
      Address a = new Address("one2many@test.org");
      Address a2 = new Address("lala@test.org");
      u.addresses.addAll(List.of(a, a2));
      session.add(u);
      session.commit();
      assertEquals(List.of("one2manytester"), Rows.strings(db, "SELECT \"name\" FROM \"users\""));
      List<Map<String, Object>> rows = db.rows("SELECT \"id\", \"user_id\", \"email_address\""
          + " FROM \"addresses\" ORDER BY \"email_address\"");
      assertEquals(List.of(a2.id, u.id, "lala@test.org"), values(rows.get(0)));
      assertEquals(List.of(a.id, u.id, "one2many@test.org"), values(rows.get(1)));

      Long userId = u.id;
      Long addressId = a2.id;
      a2.emailAddress = "somethingnew@foo.com";
      session.commit();
      assertEquals(List.of("somethingnew@foo.com"), Rows.strings(db,
          "SELECT \"email_address\" FROM \"addresses\" WHERE \"id\" = " + addressId));
      assertEquals(userId, u.id);
      assertEquals(addressId, a2.id);
    }
  }

  private static List<Object> values(Map<String, Object> row) {
    return row.values().stream()
        .map(v -> v instanceof Number n ? (Object) n.longValue() : v).toList();
  }

  // test_unitofwork.py OneToManyTest.test_one_to_many_2
  @DatabaseTest
  void modifyingTheChildrenOfAnObject(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("user1");
      Address a1 = new Address("emailaddress1");
      u1.addresses.add(a1);
      User u2 = new User("user2");
      u2.addresses.add(new Address("emailaddress2"));
      Address a3 = new Address("emailaddress3");
      session.addAll(List.of(u1, u2, a3));
      session.flush();

      u2.name = "user2modified";
      u1.addresses.add(a3);
      u1.addresses.remove(0);
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE users", "UPDATE addresses"), db.writes());
      assertNull(Rows.longs(db, "SELECT \"user_id\" FROM \"addresses\" WHERE \"id\" = "
          + a1.id).get(0));
      assertEquals(List.of(u1.id), Rows.longs(db,
          "SELECT \"user_id\" FROM \"addresses\" WHERE \"id\" = " + a3.id));
    }
  }

  // test_unitofwork.py OneToManyTest.test_child_move
  @DatabaseTest
  void childMoveWithDeleteOfTheOldParent(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("user1");
      User u2 = new User("user2");
      Address a = new Address("address1");
      u1.addresses.add(a);
      session.addAll(List.of(u1, u2));
      session.flush();
      u1.addresses.remove(0);
      u2.addresses.add(a);
      session.delete(u1);
      session.flush();
      session.expungeAll();
      assertEquals(1, session.get(User.class, u2.id).addresses.size());
    }
  }

  // test_unitofwork.py OneToManyTest.test_child_move_2
  @DatabaseTest
  void childMove(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("user1");
      User u2 = new User("user2");
      Address a = new Address("address1");
      u1.addresses.add(a);
      session.addAll(List.of(u1, u2));
      session.flush();
      u1.addresses.remove(0);
      u2.addresses.add(a);
      session.flush();
      session.expungeAll();
      assertEquals(1, session.get(User.class, u2.id).addresses.size());
    }
  }

  // test_unitofwork.py OneToManyTest.test_o2m_delete_parent
  @DatabaseTest
  void oneToOneDeleteParent(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OneUser u = new OneUser("one2onetester");
      OneAddress a = new OneAddress("myonlyaddress@foo.com");
      u.address.set(a);
      session.add(u);
      session.flush();
      session.delete(u);
      session.flush();
      assertNotNull(a.id);
      assertNull(a.userId);
      assertEquals(ObjectState.PERSISTENT, session.state(a));
      assertFalse(session.contains(u));
    }
  }

  // test_unitofwork.py OneToManyTest.test_one_to_one
  @DatabaseTest
  void oneToOne(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OneUser u = new OneUser("one2onetester");
      u.address.set(new OneAddress("myonlyaddress@foo.com"));
      session.add(u);
      session.flush();
      u.name = "imnew";
      session.flush();
      u.address.get().emailAddress = "imnew@foo.com";
      session.commit();
    }
    assertEquals(List.of("imnew"), Rows.strings(db, "SELECT \"name\" FROM \"one_users\""));
    assertEquals(List.of("imnew@foo.com"),
        Rows.strings(db, "SELECT \"email_address\" FROM \"one_addresses\""));
  }

  // test_unitofwork.py OneToManyTest.test_bidirectional
  @DatabaseTest
  void bidirectional(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      BUser u = new BUser("test");
      BAddress a = new BAddress("testaddress");
      a.user.set(u);
      assertTrue(u.addresses.contains(a));
      session.add(u);
      session.flush();
      session.delete(u);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"b_users\""));
    assertEquals(Arrays.asList((Object) null), db.column("SELECT \"user_id\" FROM \"b_addresses\""));
  }
}
