package dev.sluice.conformance.relationships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.relationships.RelationshipsModel.CasA;
import dev.sluice.conformance.relationships.RelationshipsModel.CasB;
import dev.sluice.conformance.relationships.RelationshipsModel.DelA;
import dev.sluice.conformance.relationships.RelationshipsModel.DelB;
import dev.sluice.conformance.relationships.RelationshipsModel.ManA;
import dev.sluice.conformance.relationships.RelationshipsModel.ManB;
import dev.sluice.conformance.relationships.RelationshipsModel.ManRefA;
import dev.sluice.conformance.relationships.RelationshipsModel.ManRefB;
import dev.sluice.conformance.relationships.RelationshipsModel.PkA;
import dev.sluice.conformance.relationships.RelationshipsModel.PkB;
import dev.sluice.conformance.relationships.RelationshipsModel.RefA;
import dev.sluice.conformance.relationships.RelationshipsModel.RefB;
import dev.sluice.conformance.relationships.RelationshipsModel.SaveA;
import dev.sluice.conformance.relationships.RelationshipsModel.SaveB;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.FlushException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_relationships.py FKsAsPksTest: foreign keys that are also the primary key. */
class FksAsPksTest {
  private static long count(Session sess, String table) {
    return sess.handle().createQuery("SELECT COUNT(*) FROM \"" + table + "\"")
        .mapTo(Long.class).one();
  }

  // test_relationships.py FKsAsPksTest.test_onetoone_switch
  @DatabaseTest
  void aOneToOneKeyedByTheParentIsInsertedWithItsKey(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      sess.add(new PkA());
      sess.commit();
    }
    long aId;
    try (Session sess = factory.openSession()) {
      PkA a1 = sess.query(PkA.class).first().orElseThrow();
      a1.b.set(new PkB());
      sess.commit();
      aId = a1.id;
    }
    assertEquals(List.of(aId), Rows.longs(db, "SELECT \"id\" FROM \"tableB\""));
  }

  // test_relationships.py FKsAsPksTest.test_no_delete_PK_AtoB
  @DatabaseTest
  void deletingAParentCannotBlankOutItsChildsKey(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      SaveA a1 = new SaveA();
      a1.bs.add(new SaveB());
      sess.add(a1);
      sess.flush();

      sess.delete(a1);
      FlushException e = assertThrows(FlushException.class, sess::flush);
      // SQLAlchemy refuses before it sends anything; the database refuses Sluice's UPDATE, and
      // the failed flush leaves the rows as they were
      assertTrue(e.sql().startsWith("UPDATE \"save_b\""), e.getMessage());
      assertEquals(1, count(sess, "save_b"));
    }
  }

  // test_relationships.py FKsAsPksTest.test_no_delete_PK_BtoA
  @DatabaseTest
  void clearingAReferenceCannotBlankOutTheKey(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      RefB b1 = new RefB();
      b1.a.set(new RefA());
      sess.add(b1);
      sess.flush();
      b1.a.set(null);
      FlushException e = assertThrows(FlushException.class, sess::flush);
      assertTrue(e.sql().startsWith("UPDATE \"ref_b\""), e.getMessage());
      assertEquals(1, count(sess, "ref_b"));
    }
  }

  // test_relationships.py FKsAsPksTest.test_delete_cascade_BtoA
  @DatabaseTest
  void aChildKeyedByItsParentDeletesTheParentWithIt(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      DelB b1 = new DelB();
      DelA a1 = new DelA();
      b1.a.set(a1);
      sess.add(b1);
      sess.flush();
      sess.delete(b1);
      sess.flush();
      assertFalse(sess.contains(a1));
      assertFalse(sess.contains(b1));
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"del_a\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"del_b\""));
  }

  // test_relationships.py FKsAsPksTest.test_delete_cascade_AtoB
  @DatabaseTest
  void childrenKeyedByTheParentAreDeletedWithIt(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      CasA a1 = new CasA();
      CasB b1 = new CasB();
      a1.bs.add(b1);
      sess.add(a1);
      sess.flush();
      sess.delete(a1);
      sess.flush();
      assertFalse(sess.contains(a1));
      assertFalse(sess.contains(b1));
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"cas_b\""));
  }

  // test_relationships.py FKsAsPksTest.test_delete_manual_AtoB
  @DatabaseTest
  void aParentAndChildDeletedTogetherWithoutCascade(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      ManA a1 = new ManA();
      ManB b1 = new ManB();
      a1.bs.add(b1);
      sess.add(a1);
      sess.add(b1);
      sess.flush();
      sess.delete(a1);
      sess.delete(b1);
      sess.flush();
      assertFalse(sess.contains(a1));
      assertFalse(sess.contains(b1));
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"man_a\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"man_b\""));
  }

  // test_relationships.py FKsAsPksTest.test_delete_manual_BtoA
  @DatabaseTest
  void aChildAndItsReferenceDeletedTogetherWithoutCascade(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      ManRefB b1 = new ManRefB();
      ManRefA a1 = new ManRefA();
      b1.a.set(a1);
      sess.add(b1);
      sess.add(a1);
      sess.flush();
      sess.delete(b1);
      sess.delete(a1);
      sess.flush();
      assertFalse(sess.contains(a1));
      assertFalse(sess.contains(b1));
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"manref_a\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"manref_b\""));
  }
}
