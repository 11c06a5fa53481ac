package dev.sluice.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.example.support.TestDatabase;
import dev.sluice.example.support.TourTest;
import dev.sluice.example.tour.ScenarioResult;
import dev.sluice.runtime.Dialect;
import java.util.List;

/**
 * Runs each scenario on SQLite and on PostgreSQL and checks the rows it left: the outcome
 * SQLAlchemy gives on the same model. Each scenario must also drop its tables.
 */
class ScenarioRowsTest {
  @TourTest
  void notebook(TestDatabase db) {
    ScenarioResult result = run(db, "notebook");
    assertEquals(List.of("1 | NULL"), result.lines("logs"), "Log: nullified, kept");
    assertEquals(List.of(), result.lines("otherlogs"), "OtherLog: deleted by hand");
    assertEquals(List.of(), result.lines("morelogs"), "MoreLog: deleted with the person");
    assertEquals(List.of("1"), result.lines("manylogs"), "ManyLog: kept");
    assertEquals(List.of(), result.lines("manylog_person"), "links: deleted");
    if (db.dialect() == Dialect.SQLITE) {
      // As in the notes: the bulk delete ran without enforcement, the OneLog dangles.
      assertEquals(List.of(), result.lines("persons"));
      assertEquals(List.of("1 | 2"), result.lines("onelogs"));
      assertTrue(db.output().contains("SQLITE_CONSTRAINT_FOREIGNKEY"), db.output());
    } else {
      // PostgreSQL refused the bulk delete: both persons named user and the OneLog stay.
      assertEquals(List.of("4 | user", "8 | user"), result.lines("persons"));
      assertEquals(List.of("2 | 8"), result.lines("onelogs"));
      assertTrue(db.output().contains("violates foreign key constraint"), db.output());
    }
    assertTrue(db.output().contains("IntegrityException: "), db.output());
  }

  @TourTest
  void backrefs(TestDatabase db) {
    ScenarioResult result = run(db, "backrefs");
    assertEquals(List.of("1 | ann", "2 | bob"), result.lines("people"));
    assertEquals(List.of("1 | P-100 | NULL", "2 | P-200 | 1"), result.lines("passports"));
    assertEquals(List.of("1 | D-7 | 1"), result.lines("desks"));
    assertEquals(List.of("1 | 1", "2 | 1"), result.lines("club_members"));
    assertEquals(List.of("1 | math"), result.lines("courses"));
    assertEquals(List.of(), result.lines("course_students"));
  }

  @TourTest
  void followers(TestDatabase db) {
    ScenarioResult result = run(db, "followers");
    assertEquals(List.of("1 | ann", "2 | bob"), result.lines("users"));
    assertEquals(List.of("2 | 1"), result.lines("followers"), "bob follows ann");
  }

  @TourTest
  void audit(TestDatabase db) {
    ScenarioResult result = run(db, "audit");
    assertEquals(List.of("2 | test-1", "3 | test-2"), result.lines("TEST"));
    assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L),
        result.table("TEST_AUDIT_LOG").column("TEST_AUDIT_LOG"), "test 1's rows outlive it");
    assertTrue(db.output().contains("    DELETE FROM \"TEST\" WHERE \"TS_TEST_ID\" = ?\n"
        + "    -- [1]\n\n>>> session.get"), "the delete touched nothing else");
  }

  @TourTest
  void widgets(TestDatabase db) {
    ScenarioResult result = run(db, "widgets");
    assertEquals(List.of("2 | secondwidget | NULL"), result.lines("widget"));
    assertEquals(List.of("1 | someentry | NULL", "2 | theirentry | 2", "3 | otherentry | NULL"),
        result.lines("entry"));
    assertTrue(db.output().contains("CONSTRAINT \"fk_favorite_entry\" FOREIGN KEY"),
        "the two-column key is shown");
    assertTrue(db.output().contains("-- [2, 1]\nIntegrityException:"),
        "the key refused another widget's entry as the favorite");
    assertEquals(List.of("1 | ed | 1"), result.lines("node"), "ed points to himself");
    assertTrue(db.output().contains(
        "UPDATE \"widget\" SET \"favorite_entry_id\" = ? WHERE \"widget_id\" = ?"));
  }

  @TourTest
  void naturalKeys(TestDatabase db) {
    ScenarioResult result = run(db, "naturalkeys");
    assertEquals(List.of("ed | Jack"), result.lines("user"));
    assertEquals(List.of("j25@yahoo.com | ed", "jack@google.com | ed"),
        result.lines("address"), "ON UPDATE CASCADE");
    assertEquals(List.of("jrr-tolkien"), result.lines("author"));
    assertEquals(List.of("1 | The Hobbit | jrr-tolkien", "2 | The Silmarillion | jrr-tolkien"),
        result.lines("book"), "passiveUpdates = false");
  }

  @TourTest
  void invoices(TestDatabase db) {
    ScenarioResult result = run(db, "invoices");
    assertEquals(List.of(), result.lines("invoice"));
    assertEquals(List.of(), result.lines("line"));
    assertEquals(List.of(), result.lines("adjustment"), "deleted through the line's key");
    assertEquals(List.of("apple | Apple", "pear | Pear"), result.lines("product"));
    assertTrue(db.output().contains("PRIMARY KEY (\"invoice_id\", \"sku\")"), db.output());
    assertTrue(db.output().contains(
        "UPDATE \"line\" SET \"sku\" = ? WHERE \"invoice_id\" = ? AND \"sku\" = ?"));
    assertTrue(db.output().contains(">>> late.sku\n\"pear\""),
        "the database carried the new key into the loaded adjustment");
    assertTrue(db.output().contains(
        "DELETE FROM \"adjustment\" WHERE (\"invoice_id\", \"sku\") IN (SELECT"));
  }

  @TourTest
  void tree(TestDatabase db) {
    ScenarioResult result = run(db, "tree");
    assertEquals(List.of("1 | root | NULL", "4 | c | 1"), result.lines("tree_node"));
  }

  @TourTest
  void inheritance(TestDatabase db) {
    ScenarioResult result = run(db, "inheritance");
    assertEquals(List.of("2 | linus | engineer | Rust"), result.lines("people"));
    assertTrue(db.output().contains("[<Person: ada>, <Engineer: linus>]"), db.output());
    assertTrue(db.output().contains("WHERE t.\"type\" IN ('engineer')"), db.output());
  }

  @TourTest
  void joined(TestDatabase db) {
    ScenarioResult result = run(db, "joined");
    assertEquals(List.of("1 | ada | person", "2 | linus | engineer"), result.lines("people"));
    assertEquals(List.of("2 | Rust"), result.lines("engineers"));
    assertEquals(List.of(), result.lines("managers"));
    assertTrue(db.output().contains("[<Person: ada>, <Engineer: linus>, <Manager: grace>]"),
        db.output());
    // the echo wraps long statements
    assertTrue(db.output().replaceAll("\\s+", " ").contains("LEFT OUTER JOIN \"managers\""),
        db.output());
    assertTrue(db.output().contains("UPDATE \"engineers\" SET \"primary_language\""),
        db.output());
    int managers = db.output().indexOf("DELETE FROM \"managers\"");
    assertTrue(managers >= 0 && db.output().indexOf("DELETE FROM \"people\"", managers) > 0,
        db.output());
  }

  @TourTest
  void session(TestDatabase db) {
    ScenarioResult result = run(db, "session");
    var customers = result.table("customers");
    assertEquals(List.of("ann", "bob"), customers.column("name"));
    assertEquals(List.of("ann@example.com", "bob@example.com"), customers.column("email"));
    var orders = result.table("orders");
    assertEquals(List.of("book", "pen"), orders.column("item"));
    assertEquals(customers.column("id"), orders.column("customer_id"));
    assertTrue(db.output().contains("UNIQUE"), db.output());
  }

  private static ScenarioResult run(TestDatabase db, String scenario) {
    ScenarioResult result = db.run(scenario);
    assertEquals(0, db.tableCount(), scenario + " dropped its tables");
    return result;
  }
}
