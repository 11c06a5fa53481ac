package dev.sluice.it.compositeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An association object keyed by its two foreign keys: found by the tuple, written and deleted
 * by every key column, deleted in sets by row values, and refused clearly without a key.
 */
class CompositeIdTest {
  private static final String LINES = "SELECT \"invoice_id\", \"sku\", \"quantity\" FROM"
      + " \"lines\" ORDER BY \"invoice_id\", \"sku\"";

  /** An invoice with a line of each given product, one piece each, committed. */
  private static Invoice invoice(Session session, String customer, Product... products) {
    Invoice invoice = new Invoice(customer);
    for (Product product : products) {
      invoice.lines.add(new Line(product, 1));
    }
    session.add(invoice);
    session.commit();
    return invoice;
  }

  /** The rows of the lines table, each as {@code invoice|sku|quantity}. */
  private static List<String> lines(TestDatabase db) {
    return db.rows(LINES).stream().map(row -> ((Number) row.get("invoice_id")).longValue() + "|"
        + row.get("sku") + "|" + ((Number) row.get("quantity")).intValue()).toList();
  }

  @DatabaseTest
  void aLineIsFoundByItsKeyTuple(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Product a = new Product("A", "apple");
      Product b = new Product("B", "banana");
      Invoice invoice = invoice(session, "ann", a, b);
      Line first = invoice.lines.get(0);
      assertEquals(invoice.id, first.invoiceId);
      db.clearStatements();
      assertSame(first, session.get(Line.class, List.of(invoice.id, "A")));
      assertSame(first, session.get(Line.class, List.of(invoice.id.intValue(), "A")));
      assertSame(first, new LineDao(session).findById(invoice.id, "A").orElseThrow());
      assertEquals(List.of(), db.statements("SELECT"), "found in the identity map");

      session.expungeAll();
      Line loaded = new LineDao(session).findById(invoice.id, "B").orElseThrow();
      assertNotSame(invoice.lines.get(1), loaded);
      assertEquals("B", loaded.sku);
      assertTrue(db.statements("SELECT").get(0).contains(
          "WHERE t.\"invoice_id\" = :sluice_p0 AND t.\"sku\" = :sluice_p1"),
          db.statements("SELECT").toString());
      assertSame(loaded, session.get(Line.class, List.of(invoice.id, "B")));
      assertEquals(List.of(loaded), new InvoiceDao(session).findById(invoice.id).orElseThrow()
          .lines.subList(1, 2));
      assertTrue(new LineDao(session).findById(invoice.id, "C").isEmpty());
    }
  }

  @DatabaseTest
  void aKeyOfTheWrongShapeIsAClearError(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      InvalidRequestException scalar = assertThrows(InvalidRequestException.class,
          () -> session.get(Line.class, 5L));
      assertEquals("get(Line, 5): Line has a composite primary key [invoiceId, sku]; pass a"
          + " List of 2 values in that order, as List.of(…)", scalar.getMessage());
      assertThrows(InvalidRequestException.class, () -> session.get(Line.class, List.of(5L)));
      InvalidRequestException nullPart = assertThrows(InvalidRequestException.class,
          () -> session.get(Line.class, Arrays.asList(5L, null)));
      assertEquals("get(Line, [5, null]): part sku of the key [invoiceId, sku] is null",
          nullPart.getMessage());
      InvalidRequestException wrongType = assertThrows(InvalidRequestException.class,
          () -> session.get(Line.class, List.of("5", "A")));
      assertEquals("get(Line, [5, A]): invoiceId of Line is a LONG column, but a String was"
          + " given", wrongType.getMessage());
    }
  }

  @DatabaseTest
  void anUpdateFindsTheRowByEveryKeyColumn(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"));
      id = invoice.id;
      invoice.lines.get(0).quantity = 5;
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"lines\" SET \"quantity\" = ? WHERE \"invoice_id\" = ? AND"
          + " \"sku\" = ?"), db.statements("UPDATE"));
    }
    assertEquals(List.of(id + "|A|5"), lines(db));
  }

  @DatabaseTest
  void orphanedLinesAreDeletedByRowValues(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"),
          new Product("B", "banana"), new Product("C", "cherry"));
      id = invoice.id;
      Line a = invoice.lines.remove(0);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("DELETE FROM \"lines\" WHERE (\"invoice_id\", \"sku\") = (?, ?)"),
          db.statements("DELETE"));
      assertFalse(session.contains(a));

      invoice.lines.clear();
      db.clearStatements();
      session.commit();
      assertEquals(List.of("DELETE FROM \"lines\" WHERE (\"invoice_id\", \"sku\") IN (VALUES"
          + " (?, ?), (?, ?))"), db.statements("DELETE"));
      invoice.lines.add(new Line(session.get(Product.class, "A"), 2));
      session.commit();
    }
    assertEquals(List.of(id + "|A|2"), lines(db));
  }

  @DatabaseTest
  void deletingAnInvoiceDeletesItsUnloadedLinesAndDetachesLoadedOnes(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long kept;
    long deleted;
    try (Session session = factory.openSession()) {
      deleted = invoice(session, "ann", new Product("A", "apple"), new Product("B", "banana"))
          .id;
      kept = invoice(session, "bob", session.get(Product.class, "A")).id;
    }
    try (Session session = factory.openSession()) {
      Line held = session.get(Line.class, List.of(deleted, "B"));
      Invoice invoice = session.get(Invoice.class, deleted);
      session.delete(invoice);
      db.clearStatements();
      session.commit();
      if (db.setBasedDeletes()) { // the line in the session by its key, the others as a set
        assertEquals(List.of(
            "DELETE FROM \"adjustments\" WHERE (\"invoice_id\", \"sku\") = (?, ?)",
            "DELETE FROM \"lines\" WHERE (\"invoice_id\", \"sku\") = (?, ?)",
            "DELETE FROM \"adjustments\" WHERE (\"invoice_id\", \"sku\") IN (SELECT"
                + " \"invoice_id\", \"sku\" FROM \"lines\" WHERE \"invoice_id\" = ?)",
            "DELETE FROM \"lines\" WHERE \"invoice_id\" = ? RETURNING \"invoice_id\", \"sku\"",
            "DELETE FROM \"invoices\" WHERE \"id\" = ?"), db.statements("DELETE"));
      }
      assertFalse(session.contains(held));
      assertNull(session.get(Line.class, List.of(deleted, "B")));
    }
    assertEquals(List.of(kept + "|A|1"), lines(db));
  }

  @DatabaseTest
  void aQueryDeletesLinesBySetsOfKeys(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"),
          new Product("B", "banana"), new Product("C", "cherry"));
      id = invoice.id;
      invoice.lines.get(0).quantity = 3;
      invoice.lines.get(2).quantity = 4;
      Line held = invoice.lines.get(2);
      session.flush();
      db.clearStatements();
      assertEquals(2, session.query(Line.class).where("\"quantity\" > :q").bind("q", 1)
          .delete());
      if (db.setBasedDeletes()) {
        assertEquals(List.of("DELETE FROM \"adjustments\" WHERE (\"invoice_id\", \"sku\") IN"
            + " (VALUES (?, ?), (?, ?))", "DELETE FROM \"lines\" WHERE (\"invoice_id\","
            + " \"sku\") IN (VALUES (?, ?), (?, ?)) RETURNING \"invoice_id\", \"sku\""),
            db.statements("DELETE"));
      }
      assertFalse(session.contains(held));
      session.commit();
    }
    assertEquals(List.of(id + "|B|1"), lines(db));
  }

  @DatabaseTest
  void aChangedKeyPartUpdatesTheRowByItsOldKey(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"));
      session.add(new Product("B", "banana"));
      session.flush();
      id = invoice.id;
      Line line = invoice.lines.get(0);
      line.product.set(session.get(Product.class, "B"));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"lines\" SET \"sku\" = ? WHERE \"invoice_id\" = ? AND"
          + " \"sku\" = ?"), db.statements("UPDATE"));
      assertEquals("B", line.sku);
      assertSame(line, session.get(Line.class, List.of(id, "B")));
      assertNull(session.get(Line.class, List.of(id, "A")));
    }
    assertEquals(List.of(id + "|B|1"), lines(db));
  }

  @DatabaseTest
  void aNewLineWithoutAKeyPartIsRefusedAndNothingIsLost(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"));
      id = invoice.id;
      Line pending = new Line(null, 2);
      invoice.lines.add(pending);
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          session::flush);
      assertEquals("A new Line has no value for sku of its primary key [invoiceId, sku]: a"
          + " composite key is assigned, never generated; set the field, or the relationship"
          + " whose foreign key it is, before the flush", refused.getMessage());
      assertTrue(session.newObjects().contains(pending));
      pending.product.set(new Product("B", "banana"));
      session.commit();
    }
    assertEquals(List.of(id + "|A|1", id + "|B|2"), lines(db));
  }

  @DatabaseTest
  void aDetachedLineMergesIntoTheRowItsKeyNames(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    Line detached;
    long id;
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"));
      id = invoice.id;
      detached = invoice.lines.get(0);
    }
    detached.quantity = 7;
    try (Session session = factory.openSession()) {
      Line merged = session.merge(detached);
      assertNotSame(detached, merged);
      assertSame(merged, session.get(Line.class, List.of(id, "A")));
      assertEquals(7, merged.quantity);
      session.commit();
    }
    assertEquals(List.of(id + "|A|7"), lines(db));
  }

  @DatabaseTest
  void anExpiredLineReloadsByItsKey(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Invoice invoice = invoice(session, "ann", new Product("A", "apple"));
      Line line = invoice.lines.get(0);
      session.handle().execute("UPDATE \"lines\" SET \"quantity\" = 9");
      session.refresh(line);
      assertEquals(9, line.quantity);
    }
  }

  /** Each statement holds at most a thousand keys: two thousand parameters of row values. */
  @DatabaseTest
  void manyOrphansAreDeletedInChunksOfKeys(TestDatabase db) {
    SessionFactory factory = db.create(InvoiceSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      List<Product> products = new ArrayList<>();
      for (int i = 0; i < 1200; i++) {
        products.add(new Product("P" + i, "product " + i));
      }
      Invoice invoice = invoice(session, "ann", products.toArray(new Product[0]));
      invoice.lines.clear();
      db.clearStatements();
      session.commit();
      assertEquals(2, db.statements("DELETE").size(), "1000 keys, then 200");
    }
    assertEquals(List.of(), lines(db));
  }
}
