package dev.sluice.conformance.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Relations whose target is a subclass: they hold only rows of that class and below. */
class RelationshipToSingleTest {
  // test_single.py RelationshipToSingleTest.test_relationship_to_subclass
  @DatabaseTest
  void aLazyRelationToASubclassLoadsOnlyItsRows(TestDatabase db) {
    SessionFactory factory = db.create(ToSubclassSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Division c1 = new Division("c1");
      Division c2 = new Division("c2");
      c1.engineers.add(new JuniorTechnician("Ed", "oh that ed"));
      c2.engineers.add(new Technician("Kurt", "knows how to hack"));
      session.add(c1);
      session.add(c2);
      session.flush();
      Boss m1 = new Boss("Tom", "data1");
      m1.divisionId = c1.id;
      Boss m2 = new Boss("Tom2", "data2");
      m2.divisionId = c2.id;
      session.add(m1);
      session.add(m2);
      session.commit();
      // loaded again from the rows, since the managers' keys were set by hand
      assertEquals("[JuniorTechnician(Ed)]", List.copyOf(c1.engineers).toString());
      assertEquals("[Technician(Kurt)]", List.copyOf(c2.engineers).toString());
    }
    assertEquals(4, db.number("SELECT COUNT(*) FROM \"staff\" WHERE \"division_id\" IS NOT NULL"));
    try (Session session = factory.openSession()) {
      List<Division> divisions = session.query(Division.class).orderBy("name").list();
      assertEquals("[JuniorTechnician(Ed)]", List.copyOf(divisions.get(0).engineers).toString());
      assertEquals("[Technician(Kurt)]", List.copyOf(divisions.get(1).engineers).toString());
      assertInstanceOf(JuniorTechnician.class, divisions.get(0).engineers.get(0));
    }
  }

  // The joinedload step of test_single.py RelationshipToSingleTest.test_relationship_to_subclass:
  // the eager join is limited to the subclass.
  @DatabaseTest
  void aJoinedRelationToASubclassJoinsOnlyItsRows(TestDatabase db) {
    SessionFactory factory = db.create(ToSubclassSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Lab c1 = new Lab("c1");
      Lab c2 = new Lab("c2");
      c1.engineers.add(new JuniorTechnician("Ed", "oh that ed"));
      c2.engineers.add(new Technician("Kurt", "knows how to hack"));
      session.add(c1);
      session.add(c2);
      session.flush();
      Boss m1 = new Boss("Tom", "data1");
      m1.labId = c1.id;
      session.add(m1);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      db.clearStatements();
      List<Lab> labs = session.query(Lab.class).orderBy("name").list();
      assertEquals("[JuniorTechnician(Ed)]", List.copyOf(labs.get(0).engineers).toString());
      assertEquals("[Technician(Kurt)]", List.copyOf(labs.get(1).engineers).toString());
      assertEquals(1, db.statements("SELECT").size(), db.statements().toString());
      assertTrue(db.statements("SELECT").get(0).contains(
          "j0.\"type\" IN ('engineer', 'juniorengineer')"), db.statements().toString());
    }
  }

  @DatabaseTest
  void anAbstractRootLoadsEveryRowAsItsSubclass(TestDatabase db) {
    SessionFactory factory = db.create(ToSubclassSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Boss("Tom", "data1"));
      session.add(new JuniorTechnician("Ed", "ed"));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      assertEquals("[Boss(Tom), JuniorTechnician(Ed)]",
          session.query(Staffer.class).list().toString());
      assertEquals(List.of("manager", "juniorengineer"), db.column(
          "SELECT \"type\" FROM \"staff\" ORDER BY \"id\""));
    }
  }
}
