package dev.sluice.it.keys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A price quote, referencing the company's ticker (a unique column, not its key). */
@Entity(table = "quotes")
public class Quote {
  @Id @GeneratedValue Long id;
  Long price;
  @ForeignKey(entity = Company.class, column = "ticker", constraint = false) String ticker;

  @Relationship(backPopulates = "quotes")
  final RelatedRef<Company> company = Quote_.company(this);

  Quote() {}

  Quote(long price) {
    this.price = price;
  }
}
