package dev.sluice.it.compositeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A relationship joined on both columns of a composite primary key: adjustments of an invoice
 * line, linked, moved, orphaned and deleted with the line or its whole invoice.
 */
class CompositeJoinTest {
  private static final String ADJUSTMENTS = "SELECT \"invoice_id\", \"sku\", \"reason\" FROM"
      + " \"adjustments\" ORDER BY \"reason\"";

  /** The rows of the adjustments table, each as {@code invoice|sku|reason}. */
  private static List<String> adjustments(TestDatabase db) {
    return db.rows(ADJUSTMENTS).stream().map(row -> ((Number) row.get("invoice_id")).longValue()
        + "|" + row.get("sku") + "|" + row.get("reason")).toList();
  }

  /** An invoice with a line per product, each line with the given adjustments, committed. */
  private static Invoice invoice(Session session, String customer, List<Product> products,
      String... reasons) {
    Invoice invoice = new Invoice(customer);
    for (Product product : products) {
      Line line = new Line(product, 1);
      for (String reason : reasons) {
        line.adjustments.add(new Adjustment(product.sku + " " + reason));
      }
      invoice.lines.add(line);
    }
    session.add(invoice);
    session.commit();
    return invoice;
  }

  @DatabaseTest
  void anAdjustmentTakesBothColumnsOfItsLinesKey(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    long adjustmentId;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", List.of(new Product("A", "apple")), "late");
      id = invoice.id;
      Adjustment adjustment = invoice.lines.get(0).adjustments.get(0);
      assertEquals(id, adjustment.invoiceId);
      assertEquals("A", adjustment.sku);
      adjustmentId = adjustment.id;
    }
    try (Session session = factory.openSession()) {
      Adjustment adjustment = session.get(Adjustment.class, adjustmentId);
      Line line = adjustment.line.get();
      assertSame(line, session.get(Line.class, List.of(id, "A")));
      assertEquals(List.of(adjustment), List.copyOf(line.adjustments));
    }
    assertEquals(List.of(id + "|A|A late"), adjustments(db));
  }

  @DatabaseTest
  void anAdjustmentMovesToAnotherLine(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", List.of(new Product("A", "apple"),
          new Product("B", "banana")), "late");
      id = invoice.id;
      Line a = invoice.lines.get(0);
      Line b = invoice.lines.get(1);
      Adjustment moved = a.adjustments.get(0);
      moved.line.set(b);
      assertFalse(a.adjustments.contains(moved));
      assertTrue(b.adjustments.contains(moved));
      session.commit();
      assertEquals("B", moved.sku);
    }
    assertEquals(List.of(id + "|B|A late", id + "|B|B late"), adjustments(db));
  }

  @DatabaseTest
  void anOrphanedAdjustmentIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", List.of(new Product("A", "apple")), "late",
          "short");
      id = invoice.id;
      invoice.lines.get(0).adjustments.remove(0);
      session.commit();
    }
    assertEquals(List.of(id + "|A|A short"), adjustments(db));
  }

  @DatabaseTest
  void deletingALineDeletesItsUnloadedAdjustments(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      id = invoice(session, "ann", List.of(new Product("A", "apple"),
          new Product("B", "banana")), "late", "short").id;
    }
    try (Session session = factory.openSession()) {
      session.delete(session.get(Line.class, List.of(id, "A")));
      db.clearStatements();
      session.commit();
      if (db.setBasedDeletes()) {
        assertEquals(List.of(
            "DELETE FROM \"adjustments\" WHERE (\"invoice_id\", \"sku\") = (?, ?)",
            "DELETE FROM \"lines\" WHERE (\"invoice_id\", \"sku\") = (?, ?)"),
            db.statements("DELETE"));
      }
    }
    assertEquals(List.of(id + "|B|B late", id + "|B|B short"), adjustments(db));
  }

  @DatabaseTest
  void deletingAnInvoiceReachesTheAdjustmentsOfItsLines(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long deleted;
    long kept;
    try (Session session = factory.openSession()) {
      Product a = new Product("A", "apple");
      Product b = new Product("B", "banana");
      deleted = invoice(session, "ann", List.of(a, b), "late", "short").id;
      kept = invoice(session, "bob", List.of(a), "damaged").id;
    }
    try (Session session = factory.openSession()) {
      session.delete(session.get(Invoice.class, deleted));
      session.commit();
    }
    assertEquals(List.of(kept + "|A|A damaged"), adjustments(db));
  }

  /** A key that adjustments reference cannot move under them: refused, nothing is lost. */
  @DatabaseTest
  void aReferencedKeyDoesNotMoveUnderItsReferences(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", List.of(new Product("A", "apple")), "late");
      id = invoice.id;
      session.add(new Product("B", "banana"));
      session.commit();
      Line line = invoice.lines.get(0);
      line.sku = "B";
      assertThrows(IntegrityException.class, session::flush);
      assertTrue(session.isModified(line));
      line.sku = "A";
      line.quantity = 3;
      session.commit();
    }
    assertEquals(List.of(id + "|A|A late"), adjustments(db));
  }
}
