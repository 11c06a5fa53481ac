package dev.sluice.it.faults;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A club known by a name that may change, in a league, with members. */
@Entity(table = "club")
public class Club {
  @Id String name;
  @ForeignKey(entity = League.class, constraint = false) String leagueCode;

  @Relationship(backPopulates = "clubs")
  final RelatedRef<League> league = Club_.league(this);

  @Relationship(backPopulates = "club", passiveUpdates = false, cascade = Cascade.ALL)
  final RelatedList<Member> members = Club_.members(this);

  Club() {}

  Club(String name) {
    this.name = name;
  }
}
