package dev.sluice.it.keys;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A company known by a code (its key) and a ticker (unique), both of which may change. */
@Entity(table = "companies")
public class Company {
  @Id String code;
  @Column(unique = true) String ticker;

  @Relationship(backPopulates = "company", passiveUpdates = false, orderBy = "id")
  final RelatedList<Quote> quotes = Company_.quotes(this);

  Company() {}

  Company(String code, String ticker) {
    this.code = code;
    this.ticker = ticker;
  }
}
