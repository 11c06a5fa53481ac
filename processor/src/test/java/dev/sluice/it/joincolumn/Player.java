package dev.sluice.it.joincolumn;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A player keyed to its team's number by a column without @ForeignKey. */
@Entity(table = "players")
public class Player {
  @Id @GeneratedValue Long id;
  String name;
  Long teamNumber;

  @Relationship(backPopulates = "players", primaryJoin = "Team.number = Player.teamNumber")
  final RelatedRef<Team> team = Player_.team(this);

  Player() {}

  Player(String name) {
    this.name = name;
  }
}
