package dev.sluice.it.finders;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A store with a unique code; its items come with it, joined into the store's query. */
@Entity(table = "stores")
public class Store {
  @Id Long id;

  @Column(unique = true) String code;

  @Relationship(lazy = Lazy.JOINED, backPopulates = "store", cascade = {Cascade.ALL})
  final RelatedList<Item> items = Store_.items(this);

  Store() {}

  Store(long id, String code) {
    this.id = id;
    this.code = code;
  }
}
