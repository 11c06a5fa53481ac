package dev.sluice.conformance.cascade.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mBackrefDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mBackrefDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2mParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oBackrefParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelCascadeChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelCascadeParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanBackrefChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanBackrefParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanChild;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oDelOrphanParent;
import dev.sluice.conformance.cascade.conflict.O2mConflictModel.O2oParent;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * test_cascade.py O2MConflictTest: a child moved to a new parent, with and without deleting
 * the old one in the same flush, keeps its row under the new parent. Each case runs the move
 * twice, as the original does: deleting the old parent, then keeping it. When the old
 * parent's one-to-one cascades DELETE, the child is marked for deletion too; the new parent
 * newly holds it, so the flush keeps it (SQLAlchemy's cancel_delete) and, as there, it stays
 * marked: the original flushes once, and a further flush would delete it.
 */
class O2mConflictTest {
  /** How one model makes parents and children, links them, and reads keys. */
  private record Model<P, C>(Supplier<P> parent, Supplier<C> child, BiConsumer<P, C> link,
      Function<P, Long> id, Class<C> childType, Class<P> parentType) {}

  private static <P, C> void moveTest(TestDatabase db, Model<P, C> m, long parentsLeftIfKept) {
    move(db, m, true, 1);
    move(db, m, false, parentsLeftIfKept);
  }

  private static <P, C> void move(TestDatabase db, Model<P, C> m, boolean deleteOld,
      long parentsLeft) {
    SessionFactory factory = db.create(O2mConflictSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      P p1 = m.parent().get();
      P p2 = m.parent().get();
      C c1 = m.child().get();
      m.link().accept(p1, c1);
      sess.addAll(List.of(p1, c1));
      sess.flush();
      if (deleteOld) {
        sess.delete(p1);
      }
      m.link().accept(p2, c1);
      sess.add(p2);
      sess.flush();
      assertEquals(List.of(c1), sess.query(m.childType()).where("\"parent_id\" = :p")
          .bind("p", m.id().apply(p2)).list(), "deleteOld=" + deleteOld);
      assertEquals(parentsLeft, sess.query(m.parentType()).count(), "deleteOld=" + deleteOld);
      assertEquals(1, sess.query(m.childType()).count(), "deleteOld=" + deleteOld);
    }
  }

  // test_cascade.py O2MConflictTest.test_o2o_delete_old
  @DatabaseTest
  void oneToOne(TestDatabase db) {
    moveTest(db, new Model<>(O2oParent::new, O2oChild::new, (p, c) -> p.child.set(c),
        p -> p.id, O2oChild.class, O2oParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2m_delete_old
  @DatabaseTest
  void oneToMany(TestDatabase db) {
    moveTest(db, new Model<>(O2mParent::new, O2mChild::new, (p, c) -> p.child.add(c),
        p -> p.id, O2mChild.class, O2mParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2o_backref_delete_old
  @DatabaseTest
  void oneToOneWithBackref(TestDatabase db) {
    moveTest(db, new Model<>(O2oBackrefParent::new, O2oBackrefChild::new,
        (p, c) -> p.child.set(c), p -> p.id, O2oBackrefChild.class, O2oBackrefParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2o_delcascade_delete_old
  @DatabaseTest
  void oneToOneCascadingDelete(TestDatabase db) {
    moveTest(db, new Model<>(O2oDelCascadeParent::new, O2oDelCascadeChild::new,
        (p, c) -> p.child.set(c), p -> p.id, O2oDelCascadeChild.class,
        O2oDelCascadeParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2o_delorphan_delete_old
  @DatabaseTest
  void oneToOneDeleteOrphan(TestDatabase db) {
    moveTest(db, new Model<>(O2oDelOrphanParent::new, O2oDelOrphanChild::new,
        (p, c) -> p.child.set(c), p -> p.id, O2oDelOrphanChild.class,
        O2oDelOrphanParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2o_delorphan_backref_delete_old
  @DatabaseTest
  void oneToOneDeleteOrphanWithBackref(TestDatabase db) {
    moveTest(db, new Model<>(O2oDelOrphanBackrefParent::new, O2oDelOrphanBackrefChild::new,
        (p, c) -> p.child.set(c), p -> p.id, O2oDelOrphanBackrefChild.class,
        O2oDelOrphanBackrefParent.class), 2);
  }

  // test_cascade.py O2MConflictTest.test_o2o_backref_delorphan_delete_old
  @DatabaseTest
  void manyToOneDeleteOrphanWithOneToOneBackref(TestDatabase db) {
    // the old parent loses its only child, so it is an orphan of the many-to-one: deleted
    moveTest(db, new Model<>(O2oBackrefDelOrphanParent::new, O2oBackrefDelOrphanChild::new,
        (p, c) -> p.child.set(c), p -> p.id, O2oBackrefDelOrphanChild.class,
        O2oBackrefDelOrphanParent.class), 1);
  }

  // test_cascade.py O2MConflictTest.test_o2m_backref_delorphan_delete_old
  @DatabaseTest
  void manyToOneDeleteOrphanWithCollectionBackref(TestDatabase db) {
    moveTest(db, new Model<>(O2mBackrefDelOrphanParent::new, O2mBackrefDelOrphanChild::new,
        (p, c) -> p.child.add(c), p -> p.id, O2mBackrefDelOrphanChild.class,
        O2mBackrefDelOrphanParent.class), 1);
  }
}
