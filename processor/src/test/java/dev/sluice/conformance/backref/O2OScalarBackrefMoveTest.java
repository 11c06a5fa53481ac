package dev.sluice.conformance.backref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.conformance.backref.BackrefModel.OneAddress;
import dev.sluice.conformance.backref.BackrefModel.OneUser;
import dev.sluice.conformance.backref.BackrefModel.OrphanAddress;
import dev.sluice.conformance.backref.BackrefModel.OrphanUser;
import dev.sluice.conformance.backref.BackrefModel.PlainAddress;
import dev.sluice.conformance.backref.BackrefModel.PlainUser;
import dev.sluice.conformance.Rows;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * test_backref_mutations.py O2OScalarBackrefMoveTest, O2OScalarMoveTest and
 * O2OScalarOrphanTest: moving the address of a one-to-one between users.
 */
class O2OScalarBackrefMoveTest {
  /** jack with address1, ed, and a spare address2 when asked; ids in that order. */
  private static List<Long> seed(SessionFactory factory, boolean spare) {
    try (Session session = factory.openSession()) {
      OneUser jack = new OneUser("jack");
      OneAddress a1 = new OneAddress("address1");
      jack.address.set(a1);
      OneUser ed = new OneUser("ed");
      OneAddress a2 = new OneAddress("address2");
      session.add(jack);
      session.add(ed);
      if (spare) {
        session.add(a2);
      }
      session.commit();
      return spare ? List.of(jack.id, ed.id, a1.id, a2.id) : List.of(jack.id, ed.id, a1.id);
    }
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_collection_move_preloaded
  @DatabaseTest
  void collectionMovePreloaded(TestDatabase db) {
    // As in SQLAlchemy, the move does not reach jack's loaded reference before a flush.
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, false);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneUser ed = session.get(OneUser.class, ids.get(1));
      OneAddress a1 = jack.address.get();
      ed.address.set(a1);
      assertSame(a1, ed.address.get());
      assertSame(ed, a1.user.get());
      assertSame(a1, jack.address.get());
      assertSame(a1, ed.address.get());
    }
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_scalar_move_preloaded
  @DatabaseTest
  void scalarMovePreloaded(TestDatabase db) {
    // As in SQLAlchemy, a1 keeps its loaded reference to jack before a flush.
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, true);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneAddress a1 = session.get(OneAddress.class, ids.get(2));
      OneAddress a2 = session.get(OneAddress.class, ids.get(3));
      assertSame(jack, a1.user.get());
      a2.user.set(jack);
      assertSame(a2, jack.address.get());
      assertSame(jack, a1.user.get());
      assertSame(jack, a2.user.get());
    }
  }

  // Beyond the original above: the replaced address loses its key at the flush, and its loaded
  // reference follows then (SQLAlchemy keeps it until the attribute expires at commit).
  @DatabaseTest
  void aReplacedOneToOneLosesItsKeyAtTheFlush(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, true);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneAddress a1 = session.get(OneAddress.class, ids.get(2));
      OneAddress a2 = session.get(OneAddress.class, ids.get(3));
      assertSame(jack, a1.user.get());
      a2.user.set(jack);
      assertSame(jack, a1.user.get());
      session.flush();
      assertNull(a1.user.get());
      assertSame(a2, jack.address.get());
      session.commit();
    }
    assertEquals(List.of("address2"), db.column(
        "SELECT \"email_address\" FROM \"one_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_collection_move_notloaded
  @DatabaseTest
  void collectionMoveNotLoaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, false);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneUser ed = session.get(OneUser.class, ids.get(1));
      OneAddress a1 = session.get(OneAddress.class, ids.get(2));
      ed.address.set(a1);
      assertSame(a1, ed.address.get());
      assertSame(ed, a1.user.get());
      assertNull(jack.address.get());
      assertSame(a1, ed.address.get());
    }
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_scalar_move_notloaded
  @DatabaseTest
  void scalarMoveNotLoaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, true);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneAddress a1 = session.get(OneAddress.class, ids.get(2));
      OneAddress a2 = session.get(OneAddress.class, ids.get(3));
      a2.user.set(jack);
      assertSame(a2, jack.address.get());
      assertNull(a1.user.get());
      assertSame(jack, a2.user.get());
    }
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_collection_move_commitfirst
  // differs: commit does not expire, so jack's stale reference is read again after expire()
  @DatabaseTest
  void collectionMoveCommitFirst(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, false);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneUser ed = session.get(OneUser.class, ids.get(1));
      OneAddress a1 = jack.address.get();
      ed.address.set(a1);
      assertSame(ed, a1.user.get());
      session.commit();
      // SQLAlchemy's commit-time expiry reloads jack's reference; Sluice's commit keeps it.
      session.expire(jack);
      assertNull(session.get(OneUser.class, ids.get(0)).address.get());
      assertSame(a1, ed.address.get());
    }
    assertEquals(List.of(ids.get(1)), Rows.longs(db, "SELECT \"user_id\" FROM \"one_addresses\""));
  }

  // test_backref_mutations.py O2OScalarBackrefMoveTest.test_scalar_move_commitfirst
  @DatabaseTest
  void scalarMoveCommitFirst(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, true);
    try (Session session = factory.openSession()) {
      OneUser jack = session.get(OneUser.class, ids.get(0));
      OneAddress a1 = session.get(OneAddress.class, ids.get(2));
      OneAddress a2 = session.get(OneAddress.class, ids.get(3));
      assertSame(jack, a1.user.get());
      a2.user.set(jack);
      assertSame(a2, jack.address.get());
      session.commit();
      assertSame(a2, jack.address.get());
      assertNull(a1.user.get());
      assertSame(jack, a2.user.get());
    }
    assertEquals(List.of("address2"), db.column(
        "SELECT \"email_address\" FROM \"one_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_backref_mutations.py O2OScalarMoveTest.test_collection_move_commitfirst
  // differs: commit does not expire, so jack's stale reference is read again after expire()
  @DatabaseTest
  void oneToOneWithoutBackrefMoveCommitFirst(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    Long jackId;
    Long edId;
    try (Session session = factory.openSession()) {
      PlainUser jack = new PlainUser("jack");
      jack.address.set(new PlainAddress("address1"));
      PlainUser ed = new PlainUser("ed");
      session.add(jack);
      session.add(ed);
      session.commit();
      jackId = jack.id;
      edId = ed.id;
    }
    try (Session session = factory.openSession()) {
      PlainUser jack = session.get(PlainUser.class, jackId);
      PlainUser ed = session.get(PlainUser.class, edId);
      PlainAddress a1 = jack.address.get();
      ed.address.set(a1);
      assertSame(a1, ed.address.get());
      session.commit();
      session.expire(jack);
      assertNull(session.get(PlainUser.class, jackId).address.get());
      assertSame(a1, ed.address.get());
    }
    assertEquals(List.of(edId), Rows.longs(db, "SELECT \"user_id\" FROM \"plain_addresses\""));
  }

  // test_backref_mutations.py O2OScalarOrphanTest.test_m2o_event
  @DatabaseTest
  void orphanedUserOfAManyToOneIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OrphanAddress a1 = new OrphanAddress("address1");
      OrphanUser jack = new OrphanUser("jack");
      jack.address.set(a1);
      session.add(jack);
      session.commit();
      session.expunge(jack);

      OrphanUser ed = new OrphanUser("ed");
      session.add(ed);
      ed.address.set(a1);
      session.commit();
      assertEquals(1, session.query(OrphanUser.class).count());
    }
    assertEquals(List.of("ed"), db.column("SELECT \"name\" FROM \"orphan_users\""));
  }
}
