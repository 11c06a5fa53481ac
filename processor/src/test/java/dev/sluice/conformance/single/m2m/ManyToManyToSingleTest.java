package dev.sluice.conformance.single.m2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Many-to-many relations to single-table subclasses through one association table: each holds
 * the linked rows of its own class only, whether loaded by a join or by its own SELECT.
 */
class ManyToManyToSingleTest {
  /** The fixture of ManyToManyToSingleTest: one parent, one sub1 child and two sub2. */
  private static void fixture(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Parent parent = new Parent();
      parent.s1.add(new SubChild1("sc1_1"));
      parent.s2.addAll(List.of(new SubChild2("sc2_1"), new SubChild2("sc2_2")));
      session.add(parent);
      session.commit();
    }
  }

  // test_single.py ManyToManyToSingleTest.test_eager_join
  // differs: s1 is a list of one (a many-to-many side is a collection, E319), not a scalar
  @DatabaseTest
  void aJoinedLoadFindsTheSub1ChildOnly(TestDatabase db) {
    SessionFactory factory = db.create(ManyToManyToSingleSchema_Metadata.INSTANCE);
    fixture(factory);
    try (Session session = factory.openSession()) {
      db.clearStatements();
      Parent parent = session.query(Parent.class).list().get(0);
      assertTrue(parent.s1.isLoaded());
      assertEquals(1, parent.s1.size());
      SubChild1 child = assertInstanceOf(SubChild1.class, parent.s1.get(0));
      assertEquals("sc1_1", child.name);
      assertEquals(1, db.statements("SELECT").size(), db.statements().toString());
    }
  }

  // test_single.py ManyToManyToSingleTest.test_assert_joinedload_sql
  @DatabaseTest
  void theJoinedLoadJoinsTheChildrenOfItsClassOnly(TestDatabase db) {
    SessionFactory factory = db.create(ManyToManyToSingleSchema_Metadata.INSTANCE);
    fixture(factory);
    try (Session session = factory.openSession()) {
      db.clearStatements();
      session.query(Parent.class).list();
      String select = db.statements("SELECT").get(0);
      assertTrue(select.contains("LEFT OUTER JOIN") && select.contains("\"m2m\"")
          && select.contains("\"discriminator\" IN ('sub1')"), select);
    }
  }

  // test_single.py ManyToManyToSingleTest.test_manual_join
  // (the link rows of the other subclass are not the scalar side's)
  @DatabaseTest
  void eachRelationHoldsTheLinkedRowsOfItsOwnClass(TestDatabase db) {
    SessionFactory factory = db.create(ManyToManyToSingleSchema_Metadata.INSTANCE);
    fixture(factory);
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"m2m\""));
    try (Session session = factory.openSession()) {
      Parent parent = session.query(Parent.class).one();
      assertEquals("[SubChild1(sc1_1)]", parent.s1.toString());
      assertEquals("[SubChild2(sc2_1), SubChild2(sc2_2)]",
          parent.s2.stream().sorted((a, b) -> a.name.compareTo(b.name)).toList().toString());
      assertEquals(3, session.query(Child.class).count());
    }
  }
}
