package dev.sluice.it.faults;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A player of a team, with skills linked through an association table. */
@Entity(table = "player")
public class Player {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String name;
  @ForeignKey(entity = Team.class) Long teamId;

  @Relationship(backPopulates = "players")
  final RelatedRef<Team> team = Player_.team(this);

  @Relationship(secondary = PlayerSkill.class, backPopulates = "players")
  final RelatedList<Skill> skills = Player_.skills(this);

  Player() {}

  Player(String name) {
    this.name = name;
  }
}
