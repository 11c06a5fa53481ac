package dev.sluice.it.widgets;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A widget with entries, one of which is its favorite. */
@Entity(table = "widget")
public class Widget {
  @Id @GeneratedValue Long widgetId;
  String name;
  @ForeignKey(entity = Entry.class, name = "fk_favorite_entry") Long favoriteEntryId;

  @Relationship(backPopulates = "widget", cascade = {Cascade.ALL},
      primaryJoin = "Widget.widgetId = Entry.widgetId")
  final RelatedList<Entry> entries = Widget_.entries(this);

  @Relationship(postUpdate = true, foreignKeys = {"favoriteEntryId"})
  final RelatedRef<Entry> favoriteEntry = Widget_.favoriteEntry(this);

  Widget() {}

  Widget(String name) {
    this.name = name;
  }
}
