package dev.sluice.example.widgets;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A widget with entries, one of which is its favorite: widget and entry reference each other,
 * a cycle that only a post-update can write (the favorite is set by an UPDATE after both rows
 * exist, and cleared by one before they are deleted). The favorite's key covers the widget's id
 * too, so that the database accepts only an entry of this widget.
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

  @Override
  public String toString() {
    return "<Widget: " + name + ">";
  }
}
