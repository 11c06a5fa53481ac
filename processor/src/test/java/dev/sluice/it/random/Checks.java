package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import dev.sluice.it.random.MObj.Status;
import dev.sluice.runtime.RelatedRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/** Compares Sluice with the model: rows, which objects are in the session, loaded relations. */
final class Checks {
  private Checks() {}

  /** The committed rows of every table equal the model's. */
  static void rows(Handle db, Model model) {
    for (Kind kind : Kind.values()) {
      List<String> expected = new ArrayList<>();
      for (Map.Entry<MObj, Model.Row> e : model.committedRows().entrySet()) {
        if (e.getKey().kind == kind) {
          MObj parent = e.getValue().parent();
          expected.add(e.getKey().id + "|" + e.getValue().name() + "|"
              + (parent == null ? null : parent.id));
        }
      }
      String table = "r_" + kind.name().toLowerCase(java.util.Locale.ROOT);
      boolean hasParent = kind == Kind.CHILD || kind == Kind.NOTE;
      List<String> actual = new ArrayList<>();
      for (Map<String, Object> row : db.createQuery("SELECT * FROM \"" + table + "\"").mapToMap().list()) {
        actual.add(number(row.get("id")) + "|" + row.get("name") + "|"
            + (hasParent ? number(row.get("parent_id")) : null));
      }
      same("rows differ in " + table, expected, actual);
    }
    List<String> expected = new ArrayList<>();
    for (Model.Link link : model.committedLinks()) {
      expected.add(link.parent().id + "|" + link.tag().id);
    }
    List<String> actual = new ArrayList<>();
    for (Map<String, Object> row : db.createQuery("SELECT * FROM \"r_parent_tag\"").mapToMap().list()) {
      actual.add(number(row.get("parent_id")) + "|" + number(row.get("tag_id")));
    }
    same("rows differ in r_parent_tag", expected, actual);
    // a joined child's two rows go together: neither table has a row without the other
    List<Long> halves = db.createQuery("SELECT c.id FROM \"r_child\" c LEFT JOIN"
        + " \"r_joined_child\" j ON j.id = c.id WHERE c.kind = 'joined' AND j.id IS NULL"
        + " UNION ALL SELECT j.id FROM \"r_joined_child\" j LEFT JOIN \"r_child\" c"
        + " ON c.id = j.id WHERE c.id IS NULL OR c.kind <> 'joined'").mapTo(Long.class).list();
    if (!halves.isEmpty()) {
      throw new Divergence("a joined child has one row of two", "ids " + halves);
    }
  }

  /** Objects in the session as the model says; loaded relations and keys hold the model's. */
  static void memory(Model model, World world) {
    for (MObj o : model.all()) {
      Object j = world.peek(o);
      if (j == null) {
        continue;
      }
      boolean expected = o.status == Status.PERSISTENT;
      if (world.session.contains(j) != expected) {
        throw new Divergence("session membership differs", o + " but session.state is "
            + world.session.state(j));
      }
      if (expected) {
        relations(model, world, o, j);
      }
    }
  }

  private static void relations(Model model, World world, MObj o, Object j) {
    if (o.kind == Kind.PARENT) {
      list(model, world, o, "children", ((RParent) j).children, model.members(o, Kind.CHILD));
      list(model, world, o, "notes", ((RParent) j).notes, model.members(o, Kind.NOTE));
      list(model, world, o, "tags", ((RParent) j).tags, new ArrayList<>(o.links));
    } else if (o.kind == Kind.TAG) {
      list(model, world, o, "parents", ((RTag) j).parents, new ArrayList<>(o.links));
    } else {
      RelatedRef<RParent> ref = j instanceof RChild ? ((RChild) j).parent : ((RNote) j).parent;
      Long key = j instanceof RChild ? ((RChild) j).parentId : ((RNote) j).parentId;
      Long expectedKey = o.parent == null ? null : o.parent.id;
      if (!Objects.equals(key, expectedKey)) {
        throw new Divergence("foreign key differs", o.var() + ".parentId is " + key
            + ", the model says " + expectedKey);
      }
      if (ref.isLoaded()) {
        MObj actual = ref.get() == null ? null : world.modelOf(ref.get(), model);
        if (actual != o.parent) {
          throw new Divergence("reference differs", o.var() + ".parent is " + actual
              + ", the model says " + o.parent);
        }
      }
    }
  }

  private static void list(Model model, World world, MObj owner, String field,
      dev.sluice.runtime.RelatedList<?> list, List<MObj> expected) {
    if (!list.isLoaded()) {
      return;
    }
    List<String> actual = new ArrayList<>();
    for (Object member : list) {
      actual.add(world.modelOf(member, model).var());
    }
    List<String> wanted = new ArrayList<>();
    expected.forEach(o -> wanted.add(o.var()));
    same("loaded " + field + " differ", wanted, actual);
  }

  private static void same(String what, List<String> expected, List<String> actual) {
    Collections.sort(expected);
    Collections.sort(actual);
    if (!expected.equals(actual)) {
      throw new Divergence(what, "expected " + expected + " but found " + actual);
    }
  }

  private static Object number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
