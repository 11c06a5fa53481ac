package dev.sluice.it.faults;

import dev.sluice.runtime.Session;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a session shows about a set of objects and the objects their loaded relations
 * reach, without loading anything: state, column values (generated ids included), relation
 * members and pending relation changes, and the session's new, dirty and deleted sets. A
 * relation unloaded in an earlier fingerprint shows only its changes: loading it (a failed
 * flush may have) reads rows, it changes nothing.
 */
final class Fingerprint {
  private final Session session;
  private final List<Object> objects = new ArrayList<>();
  private final Map<Object, Integer> index = new IdentityHashMap<>();
  /** Per object, the relations that were unloaded when the first fingerprint was taken. */
  private final Map<Object, Set<String>> unloaded;
  private final String text;

  private Fingerprint(Session session, Collection<?> roots, Map<Object, Set<String>> unloaded) {
    this.session = session;
    this.unloaded = unloaded;
    roots.forEach(this::track);
    session.newObjects().forEach(this::track);
    session.dirtyObjects().forEach(this::track);
    session.deletedObjects().forEach(this::track);
    for (int i = 0; i < objects.size(); i++) { // grows while members are tracked
      Object o = objects.get(i);
      for (Relation<Object, ?> r : type(o).relations()) {
        if (!shownUnloaded(o, r)) {
          Holder.of(r, o).members().forEach(this::track);
        }
        Holder.of(r, o).added().forEach(this::track);
        Holder.of(r, o).removed().forEach(this::track);
      }
    }
    text = render(); // now: the session changes after
  }

  /** The first fingerprint: it records which relations are unloaded. */
  static Fingerprint take(Session session, Collection<?> roots) {
    return new Fingerprint(session, roots, new IdentityHashMap<>());
  }

  /** A later fingerprint of the same objects, comparable with this one. */
  Fingerprint again(Collection<?> roots) {
    return new Fingerprint(session, roots, unloaded);
  }

  private boolean shownUnloaded(Object o, Relation<Object, ?> r) {
    Set<String> names = unloaded.get(o);
    if (names == null && !Holder.of(r, o).isLoaded()) {
      names = new HashSet<>();
      unloaded.put(o, names);
    }
    if (names != null && !Holder.of(r, o).isLoaded()) {
      names.add(r.name());
    }
    return names != null && names.contains(r.name());
  }

  private void track(Object o) {
    if (!index.containsKey(o)) {
      index.put(o, objects.size());
      objects.add(o);
    }
  }

  @Override
  public String toString() {
    return text;
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    for (Object o : objects) {
      EntityModel<Object> type = type(o);
      out.append(ref(o)).append(' ').append(type.name()).append(' ').append(session.state(o))
          .append(session.isModified(o) ? " modified" : "");
      for (Column c : type.columns()) {
        out.append(' ').append(c.name()).append('=').append(type.get(o, c.index()));
      }
      for (Relation<Object, ?> r : type.relations()) {
        var holder = Holder.of(r, o);
        out.append(' ').append(r.name()).append(shownUnloaded(o, r) ? "(unloaded)"
            : refs(holder.members(), false)).append("+").append(refs(holder.added(), true))
            .append("-").append(refs(holder.removed(), true));
      }
      out.append('\n');
    }
    out.append("new=").append(refs(session.newObjects(), true))
        .append(" dirty=").append(refs(session.dirtyObjects(), true))
        .append(" deleted=").append(refs(session.deletedObjects(), true));
    return out.toString();
  }

  private String refs(Collection<?> members, boolean sorted) {
    Collection<String> refs = sorted ? new TreeSet<>() : new ArrayList<>();
    members.forEach(m -> refs.add(ref(m)));
    return refs.toString();
  }

  private String ref(Object o) {
    return "#" + index.get(o);
  }

  @SuppressWarnings("unchecked")
  private static EntityModel<Object> type(Object o) {
    return (EntityModel<Object>) EntityModel.of(FaultSchema_Metadata.INSTANCE.entity(o.getClass()));
  }
}
