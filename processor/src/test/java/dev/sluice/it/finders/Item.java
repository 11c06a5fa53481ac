package dev.sluice.it.finders;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An item whose own column "code" has the name of its store's unique column. */
@Entity(table = "items")
public class Item {
  @Id Long id;

  String code;

  @ForeignKey(entity = Store.class) Long storeId;

  @Relationship(backPopulates = "items")
  final RelatedRef<Store> store = Item_.store(this);

  Item() {}

  Item(long id, String code) {
    this.id = id;
    this.code = code;
  }
}
