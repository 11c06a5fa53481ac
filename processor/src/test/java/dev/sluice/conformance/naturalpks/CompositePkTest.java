package dev.sluice.conformance.naturalpks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.conformance.naturalpks.CompositePkModel.MAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.MUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.NmAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.NmUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.NoAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.NoUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.OAddress;
import dev.sluice.conformance.naturalpks.CompositePkModel.OUser;
import dev.sluice.conformance.naturalpks.CompositePkModel.RpUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import java.util.List;
import java.util.Map;

/**
 * test_naturalpks.py ReversePKsTest and CascadeToFKPKTest: composite primary keys that change,
 * swapped between two rows, or moved with the foreign key that is part of them.
 */
class CompositePkTest {
  private static final int PUBLISHED = 1;
  private static final int EDITABLE = 2;
  private static final int ARCHIVED = 3;

  // test_naturalpks.py ReversePKsTest.test_reverse
  @DatabaseTest
  void twoRowsSwapTheirCompositeKeys(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      RpUser published = new RpUser(1, PUBLISHED, "a");
      sess.add(published);
      sess.commit();
      RpUser editable = new RpUser(1, EDITABLE, "a");
      sess.add(editable);
      sess.commit();

      published.status = ARCHIVED;
      editable.status = PUBLISHED;
      sess.commit();
      assertSame(editable, sess.get(RpUser.class, List.of(1, PUBLISHED)));
      assertSame(published, sess.get(RpUser.class, List.of(1, ARCHIVED)));

      published.status = PUBLISHED;
      editable.status = EDITABLE;
      sess.commit();
      assertSame(published, sess.get(RpUser.class, List.of(1, PUBLISHED)));
      assertSame(editable, sess.get(RpUser.class, List.of(1, EDITABLE)));
      assertNull(sess.get(RpUser.class, List.of(1, ARCHIVED)));
    }
    assertEquals(List.of(Map.of("code", 1, "status", PUBLISHED), Map.of("code", 1, "status",
        EDITABLE)), numbers(db, "SELECT \"code\", \"status\" FROM \"rp_user\" ORDER BY"
            + " \"status\""));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_onetomany_passive
  @DatabaseTest
  void aCascadedKeyMovesChildrenKeyedByIt(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      OAddress a1 = new OAddress(null, "ed@host1");
      OAddress a2 = new OAddress(null, "ed@host2");
      OUser u1 = new OUser("ed");
      u1.addresses.add(a1);
      u1.addresses.add(a2);
      sess.add(u1);
      sess.flush();
      assertEquals("ed", a1.username);
      assertEquals("ed", a2.username);
      assertEquals(List.of("ed", "ed"), sess.query(OAddress.class).list().stream()
          .map(a -> a.username).toList());

      u1.username = "jack";
      a2.email = "ed@host3";
      sess.flush();
      assertEquals("jack", a1.username);
      assertEquals("jack", a2.username);
      assertSame(a2, sess.get(OAddress.class, List.of("jack", "ed@host3")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1", "jack|ed@host3"), keys(db, "cf_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_onetomany_nonpassive
  @DatabaseTest
  void aPropagatedKeyMovesChildrenKeyedByIt(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      NoAddress a1 = new NoAddress(null, "ed@host1");
      NoAddress a2 = new NoAddress(null, "ed@host2");
      NoUser u1 = new NoUser("ed");
      u1.addresses.add(a1);
      u1.addresses.add(a2);
      sess.add(u1);
      sess.flush();
      assertEquals("ed", a1.username);
      assertEquals("ed", a2.username);

      u1.username = "jack";
      a2.email = "ed@host3";
      sess.flush();
      assertEquals("jack", a1.username);
      assertEquals("jack", a2.username);
      assertSame(a1, sess.get(NoAddress.class, List.of("jack", "ed@host1")));
      assertSame(a2, sess.get(NoAddress.class, List.of("jack", "ed@host3")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1", "jack|ed@host3"), keys(db, "cf_np_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_o2m_change_passive
  @DatabaseTest
  void aChildsKeyPartChangedByHandCascaded(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      OAddress a1 = new OAddress("ed", "ed@host1");
      OUser u1 = new OUser("ed");
      u1.addresses.add(a1);
      sess.addAll(List.of(a1, u1, new OUser("jack")));
      sess.flush();

      a1.username = "jack";
      sess.flush();
      assertSame(a1, sess.get(OAddress.class, List.of("jack", "ed@host1")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1"), keys(db, "cf_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_o2m_change_nonpassive
  @DatabaseTest
  void aChildsKeyPartChangedByHandPropagated(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      NoAddress a1 = new NoAddress("ed", "ed@host1");
      NoUser u1 = new NoUser("ed");
      u1.addresses.add(a1);
      sess.addAll(List.of(a1, u1, new NoUser("jack")));
      sess.flush();

      a1.username = "jack";
      sess.flush();
      assertSame(a1, sess.get(NoAddress.class, List.of("jack", "ed@host1")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1"), keys(db, "cf_np_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_o2m_move_passive
  @DatabaseTest
  void aChildMovedToAnotherCollectionTakesItsKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      OAddress a1 = new OAddress("ed", "ed@host1");
      OUser u1 = new OUser("ed");
      OUser u2 = new OUser("jack");
      u1.addresses.add(a1);
      sess.addAll(List.of(a1, u1, u2));
      sess.flush();

      u1.addresses.remove(a1);
      u2.addresses.add(a1);
      sess.flush();
      assertEquals("jack", a1.username);
      assertSame(a1, sess.get(OAddress.class, List.of("jack", "ed@host1")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1"), keys(db, "cf_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_o2m_move_nonpassive
  @DatabaseTest
  void aChildMovedToAnotherCollectionTakesItsPropagatedKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      NoAddress a1 = new NoAddress("ed", "ed@host1");
      NoUser u1 = new NoUser("ed");
      NoUser u2 = new NoUser("jack");
      u1.addresses.add(a1);
      sess.addAll(List.of(a1, u1, u2));
      sess.flush();

      u1.addresses.remove(a1);
      u2.addresses.add(a1);
      sess.flush();
      assertEquals("jack", a1.username);
      assertSame(a1, sess.get(NoAddress.class, List.of("jack", "ed@host1")));
      sess.commit();
    }
    assertEquals(List.of("jack|ed@host1"), keys(db, "cf_np_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_change_m2o_passive
  @DatabaseTest
  void aParentsNewKeyCascadesIntoTheChildsKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      MUser u1 = new MUser("jack");
      MAddress a1 = new MAddress(u1, "foo@bar");
      sess.addAll(List.of(u1, a1));
      sess.flush();

      u1.username = "edmodified";
      sess.flush();
      assertEquals("edmodified", a1.username);
      sess.expire(a1);
      sess.expire(u1);
      assertEquals("edmodified", a1.username);
      assertSame(a1, sess.get(MAddress.class, List.of("edmodified", "foo@bar")));
      sess.commit();
    }
    assertEquals(List.of("edmodified|foo@bar"), keys(db, "cm_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_change_m2o_nonpassive
  @DatabaseTest
  void aParentsNewKeyIsPropagatedIntoTheChildsKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      NmUser u1 = new NmUser("jack");
      NmAddress a1 = new NmAddress(u1, "foo@bar");
      sess.addAll(List.of(u1, a1));
      sess.flush();

      u1.username = "edmodified";
      sess.flush();
      assertEquals("edmodified", a1.username);
      sess.expire(a1);
      sess.expire(u1);
      assertEquals("edmodified", a1.username);
      assertSame(a1, sess.get(NmAddress.class, List.of("edmodified", "foo@bar")));
      sess.commit();
    }
    assertEquals(List.of("edmodified|foo@bar"), keys(db, "cm_np_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_move_m2o_passive
  @DatabaseTest
  void aChildGivenAnotherParentTakesItsKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      MUser u1 = new MUser("jack");
      MUser u2 = new MUser("ed");
      MAddress a1 = new MAddress(u1, "foo@bar");
      sess.addAll(List.of(u1, u2, a1));
      sess.flush();

      a1.user.set(u2);
      sess.flush();
      assertEquals("ed", a1.username);
      assertSame(a1, sess.get(MAddress.class, List.of("ed", "foo@bar")));
      sess.commit();
    }
    assertEquals(List.of("ed|foo@bar"), keys(db, "cm_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_move_m2o_nonpassive
  @DatabaseTest
  void aChildGivenAnotherParentTakesItsKeyOverALogicalKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      NmUser u1 = new NmUser("jack");
      NmUser u2 = new NmUser("ed");
      NmAddress a1 = new NmAddress(u1, "foo@bar");
      sess.addAll(List.of(u1, u2, a1));
      sess.flush();

      a1.user.set(u2);
      sess.flush();
      assertEquals("ed", a1.username);
      assertSame(a1, sess.get(NmAddress.class, List.of("ed", "foo@bar")));
      sess.commit();
    }
    assertEquals(List.of("ed|foo@bar"), keys(db, "cm_np_addresses"));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_rowswitch_doesntfire
  @DatabaseTest
  void aRowSwitchUpdatesOnlyTheChangedColumnByTheWholeKey(TestDatabase db) {
    try (Session sess = db.create(CompositePkSchema_Metadata.INSTANCE).openSession()) {
      MUser u1 = new MUser("ed");
      MAddress a1 = new MAddress(u1, "ed@host1");
      sess.add(u1);
      sess.add(a1);
      sess.flush();

      sess.delete(u1);
      sess.delete(a1);
      MUser u2 = new MUser("ed");
      MAddress a2 = new MAddress(u2, "ed@host1");
      a2.etc = "foo";
      sess.add(u2);
      sess.add(a2);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE \"cm_addresses\" SET \"etc\" = ? WHERE \"username\" = ? AND"
          + " \"email\" = ?"), db.statements().stream().filter(s -> !s.startsWith("SELECT")
              && !s.contains("SAVEPOINT")).toList());
      assertSame(a2, sess.get(MAddress.class, List.of("ed", "ed@host1")));
      sess.commit();
    }
    assertEquals(List.of("foo"), db.column("SELECT \"etc\" FROM \"cm_addresses\""));
  }

  /** Each row's key as {@code username|email}, in key order. */
  private static List<String> keys(TestDatabase db, String table) {
    return db.rows("SELECT \"username\", \"email\" FROM \"" + table + "\" ORDER BY 1, 2")
        .stream().map(row -> row.get("username") + "|" + row.get("email")).toList();
  }

  /** Rows of integer columns, read the same on both databases. */
  private static List<Map<String, Integer>> numbers(TestDatabase db, String sql) {
    return db.rows(sql).stream().map(row -> Map.of("code", ((Number) row.get("code")).intValue(),
        "status", ((Number) row.get("status")).intValue())).toList();
  }
}
