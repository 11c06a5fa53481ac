package rejected.cycle;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.annotations.Schema;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

@Schema(entities = {Widget.class, Entry.class})
interface WidgetSchema {}

@Entity(table = "widget")
class Widget {
  @Id @GeneratedValue Long widgetId;
  @ForeignKey(entity = Entry.class) Long favoriteEntryId;

  @Relationship(backPopulates = "widget",
      primaryJoin = "Widget.widgetId = Entry.widgetId")
  final RelatedList<Entry> entries = Widget_.entries(this);

  // Each row needs the other's generated id first.
  @Relationship(foreignKeys = {"favoriteEntryId"},
      primaryJoin = "Widget.favoriteEntryId = Entry.entryId")
  final RelatedRef<Entry> favoriteEntry =
      Widget_.favoriteEntry(this);
}

@Entity(table = "entry")
class Entry {
  @Id @GeneratedValue Long entryId;
  @ForeignKey(entity = Widget.class) Long widgetId;

  @Relationship(backPopulates = "entries",
      primaryJoin = "Widget.widgetId = Entry.widgetId")
  final RelatedRef<Widget> widget = Entry_.widget(this);
}
