package dev.sluice.example.widgets;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.annotations.Unique;
import dev.sluice.runtime.RelatedRef;

/** An entry of a widget; its id and widget together are what a favorite references. */
@Entity(table = "entry")
@Unique({"entryId", "widgetId"})
public class Entry {
  @Id @GeneratedValue Long entryId;
  String name;
  @ForeignKey(entity = Widget.class) Long widgetId;

  @Relationship(backPopulates = "entries", primaryJoin = "Widget.widgetId = Entry.widgetId")
  final RelatedRef<Widget> widget = Entry_.widget(this);

  Entry() {}

  Entry(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Entry: " + name + ">";
  }
}
