package dev.sluice.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * {@code passiveUpdates = false} follows every relation over a changed value: a many-to-one
 * declared only on the child, keys that reference a UNIQUE column, and children whose own key
 * is the changed value. Loaded objects carry the new values at once; unloaded rows are found.
 */
class PassiveUpdatesTest {
  // test_naturalpks.py NaturalPKTest.test_manytoone_nonpassive; Sluice also reaches rows that
  // are not in the session (one SELECT more than SQLAlchemy's two statements)
  @DatabaseTest
  void aNewKeyReachesAManyToOneDeclaredOnlyOnTheChild(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    long[] ids;
    try (Session session = factory.openSession()) {
      Company jack = new Company("jack", "JCK");
      Employee a1 = new Employee("jack1");
      Employee a2 = new Employee("jack2");
      Employee fred = new Employee("fred");
      a1.company.set(jack);
      a2.company.set(jack);
      session.addAll(List.of(jack, a1, a2, fred));
      session.commit();
      ids = new long[] {a1.id, a2.id};
    }
    try (Session session = factory.openSession()) {
      Company jack = session.get(Company.class, "jack");
      Employee loaded = session.get(Employee.class, ids[0]); // a2 stays in the database only
      jack.code = "ed";
      session.flush();
      assertEquals("ed", loaded.companyCode, "the loaded child carries the new key");
      db.clearStatements();
      session.flush();
      assertEquals(List.of(), db.writes(), "nothing is left to write");
      session.commit();
      assertSame(jack, loaded.company.get());
    }
    assertEquals(List.of("ed", "ed", "(null)"), codes(db,
        "SELECT \"company_code\" FROM \"employees\" ORDER BY \"id\""));
  }

  // test_naturalpks.py NonPKCascadeTest.test_onetomany_nonpassive
  @DatabaseTest
  void aNewUniqueValueReachesTheRowsThatReferenceIt(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Company acme = new Company("acme", "ACM");
      acme.quotes.addAll(List.of(new Quote(10), new Quote(11)));
      Listing nyse = new Listing("NYSE");
      Listing lse = new Listing("LSE");
      nyse.company.set(acme);
      lse.company.set(acme);
      session.addAll(List.of(acme, nyse, lse));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Company acme = session.get(Company.class, "acme");
      Listing nyse = session.query(Listing.class).where("\"exchange\" = 'NYSE'").one();
      acme.ticker = "ACX"; // the quotes are not loaded
      session.commit();
      assertEquals("ACX", nyse.ticker);
      assertEquals(List.of("ACX", "ACX"), acme.quotes.stream().map(q -> q.ticker).toList());
    }
    assertEquals(List.of("ACX", "ACX"), codes(db, "SELECT \"ticker\" FROM \"quotes\""));
    assertEquals(List.of("ACX", "ACX"), codes(db, "SELECT \"ticker\" FROM \"listings\""));
  }

  // test_naturalpks.py CascadeToFKPKTest.test_onetomany_nonpassive, with a second level
  @DatabaseTest
  void aNewKeyPassesThroughAChildWhoseKeyItIs(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Company acme = new Company("acme", "ACM");
      Branch branch = new Branch("Oslo");
      branch.company.set(acme);
      Desk desk = new Desk("d1");
      desk.branch.set(branch);
      Desk other = new Desk("d2");
      other.branch.set(branch);
      session.addAll(List.of(acme, branch, desk, other));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Company acme = session.get(Company.class, "acme");
      Branch branch = session.get(Branch.class, "acme");
      Desk desk = session.query(Desk.class).where("\"label\" = 'd1'").one();
      acme.code = "acme2";
      session.commit();
      assertEquals("acme2", branch.companyCode);
      assertEquals("acme2", desk.branchCode);
      assertSame(branch, session.get(Branch.class, "acme2"));
    }
    assertEquals(List.of("acme2"), codes(db, "SELECT \"company_code\" FROM \"branches\""));
    assertEquals(List.of("acme2", "acme2"), codes(db, "SELECT \"branch_code\" FROM \"desks\""));
  }

  private static List<String> codes(TestDatabase db, String sql) {
    return db.column(sql).stream().map(String::valueOf).map(v -> v.equals("null") ? "(null)" : v)
        .toList();
  }
}
