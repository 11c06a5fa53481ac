package dev.sluice.example.invoices;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * An association object between an invoice and a product, with a quantity of its own: its
 * primary key is its two references.
 */
@Entity(table = "line")
public class Line {
  @Id @ForeignKey(entity = Invoice.class) Long invoiceId;
  @Id @ForeignKey(entity = Product.class) String sku;
  int quantity;

  @Relationship(backPopulates = "lines")
  final RelatedRef<Invoice> invoice = Line_.invoice(this);

  @Relationship final RelatedRef<Product> product = Line_.product(this);

  @Relationship(backPopulates = "line", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      primaryJoin = "Adjustment.invoiceId = Line.invoiceId AND Adjustment.sku = Line.sku")
  final RelatedList<Adjustment> adjustments = Line_.adjustments(this);

  Line() {}

  Line(Product product, int quantity) {
    this.product.set(product);
    this.quantity = quantity;
  }
}
