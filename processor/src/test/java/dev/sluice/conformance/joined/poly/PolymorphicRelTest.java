package dev.sluice.conformance.joined.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports of SQLAlchemy's test/orm/inheritance/test_polymorphic_rel.py on its polymorphic fixture
 * (companies, people, engineers, managers, boss, machines, paperwork), as run by
 * {@code PolymorphicPolymorphicTest}: the mappers load every subclass table with the base one
 * ({@code with_polymorphic="*"}), as Sluice always does. Objects are compared by class and
 * columns, as the original's comparable entities are.
 */
class PolymorphicRelTest {
  /** The fixture's keys. */
  private record Ids(long e1, long e2, long b1, long m1, long e3, long c1, long c2) {}

  private static Ids insertData(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Engineer e1 = new Engineer("dilbert", "java", "regular engineer");
      e1.paperwork.addAll(List.of(new Paperwork("tps report #1"), new Paperwork("tps report #2")));
      e1.machines.addAll(List.of(new Machine("IBM ThinkPad"), new Machine("IPhone")));
      Engineer e2 = new Engineer("wally", "c++", "regular engineer");
      e2.paperwork.addAll(List.of(new Paperwork("tps report #3"), new Paperwork("tps report #4")));
      e2.machines.add(new Machine("Commodore 64"));
      Boss b1 = new Boss("pointy haired boss", "fore", "pointy", "da boss");
      b1.paperwork.add(new Paperwork("review #1"));
      Manager m1 = new Manager("dogbert", "dogbert", "regular manager");
      m1.paperwork.addAll(List.of(new Paperwork("review #2"), new Paperwork("review #3")));
      Engineer e3 = new Engineer("vlad", "cobol", "elbonian engineer");
      e3.paperwork.add(new Paperwork("elbonian missive #3"));
      e3.machines.addAll(List.of(new Machine("Commodore 64"), new Machine("IBM 3270")));
      Company c1 = new Company("MegaCorp, Inc.");
      c1.employees.addAll(List.of(e1, e2, b1, m1));
      Company c2 = new Company("Elbonia, Inc.");
      c2.employees.add(e3);
      session.add(c1);
      session.add(c2);
      session.commit();
      return new Ids(e1.personId, e2.personId, b1.personId, m1.personId, e3.personId,
          c1.companyId, c2.companyId);
    }
  }

  /** An object as its class and columns (a comparable entity's attributes). */
  private static String describe(Person p) {
    String own = p instanceof Boss b ? b.managerName + ", " + b.status + ", " + b.golfSwing
        : p instanceof Manager m ? m.managerName + ", " + m.status
        : p instanceof Engineer e ? e.engineerName + ", " + e.primaryLanguage + ", " + e.status
        : "";
    return p.getClass().getSimpleName() + "(" + p.name + (own.isEmpty() ? "" : ", " + own) + ")";
  }

  private static List<String> describe(List<? extends Person> people) {
    return people.stream().map(PolymorphicRelTest::describe).toList();
  }

  private static final List<String> ALL_EMPLOYEES = List.of(
      "Engineer(dilbert, dilbert, java, regular engineer)",
      "Engineer(wally, wally, c++, regular engineer)",
      "Boss(pointy haired boss, pointy, da boss, fore)",
      "Manager(dogbert, dogbert, regular manager)",
      "Engineer(vlad, vlad, cobol, elbonian engineer)");

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_loads_at_once
  @DatabaseTest
  void oneStatementLoadsEveryClassWithTheColumnsOfItsTables(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    insertData(factory);
    try (Session session = factory.openSession()) {
      db.clearStatements();
      assertEquals(ALL_EMPLOYEES,
          describe(session.query(Person.class).orderBy("person_id").list()));
      assertEquals(1, db.statements().size(), db.statements().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_get_one
  @DatabaseTest
  void getOfTheRootBuildsTheRowsClass(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals(ALL_EMPLOYEES.get(0), describe(session.get(Person.class, ids.e1())));
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_get_two
  @DatabaseTest
  void getOfTheSubclass(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals(ALL_EMPLOYEES.get(0), describe(session.get(Engineer.class, ids.e1())));
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_get_three
  @DatabaseTest
  void getOfAMiddleClassBuildsTheClassBelowItWithItsThirdTable(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      Boss boss = assertInstanceOf(Boss.class, session.get(Manager.class, ids.b1()));
      assertEquals("pointy haired boss", boss.name);
      assertEquals("fore", boss.golfSwing);
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_one
  @DatabaseTest
  void aSubclassQuerysFirstRow(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Engineer(dilbert)",
          session.query(Engineer.class).orderBy("person_id").list().get(0).toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_two
  @DatabaseTest
  void aSubclassQuerysFirst(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Engineer(dilbert)",
          session.query(Engineer.class).orderBy("person_id").first().orElseThrow().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_three
  @DatabaseTest
  void aSubclassQueryFilteredByTheInheritedKey(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Engineer(dilbert)", session.query(Engineer.class)
          .where("person_id = :id").bind("id", ids.e1()).first().orElseThrow().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_four
  @DatabaseTest
  void aMiddleClassQueryFindsItsOwnRow(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Manager(dogbert)", session.query(Manager.class)
          .where("person_id = :id").bind("id", ids.m1()).one().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_five
  @DatabaseTest
  void aMiddleClassQueryFindsARowOfTheClassBelowIt(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Boss(pointy haired boss)", session.query(Manager.class)
          .where("person_id = :id").bind("id", ids.b1()).one().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_subclass_six
  @DatabaseTest
  void theDeepestClassQueryFindsItsRow(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals("Boss(pointy haired boss)", session.query(Boss.class)
          .where("person_id = :id").bind("id", ids.b1()).one().toString());
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_filter_on_baseclass
  @DatabaseTest
  void theRootQueryListsFirstsAndFilters(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    Ids ids = insertData(factory);
    try (Session session = factory.openSession()) {
      assertEquals(ALL_EMPLOYEES,
          describe(session.query(Person.class).orderBy("person_id").list()));
      assertEquals(ALL_EMPLOYEES.get(0), describe(
          session.query(Person.class).orderBy("person_id").first().orElseThrow()));
      assertEquals(ALL_EMPLOYEES.get(1), describe(session.query(Person.class)
          .orderBy("person_id").where("person_id = :id").bind("id", ids.e2()).one()));
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_expire
  // The original expires two attributes of the boss; Sluice expires whole objects.
  @DatabaseTest
  void anExpiredObjectReloadsTheColumnsOfEveryTable(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    insertData(factory);
    try (Session session = factory.openSession()) {
      Manager m1 = session.query(Manager.class).where("name = 'dogbert'").one();
      session.expire(m1);
      assertSame(m1, session.query(Manager.class).where("name = 'dogbert'").one());
      assertEquals("regular manager", m1.status);
      Boss m2 = (Boss) session.query(Manager.class).where("name = 'pointy haired boss'").one();
      m2.golfSwing = "slice";
      session.expire(m2);
      assertSame(m2, session.get(Manager.class, m2.personId));
      assertEquals("fore", m2.golfSwing);
    }
  }

  // test_polymorphic_rel.py PolymorphicPolymorphicTest.test_relationship_to_polymorphic_one
  @DatabaseTest
  void companiesLoadTheirEmployeesOfEveryClassAndTheEngineersMachines(TestDatabase db) {
    SessionFactory factory = db.create(PolySchema_Metadata.INSTANCE);
    insertData(factory);
    try (Session session = factory.openSession()) {
      List<String> companies = new ArrayList<>();
      for (Company company : session.query(Company.class).orderBy("company_id").list()) {
        List<String> employees = new ArrayList<>();
        for (Person person : company.employees) {
          employees.add(describe(person) + (person instanceof Engineer e
              ? e.machines.stream().map(m -> m.name).toList() : ""));
        }
        companies.add(company.name + " " + employees);
      }
      assertEquals(List.of("MegaCorp, Inc. [Engineer(dilbert, dilbert, java, regular engineer)"
          + "[IBM ThinkPad, IPhone], Engineer(wally, wally, c++, regular engineer)[Commodore 64],"
          + " Boss(pointy haired boss, pointy, da boss, fore), Manager(dogbert, dogbert,"
          + " regular manager)]", "Elbonia, Inc. [Engineer(vlad, vlad, cobol, elbonian"
          + " engineer)[Commodore 64, IBM 3270]]"), companies);
    }
  }
}
