package dev.sluice.example.invoices;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A correction to one invoice line, which it references by both columns of the line's key. */
@Entity(table = "adjustment")
@ForeignKeyConstraint(columns = {"invoiceId", "sku"}, entity = Line.class,
    references = {"invoiceId", "sku"}, onUpdate = Action.CASCADE)
public class Adjustment {
  @Id @GeneratedValue Long id;
  Long invoiceId;
  String sku;
  String reason;

  @Relationship(backPopulates = "adjustments",
      primaryJoin = "Adjustment.invoiceId = Line.invoiceId AND Adjustment.sku = Line.sku")
  final RelatedRef<Line> line = Adjustment_.line(this);

  Adjustment() {}

  Adjustment(String reason) {
    this.reason = reason;
  }
}
