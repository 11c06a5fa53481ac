package dev.sluice.example.widgets;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import javax.inject.Inject;

/**
 * Rows that point to each other or to themselves, written with {@code postUpdate}; the widget's
 * favorite is guarded by a foreign key over two columns.
 */
public final class WidgetScenario extends SessionScenario {
  @Inject
  WidgetScenario(SessionFactory factory, ScopedSession session) {
    super(factory, session);
  }

  @Override
  public void play(Tour t) {
    t.say("A widget references its favorite entry and every entry references its widget: no"
        + " order of two INSERTs works. Widget.favoriteEntry has postUpdate = true, as in"
        + " SQLAlchemy's docs: the widget row is inserted without its favorite, the entries"
        + " after it, then an UPDATE sets the favorite. (Without postUpdate on the cycle,"
        + " Sluice refuses to compile the schema: see the rejected scenario.)");
    Widget widget = new Widget("somewidget");
    Entry entry = new Entry("someentry");
    t.run("Widget widget = new Widget(\"somewidget\");\nEntry entry = new Entry(\"someentry\");\n"
        + "widget.entries.add(entry);\nwidget.favoriteEntry.set(entry);\nsession.add(widget);\n"
        + "session.commit();", () -> {
          widget.entries.add(entry);
          widget.favoriteEntry.set(entry);
          session.add(widget);
          session.commit();
        });
    t.rows("widget", "entry");
    t.say("The favorite's foreign key covers two columns, (widget_id, favorite_entry_id) to"
        + " entry (widget_id, entry_id), over the entry's UNIQUE of both: the database accepts"
        + " only an entry of the same widget. With favorite_entry_id NULL at the INSERT, the"
        + " key is not checked until the post-update.");
    t.ddl(factory.schema(), "widget");
    Widget second = new Widget("secondwidget");
    Entry theirs = new Entry("theirentry");
    t.run("Widget second = new Widget(\"secondwidget\");\nEntry theirs = new Entry("
        + "\"theirentry\");\nsecond.entries.add(theirs);\nsession.add(second);\n"
        + "session.commit();", () -> {
          second.entries.add(theirs);
          session.add(second);
          session.commit();
        });
    t.fails("widget.favoriteEntry.set(theirs);\nsession.flush();", IntegrityException.class,
        () -> {
          widget.favoriteEntry.set(theirs);
          session.flush();
        });
    t.say("The failed flush rolled back to its savepoint and kept the change; pointing the"
        + " favorite back at the widget's own entry makes the session valid again.");
    t.run("widget.favoriteEntry.set(entry);\nsession.commit();", () -> {
      widget.favoriteEntry.set(entry);
      session.commit();
    });
    t.say("Changing the favorite is one more post-update.");
    Entry other = new Entry("otherentry");
    t.run("Entry other = new Entry(\"otherentry\");\nwidget.entries.add(other);\n"
        + "widget.favoriteEntry.set(other);\nsession.commit();", () -> {
          widget.entries.add(other);
          widget.favoriteEntry.set(other);
          session.commit();
        });
    t.rows("widget");
    t.say("Deleting the widget: an UPDATE first clears its favorite, then its entries lose"
        + " their widget (the default cascade nullifies), then the widget row goes.");
    t.run("session.delete(widget);\nsession.commit();", () -> {
      session.delete(widget);
      session.commit();
    });
    t.eval("entry.widget.get()", entry.widget::get);

    t.say("A row pointing to itself, like the docs' user 'ed' whose related_user_id is his"
        + " own user_id: the id exists only after the INSERT, so the reference follows in a"
        + " post-update.");
    Node ed = new Node("ed");
    t.run("Node ed = new Node(\"ed\");\ned.related.set(ed);\nsession.add(ed);\nsession.commit();",
        () -> {
          ed.related.set(ed);
          session.add(ed);
          session.commit();
        });
    t.eval("ed.related.get() == ed", () -> ed.related.get() == ed);
  }
}
