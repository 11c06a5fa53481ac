package dev.sluice.it.keys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A stock-exchange listing: a many-to-one to the company's ticker, declared here only. */
@Entity(table = "listings")
public class Listing {
  @Id @GeneratedValue Long id;
  String exchange;
  @ForeignKey(entity = Company.class, column = "ticker", constraint = false) String ticker;

  @Relationship(passiveUpdates = false)
  final RelatedRef<Company> company = Listing_.company(this);

  Listing() {}

  Listing(String exchange) {
    this.exchange = exchange;
  }
}
