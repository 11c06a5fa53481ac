package dev.sluice.example.invoices;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/**
 * A composite primary key: invoice lines keyed by their invoice and product, found by the
 * tuple, changed, orphaned, and referenced by adjustments over both columns.
 */
public final class InvoiceScenario extends SessionScenario {
  private final LineDao lines;

  @Inject
  InvoiceScenario(SessionFactory factory, ScopedSession session, LineDao lines) {
    super(factory, session);
    this.lines = lines;
  }

  @Override
  public void play(Tour t) {
    t.say("A line sits between an invoice and a product and has a quantity of its own, an"
        + " association object. Its primary key is its two references: @Id on invoiceId and"
        + " on sku, both also @ForeignKey.");
    Product apple = new Product("apple", "Apple");
    Product pear = new Product("pear", "Pear");
    Invoice invoice = new Invoice("ann");
    t.run("invoice.lines.add(new Line(apple, 3));\ninvoice.lines.add(new Line(pear, 1));\n"
        + "session.add(invoice);\nsession.commit();", () -> {
          invoice.lines.add(new Line(apple, 3));
          invoice.lines.add(new Line(pear, 1));
          session.add(invoice);
          session.commit();
        });
    t.rows("invoice", "line");
    t.ddl(factory.schema(), "line");
    t.say("The identity map files a line under the list of its key's values; the DAO's finder"
        + " takes one parameter per key column. Both find the line already in the session,"
        + " without SQL.");
    Line appleLine = invoice.lines.get(0);
    t.eval("lines.findById(invoice.id, \"apple\").get() == invoice.lines.get(0)",
        () -> lines.findById(invoice.id, "apple").get() == appleLine);
    t.eval("session.get(Line.class, List.of(invoice.id, \"apple\")) == invoice.lines.get(0)",
        () -> session.get(Line.class, List.of(invoice.id, "apple")) == appleLine);
    t.say("UPDATEs and DELETEs name every key column; removing the orphan deletes it by its"
        + " row value.");
    t.run("appleLine.quantity = 5;\ninvoice.lines.remove(1);\nsession.commit();", () -> {
      appleLine.quantity = 5;
      invoice.lines.remove(1);
      session.commit();
    });
    t.say("An adjustment references a line by both columns of its key: a @ForeignKeyConstraint"
        + " with ON UPDATE CASCADE, and a relationship whose primaryJoin pairs both. Linking"
        + " it copies both values.");
    Adjustment late = new Adjustment("delivered late");
    t.run("appleLine.adjustments.add(late);\nsession.commit();", () -> {
      appleLine.adjustments.add(late);
      session.commit();
    });
    t.rows("adjustment");
    t.say("A key column may change like any natural key: the line is updated by its old key,"
        + " the database carries the new value into the adjustment's row, and the loaded"
        + " adjustment takes it too.");
    t.run("appleLine.product.set(pear);\nsession.commit();", () -> {
      appleLine.product.set(pear);
      session.commit();
    });
    t.eval("late.sku", () -> late.sku);
    t.rows("line", "adjustment");
    t.say("Deleting the invoice in a new session, with nothing loaded: one statement per level"
        + " of the cascade, the adjustments matched by row values.");
    t.run("try (Session fresh = factory.openSession()) {\n"
        + "  fresh.delete(fresh.get(Invoice.class, invoice.id));\n  fresh.commit();\n}", () -> {
          try (Session fresh = factory.openSession()) {
            fresh.delete(fresh.get(Invoice.class, invoice.id));
            fresh.commit();
          }
        });
    t.rows("invoice", "line", "adjustment", "product");
  }
}
