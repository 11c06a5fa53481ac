package dev.sluice.it.faults;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A team whose players are deleted with it and as orphans. */
@Entity(table = "team")
public class Team {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String name;

  @Relationship(backPopulates = "team", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Player> players = Team_.players(this);

  Team() {}

  Team(String name) {
    this.name = name;
  }
}
