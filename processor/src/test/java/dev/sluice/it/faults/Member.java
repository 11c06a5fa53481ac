package dev.sluice.it.faults;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A member of a club, referencing it by name. */
@Entity(table = "member")
public class Member {
  @Id String email;
  @ForeignKey(entity = Club.class, constraint = false) String clubName;

  @Relationship(backPopulates = "members")
  final RelatedRef<Club> club = Member_.club(this);

  Member() {}

  Member(String email) {
    this.email = email;
  }
}
