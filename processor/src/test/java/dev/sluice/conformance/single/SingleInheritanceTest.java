package dev.sluice.conformance.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectDeletedException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single-table inheritance: four classes in one table told apart by a discriminator, loaded as
 * the class each row names, queried per class, with relations to and from the root and a
 * subclass. Ports of SQLAlchemy's test/orm/inheritance/test_single.py where they fit.
 */
class SingleInheritanceTest {
  /** The fixture of SingleInheritanceTest: a manager, an engineer and a junior engineer. */
  private static long[] fixture(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Manager m1 = new Manager("Tom", "knows how to manage things");
      Engineer e1 = new Engineer("Kurt", "knows how to hack");
      JuniorEngineer e2 = new JuniorEngineer("Ed", "oh that ed");
      session.add(m1);
      session.add(e1);
      session.add(e2);
      session.commit();
      return new long[] {m1.employeeId, e1.employeeId, e2.employeeId};
    }
  }

  // test_single.py SingleInheritanceTest.test_single_inheritance
  @DatabaseTest
  void eachClassQueriesItsOwnRowsAndTheRootQueriesAll(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    fixture(factory);
    try (Session session = factory.openSession()) {
      assertEquals("[Manager(Tom), Engineer(Kurt), JuniorEngineer(Ed)]",
          session.query(Employee.class).list().toString());
      assertEquals("[Engineer(Kurt), JuniorEngineer(Ed)]",
          session.query(Engineer.class).list().toString());
      assertEquals("[Manager(Tom)]", session.query(Manager.class).list().toString());
      assertEquals("[JuniorEngineer(Ed)]",
          session.query(JuniorEngineer.class).list().toString());
      Manager m1 = session.query(Manager.class).one();
      session.expire(m1);
      assertEquals("knows how to manage things", m1.managerData);
      // the identity map hands out the object already loaded, whatever class was queried
      assertSame(m1, session.query(Employee.class).where("name = 'Tom'").one());
    }
  }

  // test_single.py SingleInheritanceTest.test_column_qualification
  @DatabaseTest
  void aSubclassQueryFiltersByTheIdentitiesOfItsClasses(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      assertEquals(List.of(ids[1], ids[2]), session.query(Engineer.class).list().stream()
          .map(e -> e.employeeId).toList());
      assertEquals(List.of(ids[0]), new ManagerDao(session).findAll().stream()
          .map(e -> e.employeeId).toList());
      db.clearStatements();
      session.query(Engineer.class).list();
      assertTrue(db.statements("SELECT").get(0).contains(
          "t.\"type\" IN ('engineer', 'juniorengineer')"), db.statements().toString());
    }
  }

  // test_single.py SingleInheritanceTest.test_count
  @DatabaseTest
  void countsAreOfEachClass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Manager("Tom", "data1"));
      session.add(new Manager("Tom2", "data2"));
      session.add(new Engineer("Kurt", "data3"));
      session.add(new JuniorEngineer("marvin", "data4"));
      session.commit();
      assertEquals(2, session.query(Manager.class).count());
      assertEquals(2, session.query(Engineer.class).count());
      assertEquals(4, session.query(Employee.class).count());
      assertEquals(2, session.query(Manager.class).where("name LIKE '%m%'").count());
      assertEquals(3, session.query(Employee.class).where("name LIKE '%m%'").count());
    }
  }

  // test_single.py SingleInheritanceTest.test_select_from_count
  @DatabaseTest
  void aSubclassCountSeesPendingRowsOfItsClassOnly(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Manager("Tom", "data1"));
      session.add(new Engineer("Kurt", "knows how to hack"));
      assertEquals(1, session.query(Manager.class).count()); // after the autoflush
      assertEquals(2, session.query(Employee.class).count());
    }
  }

  // test_update_delete.py SingleTablePolymorphicTest.test_delete
  // (Sales and Support are a manager and an engineer here)
  @DatabaseTest
  void aBulkDeleteOfASubclassDeletesOnlyItsRowsAndForgetsTheirObjects(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(List.of(new Manager("n1", "1"), new Manager("n2", "2"),
          new Engineer("n1", "3"), new Engineer("n2", "4")));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      List<Manager> sales = session.query(Manager.class).orderBy("manager_data").list();
      List<Engineer> support = session.query(Engineer.class).orderBy("engineer_info").list();
      assertEquals(1, session.query(Manager.class).where("name = 'n1'").delete());
      assertFalse(session.contains(sales.get(0)));
      assertTrue(session.contains(sales.get(1)));
      assertTrue(session.contains(support.get(0)));
      assertTrue(session.contains(support.get(1)));
      session.commit();
    }
    assertEquals(List.of("manager n2", "engineer n1", "engineer n2"), db.column(
        "SELECT \"type\" || ' ' || \"name\" FROM \"employees\" ORDER BY \"employee_id\""));
  }

  @DatabaseTest
  void theDiscriminatorIsWrittenOnInsertAndSubclassColumnsShareTheTable(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    assertEquals(List.of("manager", "engineer", "juniorengineer"), db.column(
        "SELECT \"type\" FROM \"employees\" ORDER BY \"employee_id\""));
    assertEquals(List.of("knows how to manage things"), db.column("SELECT \"manager_data\""
        + " FROM \"employees\" WHERE \"manager_data\" IS NOT NULL"));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"employees\""
        + " WHERE \"engineer_info\" IS NOT NULL"));
    try (Session session = factory.openSession()) {
      Employee plain = new Employee("Pat");
      session.add(plain);
      session.commit();
      assertEquals("employee", plain.type); // written into the object too
      // an explicit discriminator is kept, as SQLAlchemy keeps one set before the flush
      Engineer engineer = session.get(Engineer.class, ids[1]);
      db.clearStatements();
      engineer.engineerInfo = "hacks less";
      session.commit();
      assertEquals(List.of("UPDATE \"employees\" SET \"engineer_info\" = ?"
          + " WHERE \"employee_id\" = ?"), db.statements("UPDATE"));
    }
  }

  // SQLAlchemy's Session.get: the identity of another class of the hierarchy is not found
  @DatabaseTest
  void getOfASubclassIsNullForARowOfAnotherClass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      assertNull(session.get(Engineer.class, ids[0])); // not loaded yet: by query
      Employee tom = session.get(Employee.class, ids[0]);
      assertInstanceOf(Manager.class, tom);
      assertNull(session.get(Engineer.class, ids[0])); // loaded: by the identity map
      assertSame(tom, session.get(Manager.class, ids[0]));
      assertInstanceOf(JuniorEngineer.class, session.get(Engineer.class, ids[2]));
    }
  }

  // test_single.py SingleInheritanceTest.test_type_filtering
  // (a relation to the root loads whatever class the row is)
  @DatabaseTest
  void aRelationToTheRootLoadsEachRowAsItsClass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Manager m1 = new Manager("Tom", "data1");
      Report r1 = new Report("r1");
      r1.employee.set(m1);
      session.add(r1);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Report r1 = session.query(Report.class).one();
      Manager manager = assertInstanceOf(Manager.class, r1.employee.get());
      assertFalse(r1.employee.get() instanceof Engineer);
      assertEquals("data1", manager.managerData);
      assertEquals(List.of(r1), manager.reports);
    }
  }

  // test_single.py RelationshipFromSingleTest.test_subquery_load
  // (a subclass's own relation)
  @DatabaseTest
  void aSubclassRelationLoadsAndItsTargetFindsTheSubclass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Manager m1 = new Manager("Tom", "data1");
      m1.stuff.add(new Stuff("desk"));
      m1.stuff.add(new Stuff("chair"));
      session.add(m1);
      session.add(new Engineer("Kurt", "hack"));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      List<Employee> all = session.query(Employee.class).list();
      Manager tom = (Manager) all.get(0);
      assertEquals(List.of("desk", "chair"), tom.stuff.stream().map(s -> s.name).toList());
      Stuff desk = session.query(Stuff.class).where("name = 'desk'").one();
      assertSame(tom, desk.manager.get());
    }
    try (Session session = factory.openSession()) {
      // the relation to a subclass filters by its identity
      db.clearStatements();
      Stuff chair = session.query(Stuff.class).where("name = 'chair'").one();
      assertEquals("Tom", chair.manager.get().name);
      assertTrue(db.statements("SELECT").get(1).contains("t.\"type\" IN ('manager')"),
          db.statements().toString());
    }
  }

  @DatabaseTest
  void deletingASubclassObjectCascadesItsInheritedAndItsOwnRelations(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Company acme = new Company("acme");
      Manager tom = new Manager("Tom", "data1");
      tom.stuff.add(new Stuff("desk"));
      tom.reports.add(new Report("q1"));
      Engineer kurt = new Engineer("Kurt", "hack");
      kurt.reports.add(new Report("q2"));
      acme.employees.add(tom);
      acme.employees.add(kurt);
      acme.employees.add(new JuniorEngineer("Ed", "ed"));
      session.add(acme);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Manager tom = session.query(Manager.class).one();
      session.delete(tom);
      session.commit();
    }
    assertEquals(List.of("q2"), db.column("SELECT \"name\" FROM \"reports\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"employee_stuff\""));
    assertEquals(List.of("Kurt", "Ed"), db.column(
        "SELECT \"name\" FROM \"employees\" ORDER BY \"employee_id\""));
    try (Session session = factory.openSession()) {
      // the company's employees are loaded as their classes and deleted with their reports
      session.delete(session.query(Company.class).one());
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"employees\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"reports\""));
  }

  @DatabaseTest
  void rowsOfTheTableReferencingEachOtherAreWrittenAndDeletedInKeyOrder(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      // the engineer is added first and references the manager: the manager's row goes first
      Manager boss = new Manager("Tom", "data1");
      JuniorEngineer junior = new JuniorEngineer("Ed", "ed");
      Engineer kurt = new Engineer("Kurt", "hack");
      kurt.mentor.set(boss);
      junior.mentor.set(kurt);
      Report report = new Report("q1");
      boss.reports.add(report);
      session.add(junior);
      session.add(kurt);
      session.add(report);
      session.commit();
      assertEquals(boss.employeeId, kurt.mentorId);
      assertEquals(kurt.employeeId, junior.mentorId);
    }
    try (Session session = factory.openSession()) {
      List<Employee> all = session.query(Employee.class).list();
      assertEquals("[Manager(Tom), Engineer(Kurt), JuniorEngineer(Ed)]", all.toString());
      assertSame(all.get(1), all.get(2).mentor.get());
      // deleted together: each row after the rows that reference it
      all.forEach(session::delete);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"employees\""));
  }

  @DatabaseTest
  void aRowWhoseDiscriminatorNamesNoClassIsAClearError(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    fixture(factory);
    db.jdbi().useHandle(handle -> handle.execute(
        "UPDATE \"employees\" SET \"type\" = 'intern' WHERE \"name\" = 'Kurt'"));
    try (Session session = factory.openSession()) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> session.query(Employee.class).list());
      assertTrue(e.getMessage().contains("discriminator 'intern', which names no class"),
          e.getMessage());
      assertTrue(e.getMessage().contains("employee, engineer, juniorengineer, manager"),
          e.getMessage());
    }
    // a NULL discriminator names no class either, loaded from the root or through a subclass
    db.jdbi().useHandle(handle -> handle.execute(
        "UPDATE \"employees\" SET \"type\" = NULL WHERE \"name\" = 'Kurt'"));
    try (Session session = factory.openSession()) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> session.query(Employee.class).where("name = 'Kurt'").list());
      assertTrue(e.getMessage().contains("has discriminator NULL, which names no class"),
          e.getMessage());
      // the subclass's query selects its classes' rows only, so the row is not among them
      assertEquals("[JuniorEngineer(Ed)]", session.query(Engineer.class).list().toString());
    }
  }

  // test_basic.py UnexpectedPolymorphicIdentityTest.test_single_invalid_ident
  // A plain query's rows read as a subclass, one of them a sibling's: SQLAlchemy's
  // from_statement, here the generated row mapper (the session's queries select only the
  // subclass's rows).
  @DatabaseTest
  void theRowMapperBuildsEachRowAsTheClassItsDiscriminatorNames(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    fixture(factory);
    String all = "SELECT * FROM \"employees\" ORDER BY \"employee_id\"";
    List<Employee> rows = db.jdbi().withHandle(h -> h.createQuery(all)
        .map(Employee_.rowMapper(db.dialect())).list());
    assertEquals("[Manager(Tom), Engineer(Kurt), JuniorEngineer(Ed)]", rows.toString());
    assertEquals("oh that ed", ((JuniorEngineer) rows.get(2)).engineerInfo);
    List<Engineer> engineers = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT * FROM \"employees\" WHERE \"type\" <> 'manager' ORDER BY \"employee_id\"")
        .map(Engineer_.rowMapper(db.dialect())).list());
    assertEquals("[Engineer(Kurt), JuniorEngineer(Ed)]", engineers.toString());
    // a subclass's mapper refuses a sibling's row rather than building the wrong class
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> db.jdbi().withHandle(h -> h.createQuery(all)
            .map(Engineer_.rowMapper(db.dialect())).list()));
    assertEquals("A row of table employees has discriminator 'manager', which names Manager,"
        + " not Engineer or one of its subclasses; select only their rows, or read the rows as"
        + " Employee", e.getMessage());
    // a value no class has is the root's error, whichever mapper reads it
    db.jdbi().useHandle(handle -> handle.execute(
        "UPDATE \"employees\" SET \"type\" = 'intern' WHERE \"name\" = 'Tom'"));
    e = assertThrows(InvalidRequestException.class, () -> db.jdbi().withHandle(h -> h
        .createQuery(all).map(JuniorEngineer_.rowMapper(db.dialect())).list()));
    assertTrue(e.getMessage().contains("discriminator 'intern', which names no class of its"
        + " hierarchy (known: employee, engineer, juniorengineer, manager)"), e.getMessage());
  }

  @DatabaseTest
  void mergingASubclassCopyWhoseIdIsASiblingsRowLeavesThatRowAlone(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    Engineer copy = new Engineer("Impostor", "claims the manager's id");
    copy.employeeId = ids[0];
    for (boolean managerLoaded : new boolean[] {false, true}) {
      try (Session session = factory.openSession()) {
        Manager tom = managerLoaded ? session.get(Manager.class, ids[0]) : null;
        // get(Engineer, id) finds no engineer there, so the copy becomes a new object
        Engineer merged = session.merge(copy);
        assertEquals(ObjectState.PENDING, session.state(merged));
        assertThrows(IntegrityException.class, session::commit);
        if (tom != null) {
          assertEquals("knows how to manage things", tom.managerData);
        }
      }
      assertEquals(List.of("manager Tom knows how to manage things"), db.column(
          "SELECT \"type\" || ' ' || \"name\" || ' ' || \"manager_data\" FROM \"employees\""
              + " WHERE \"employee_id\" = " + ids[0]));
    }
  }

  @DatabaseTest
  void aRowSwitchToAnotherClassRewritesTheRowAsTheNewClass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Manager tom = session.get(Manager.class, ids[0]);
      session.delete(tom);
      Engineer successor = new Engineer("Tom", "took over the row");
      successor.employeeId = ids[0];
      session.add(successor);
      db.clearStatements();
      session.flush();
      // one UPDATE takes the row over (the manager's own cascades still run, to no rows)
      assertEquals(List.of("UPDATE \"employees\" SET \"type\" = ?, \"engineer_info\" = ?"
          + " WHERE \"employee_id\" = ?"), db.statements("UPDATE"));
      assertTrue(db.statements().stream().noneMatch(sql -> sql.startsWith("INSERT")
          || sql.startsWith("DELETE FROM \"employees\"")), db.statements().toString());
      assertEquals(ObjectState.DELETED, session.state(tom));
      assertEquals(ObjectState.PERSISTENT, session.state(successor));
      session.commit();
    }
    // the new object's class and columns are written; a column its class does not map keeps
    // the old row's value, as in SQLAlchemy
    assertEquals(List.of("engineer Tom took over the row / knows how to manage things"),
        db.column("SELECT \"type\" || ' ' || \"name\" || ' ' || \"engineer_info\" || ' / ' ||"
            + " \"manager_data\" FROM \"employees\" WHERE \"employee_id\" = " + ids[0]));
    try (Session session = factory.openSession()) {
      assertInstanceOf(Engineer.class, session.get(Employee.class, ids[0]));
      assertNull(session.get(Manager.class, ids[0]));
    }
  }

  @DatabaseTest
  void aBulkDeleteOfTheRootCascadesTheRelationsOfEachSubclass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    fixture(factory);
    try (Session session = factory.openSession()) {
      Manager tom = session.query(Manager.class).one();
      tom.stuff.add(new Stuff("desk"));
      tom.stuff.add(new Stuff("chair"));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      assertEquals(2, session.query(Employee.class).where("name IN ('Tom', 'Kurt')").delete());
      session.commit();
    }
    assertEquals(List.of("Ed"), db.column("SELECT \"name\" FROM \"employees\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"employee_stuff\""));
  }

  @DatabaseTest
  void refreshingAnObjectWhoseRowBecameAnotherClassFindsNoRowOfItsClass(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Engineer kurt = session.get(Engineer.class, ids[1]);
      session.commit();
      db.jdbi().useHandle(handle -> handle.execute("UPDATE \"employees\" SET \"type\" ="
          + " 'manager', \"manager_data\" = 'promoted' WHERE \"employee_id\" = " + ids[1]));
      // as SQLAlchemy, whose refresh selects the row as an Engineer: there is none
      ObjectDeletedException e = assertThrows(ObjectDeletedException.class,
          () -> session.refresh(kurt));
      assertTrue(e.getMessage().contains("its class (discriminator) changed"), e.getMessage());
      assertEquals("engineer", kurt.type);
      assertEquals("knows how to hack", kurt.engineerInfo);
      // expired and handed out again, it finds no row of its class and leaves as deleted
      session.expire(kurt);
      assertNull(session.get(Engineer.class, ids[1]));
      assertFalse(session.contains(kurt));
    }
    try (Session session = factory.openSession()) {
      assertInstanceOf(Manager.class, session.get(Employee.class, ids[1]));
    }
  }

  @DatabaseTest
  void aDiscriminatorNamingAnotherClassIsRefusedAtFlush(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    String refused = "Engineer.type is 'manager', but an object's class decides its row's"
        + " discriminator: leave type null or set it to 'engineer' (to store the row as another"
        + " class, delete the object and add one of that class with its key)";
    try (Session session = factory.openSession()) {
      Engineer newcomer = new Engineer("Nina", "new");
      newcomer.type = "manager";
      session.add(newcomer);
      InvalidRequestException e = assertThrows(InvalidRequestException.class, session::flush);
      assertTrue(e.getMessage().contains(refused), e.getMessage());
      assertEquals(3, db.number("SELECT COUNT(*) FROM \"employees\""));
      newcomer.type = null;
      session.commit();
      assertEquals("engineer", newcomer.type);
    }
    try (Session session = factory.openSession()) {
      Engineer kurt = session.get(Engineer.class, ids[1]);
      kurt.type = "manager";
      InvalidRequestException e = assertThrows(InvalidRequestException.class, session::commit);
      assertTrue(e.getMessage().contains(refused), e.getMessage());
    }
    try (Session session = factory.openSession()) {
      Engineer kurt = session.get(Engineer.class, ids[1]);
      kurt.type = null; // emptied: its class's identity again, nothing to write
      session.commit();
      assertEquals("engineer", kurt.type);
    }
    assertEquals(List.of("manager", "engineer", "juniorengineer", "engineer"), db.column(
        "SELECT \"type\" FROM \"employees\" ORDER BY \"employee_id\""));
  }

  @Test
  void theSchemaReportShowsTheHierarchy() throws IOException {
    String report;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/sluice/dev.sluice.conformance.single.SingleTableSchema.md")) {
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(report.contains("## Hierarchies\n\n- Table `employees`, discriminator `type`:"
        + " Employee \"employee\"; Engineer extends Employee \"engineer\"; JuniorEngineer"
        + " extends Engineer \"juniorengineer\"; Manager extends Employee \"manager\".\n"),
        report);
  }

  @DatabaseTest
  void aFailedFlushLeavesANewObjectsEmptyDiscriminatorEmpty(TestDatabase db) {
    SessionFactory factory = db.create(SingleTableSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Manager tom = new Manager("Tom", "data");
      tom.companyId = 999L; // no such company: the INSERT fails on the foreign key
      session.add(tom);
      assertThrows(IntegrityException.class, session::flush);
      assertNull(tom.type, "the object is as it was before the flush");
      tom.companyId = null;
      session.commit();
      assertEquals("manager", tom.type);
    }
    assertEquals(List.of("manager"), db.column("SELECT \"type\" FROM \"employees\""));
  }
}
