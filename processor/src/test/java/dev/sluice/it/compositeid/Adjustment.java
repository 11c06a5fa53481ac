package dev.sluice.it.compositeid;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A correction to one line, referencing the line by both columns of its key. */
@Entity(table = "adjustments")
@ForeignKeyConstraint(columns = {"invoiceId", "sku"}, entity = Line.class,
    references = {"invoiceId", "sku"})
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
