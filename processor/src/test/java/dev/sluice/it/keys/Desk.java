package dev.sluice.it.keys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A desk in a branch, two levels below the company's key. */
@Entity(table = "desks")
public class Desk {
  @Id @GeneratedValue Long id;
  String label;
  @ForeignKey(entity = Branch.class, constraint = false) String branchCode;

  @Relationship(passiveUpdates = false)
  final RelatedRef<Branch> branch = Desk_.branch(this);

  Desk() {}

  Desk(String label) {
    this.label = label;
  }
}
