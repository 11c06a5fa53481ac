package dev.sluice.it.joincolumn;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A team whose players find it by its unique number, not by its id. */
@Entity(table = "teams")
public class Team {
  @Id @GeneratedValue Long id;
  @Column(unique = true) Long number;
  String name;

  @Relationship(backPopulates = "team", cascade = {Cascade.ALL},
      primaryJoin = "Team.number = Player.teamNumber")
  final RelatedList<Player> players = Team_.players(this);

  Team() {}

  Team(long number, String name) {
    this.number = number;
    this.name = name;
  }
}
