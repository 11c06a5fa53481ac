package dev.sluice.example.backrefs;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A club: many-to-many with people, both sides annotated (backPopulates). */
@Entity(table = "clubs")
public class Club {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(secondary = ClubMember.class, backPopulates = "clubs")
  final RelatedList<Person> members = Club_.members(this);

  Club() {}

  Club(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Club: " + name + ">";
  }
}
