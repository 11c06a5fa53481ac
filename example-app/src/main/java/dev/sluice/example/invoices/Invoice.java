package dev.sluice.example.invoices;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** An invoice owning its lines. */
@Entity(table = "invoice")
public class Invoice {
  @Id @GeneratedValue Long id;
  String customer;

  @Relationship(backPopulates = "invoice", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "sku")
  final RelatedList<Line> lines = Invoice_.lines(this);

  Invoice() {}

  Invoice(String customer) {
    this.customer = customer;
  }
}
