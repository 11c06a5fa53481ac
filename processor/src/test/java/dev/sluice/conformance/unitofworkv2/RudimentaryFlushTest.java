package dev.sluice.conformance.unitofworkv2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.unitofworkv2.UowModel.Item;
import dev.sluice.conformance.unitofworkv2.UowModel.Keyword;
import dev.sluice.conformance.unitofworkv2.UowModel.MAddress;
import dev.sluice.conformance.unitofworkv2.UowModel.MUser;
import dev.sluice.conformance.unitofworkv2.UowModel.OAddress;
import dev.sluice.conformance.unitofworkv2.UowModel.OUser;
import dev.sluice.conformance.unitofworkv2.UowModel.RaiseA;
import dev.sluice.conformance.unitofworkv2.UowModel.RaiseB;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;

/**
 * test_unitofworkv2.py RudimentaryFlushTest and RaiseLoadIgnoredTest: the statements a flush
 * writes, in order ({@link TestDatabase#writes()}: one entry per statement or JDBC batch).
 */
class RudimentaryFlushTest {
  private static OUser userWithTwoAddresses() {
    OUser u1 = new OUser("u1");
    u1.addresses.addAll(List.of(new OAddress("a1"), new OAddress("a2")));
    return u1;
  }

  private static List<MAddress> twoAddressesOf(MUser u1) {
    MAddress a1 = new MAddress("a1");
    MAddress a2 = new MAddress("a2");
    a1.user.set(u1);
    a2.user.set(u1);
    return List.of(a1, a2);
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_one_to_many_save
  @DatabaseTest
  void oneToManySave(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OUser u1 = userWithTwoAddresses();
      sess.add(u1);
      sess.commit();
      assertEquals(List.of("INSERT users", "INSERT addresses"), db.writes());
      assertEquals(List.of(u1.id, u1.id),
          Rows.longs(db, "SELECT \"user_id\" FROM \"addresses\" ORDER BY \"id\""));
    }
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_one_to_many_delete_all
  @DatabaseTest
  void oneToManyDeleteAll(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OUser u1 = userWithTwoAddresses();
      sess.add(u1);
      sess.flush();
      sess.delete(u1);
      sess.delete(u1.addresses.get(0));
      sess.delete(u1.addresses.get(1));
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE addresses", "DELETE users"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"addresses\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_one_to_many_delete_parent
  @DatabaseTest
  void oneToManyDeleteParent(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OUser u1 = userWithTwoAddresses();
      sess.add(u1);
      sess.flush();
      sess.delete(u1);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE addresses", "DELETE users"), db.writes());
    }
    assertEquals(Arrays.asList(null, null), db.column("SELECT \"user_id\" FROM \"addresses\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_save
  @DatabaseTest
  void manyToOneSave(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser u1 = new MUser("u1");
      sess.addAll(twoAddressesOf(u1));
      sess.commit();
      assertEquals(List.of("INSERT m_users", "INSERT m_addresses"), db.writes());
      assertEquals(List.of(u1.id, u1.id),
          Rows.longs(db, "SELECT \"user_id\" FROM \"m_addresses\" ORDER BY \"id\""));
    }
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_delete_all
  @DatabaseTest
  void manyToOneDeleteAll(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser u1 = new MUser("u1");
      List<MAddress> addresses = twoAddressesOf(u1);
      sess.addAll(addresses);
      sess.flush();
      sess.delete(u1);
      addresses.forEach(sess::delete);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE m_addresses", "DELETE m_users"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"m_users\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_delete_target
  @DatabaseTest
  void manyToOneDeleteTarget(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser u1 = new MUser("u1");
      List<MAddress> addresses = twoAddressesOf(u1);
      sess.addAll(addresses);
      sess.flush();
      sess.delete(u1);
      addresses.forEach(a -> a.user.set(null));
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE m_addresses", "DELETE m_users"), db.writes());
    }
    assertEquals(Arrays.asList(null, null), db.column("SELECT \"user_id\" FROM \"m_addresses\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_delete_unloaded
  @DatabaseTest
  void manyToOneDeleteUnloaded(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser parent = new MUser("p1");
      List<MAddress> children = twoAddressesOf(parent);
      sess.addAll(children);
      sess.add(parent);
      sess.flush();
      sess.expire(parent);
      children.forEach(sess::expire);
      children.forEach(sess::delete);
      sess.delete(parent);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE m_addresses", "DELETE m_users"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"m_users\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_delete_childonly_unloaded
  @DatabaseTest
  void manyToOneDeleteChildOnlyUnloaded(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser parent = new MUser("p1");
      List<MAddress> children = twoAddressesOf(parent);
      sess.addAll(children);
      sess.add(parent);
      sess.flush();
      children.forEach(sess::expire);
      children.forEach(sess::delete);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE m_addresses"), db.writes());
      assertTrue(db.statements("SELECT").stream().noneMatch(s -> s.contains("\"m_users\"")),
          db.statements().toString());
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"m_users\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_one_del_attr
  @DatabaseTest
  void manyToOneDelAttr(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser u1 = new MUser("u1");
      List<MAddress> addresses = twoAddressesOf(u1);
      sess.addAll(addresses);
      sess.flush();
      addresses.get(0).user.clear();
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE m_addresses"), db.writes());
    }
    assertEquals(Arrays.asList(null, 1L), Rows.longs(db,
        "SELECT \"user_id\" FROM \"m_addresses\" ORDER BY \"id\""));
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_natural_ordering
  @DatabaseTest
  void naturalOrdering(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MUser u1 = new MUser("u1");
      u1.id = 1L;
      MAddress a1 = new MAddress("a2");
      a1.id = 1L;
      a1.userId = 1L;
      sess.addAll(List.of(u1, a1));
      sess.flush();
      assertEquals(List.of("INSERT m_users", "INSERT m_addresses"), db.writes());
      sess.delete(u1);
      sess.delete(a1);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE m_addresses", "DELETE m_users"), db.writes());
    }
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_many_to_many
  @DatabaseTest
  void manyToMany(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Keyword k1 = new Keyword("k1");
      Item i1 = new Item("i1");
      i1.keywords.add(k1);
      sess.add(i1);
      sess.flush();
      List<String> writes = db.writes();
      assertEquals(3, writes.size(), writes.toString());
      assertTrue(writes.subList(0, 2).containsAll(List.of("INSERT items", "INSERT keywords")));
      assertEquals("INSERT item_keywords", writes.get(2));

      sess.expire(i1); // the keywords collection is not loaded for the UPDATE
      i1.description = "i2";
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE items"), db.writes());
      assertEquals(List.of(), db.statements("SELECT"));
    }
  }

  // test_unitofworkv2.py RaiseLoadIgnoredTest.test_delete_head
  @DatabaseTest
  void deleteHeadIgnoresRaiseLoading(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      RaiseA a = new RaiseA();
      a.bs.addAll(List.of(new RaiseB(), new RaiseB()));
      sess.add(a);
      sess.commit();
    }
    try (Session sess = factory.openSession()) {
      RaiseA a1 = sess.query(RaiseA.class).first().orElseThrow();
      sess.delete(a1);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE b", "DELETE a"), db.writes());
    }
    assertEquals(Arrays.asList(null, null), db.column("SELECT \"a_id\" FROM \"b\""));
  }
}
