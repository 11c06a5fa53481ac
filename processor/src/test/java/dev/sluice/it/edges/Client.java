package dev.sluice.it.edges;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A client with a NOT NULL name and purchases that follow it in merges. */
@Entity(table = "client")
public class Client {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;

  @Relationship(backPopulates = "client", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Purchase> purchases = Client_.purchases(this);

  Client() {}

  Client(String name) {
    this.name = name;
  }
}
