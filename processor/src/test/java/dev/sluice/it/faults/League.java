package dev.sluice.it.faults;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A league known by a code that may change; Sluice updates its clubs (no constraint). */
@Entity(table = "league")
public class League {
  @Id String code;
  String title;

  @Relationship(backPopulates = "league", passiveUpdates = false, cascade = Cascade.ALL)
  final RelatedList<Club> clubs = League_.clubs(this);

  League() {}

  League(String code, String title) {
    this.code = code;
    this.title = title;
  }
}
