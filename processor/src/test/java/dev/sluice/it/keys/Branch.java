package dev.sluice.it.keys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A company's one branch, keyed by the company's code: a changed code passes on to desks. */
@Entity(table = "branches")
public class Branch {
  @Id @ForeignKey(entity = Company.class, constraint = false) String companyCode;
  String city;

  @Relationship(passiveUpdates = false)
  final RelatedRef<Company> company = Branch_.company(this);

  Branch() {}

  Branch(String city) {
    this.city = city;
  }
}
