package dev.sluice.it.compositefk;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A widget whose favorite entry must be one of its own: the key over both of its columns
 * references an entry's widget and id together.
 */
@Entity(table = "widget")
@ForeignKeyConstraint(name = "fk_favorite_entry", columns = {"widgetId", "favoriteEntryId"},
    entity = Entry.class, references = {"widgetId", "entryId"})
public class Widget {
  @Id @GeneratedValue Long widgetId;
  String name;
  Long favoriteEntryId;

  @Relationship(backPopulates = "widget", primaryJoin = "Widget.widgetId = Entry.widgetId")
  final RelatedList<Entry> entries = Widget_.entries(this);

  @Relationship(postUpdate = true, foreignKeys = {"favoriteEntryId"},
      primaryJoin = "Widget.favoriteEntryId = Entry.entryId")
  final RelatedRef<Entry> favoriteEntry = Widget_.favoriteEntry(this);

  Widget() {}

  Widget(String name) {
    this.name = name;
  }
}
