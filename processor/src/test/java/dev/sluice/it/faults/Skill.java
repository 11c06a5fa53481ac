package dev.sluice.it.faults;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A skill shared by many players. */
@Entity(table = "skill")
public class Skill {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String name;

  @Relationship(secondary = PlayerSkill.class, backPopulates = "skills")
  final RelatedList<Player> players = Skill_.players(this);

  Skill() {}

  Skill(String name) {
    this.name = name;
  }
}
