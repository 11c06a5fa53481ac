package dev.sluice.it.random;

import dev.sluice.it.random.MObj.Kind;
import dev.sluice.it.random.MObj.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference: what the documented semantics (SQLAlchemy 1.4, with cascade_backrefs off and
 * Sluice's documented differences) say the objects and rows are after each step.
 */
final class Model {
  /** A row as the model expects it. */
  record Row(String name, MObj parent) {}

  /** An association row between a parent and a tag. */
  record Link(MObj parent, MObj tag) {}

  private final Map<Integer, MObj> objects = new LinkedHashMap<>();
  private Map<MObj, Row> rows = new HashMap<>();
  private Map<MObj, Row> committed = new HashMap<>();
  private Set<Link> links = new HashSet<>();
  private Set<Link> committedLinks = new HashSet<>();
  /**
   * Pending children a parent's delete() expunged: adding the parent back brings them back
   * through its collection (SQLAlchemy never let them go).
   */
  private final Map<MObj, List<MObj>> expungedByDelete = new HashMap<>();

  MObj create(Kind kind, int handle) {
    MObj o = new MObj(kind, handle);
    objects.put(handle, o);
    return o;
  }

  MObj get(int handle) {
    return objects.get(handle);
  }

  List<MObj> all() {
    return new ArrayList<>(objects.values());
  }

  int nextHandle() {
    return objects.size() + 1;
  }

  Map<MObj, Row> committedRows() {
    return committed;
  }

  Set<Link> committedLinks() {
    return committedLinks;
  }

  /** The flushed row's parent of a child or note, or null. */
  MObj rowParent(MObj o) {
    Row row = rows.get(o);
    return row == null ? null : row.parent();
  }

  boolean hasRow(MObj o) {
    return rows.containsKey(o);
  }

  List<MObj> members(MObj parent, Kind kind) {
    List<MObj> members = new ArrayList<>();
    for (MObj o : objects.values()) {
      if (o.kind == kind && o.parent == parent && o.status != Status.GONE
          && o.status != Status.RETIRED) {
        members.add(o);
      }
    }
    return members;
  }

  /** What an object reaches through SAVE_UPDATE (every relation of this model cascades it). */
  List<MObj> neighbours(MObj o) {
    List<MObj> next = new ArrayList<>();
    if (o.kind == Kind.PARENT) {
      next.addAll(members(o, Kind.CHILD));
      next.addAll(members(o, Kind.NOTE));
    }
    if (o.parent != null) {
      next.add(o.parent);
    }
    next.addAll(o.links);
    return next;
  }

  /** Not to be touched: unusable itself, or next to a detached, deleted or retired object. */
  boolean frozen(MObj o) {
    if (!o.usable()) {
      return true;
    }
    for (MObj n : neighbours(o)) {
      if (!n.usable()) {
        return true;
      }
    }
    return false;
  }

  /** session.add(root): the root changes state, the cascade stops at objects in the session. */
  void add(MObj root) {
    Set<MObj> seen = new HashSet<>();
    Deque<MObj> work = new ArrayDeque<>();
    seen.add(root);
    if (root.status == Status.MARKED) {
      root.status = Status.PERSISTENT;
      for (MObj child : expungedByDelete.getOrDefault(root, List.of())) {
        if (child.status == Status.RETIRED && child.parent == root) {
          child.status = Status.PENDING;
        }
      }
      expungedByDelete.remove(root);
    } else {
      enter(root);
    }
    work.addAll(neighbours(root));
    while (!work.isEmpty()) {
      MObj o = work.pop();
      if (seen.add(o) && enter(o)) {
        work.addAll(neighbours(o));
      }
    }
  }

  /** Puts a transient or detached object into the session; whether it was outside. */
  private static boolean enter(MObj o) {
    if (o.status == Status.TRANSIENT) {
      o.status = Status.PENDING;
      return true;
    }
    if (o.status == Status.DETACHED) {
      o.status = Status.PERSISTENT;
      o.expungeRoot = false;
      return true;
    }
    return false;
  }

  /** session.delete(o): marks it and, for a parent, its children (pending ones leave). */
  void delete(MObj o) {
    o.status = Status.MARKED;
    if (o.kind == Kind.PARENT) {
      for (MObj child : members(o, Kind.CHILD)) {
        if (child.status == Status.PERSISTENT) {
          child.status = Status.MARKED;
        } else if (child.status == Status.PENDING) {
          child.status = Status.RETIRED;
          expungedByDelete.computeIfAbsent(o, k -> new ArrayList<>()).add(child);
        }
      }
    }
  }

  /**
   * A flush: orphans and marked objects deleted, notes of deleted parents nullified, saves.
   * Returns whether it deferred a delete: a marked child or note that a live parent newly
   * holds (moved there since the last flush) is written under that parent and stays marked,
   * so the next flush deletes it (SQLAlchemy's cancel_delete lasts one flush).
   */
  boolean flush() {
    expungedByDelete.clear();
    for (MObj o : objects.values()) {
      if (o.kind == Kind.CHILD && o.status == Status.PERSISTENT && o.parent == null) {
        o.status = Status.MARKED;
      }
    }
    Set<MObj> deferred = new HashSet<>();
    for (MObj o : objects.values()) {
      if (o.status == Status.MARKED && o.parent != null && o.parent.live()
          && o.parent != rowParent(o)) {
        deferred.add(o);
      }
    }
    Set<MObj> gone = new HashSet<>();
    for (MObj o : objects.values()) {
      if (o.status == Status.MARKED && !deferred.contains(o)) {
        o.status = Status.GONE;
        rows.remove(o);
        gone.add(o);
      }
    }
    for (MObj o : objects.values()) {
      if (o.live() && gone.contains(o.parent)) {
        o.parent = null; // a note of a deleted parent: its key is set to NULL
      }
      o.links.removeAll(gone);
    }
    for (MObj o : objects.values()) {
      if (o.live()) {
        o.status = Status.PERSISTENT;
        rows.put(o, new Row(o.name, o.parent));
      }
    }
    for (MObj o : deferred) {
      rows.put(o, new Row(o.name, o.parent));
    }
    links = new HashSet<>();
    for (MObj o : objects.values()) {
      if (o.kind == Kind.PARENT && rows.containsKey(o)) {
        for (MObj tag : o.links) {
          if (rows.containsKey(tag)) {
            links.add(new Link(o, tag));
          }
        }
      }
    }
    return !deferred.isEmpty();
  }

  /** Flushes until nothing is deferred (the second flush defers nothing), then commits. */
  void commit() {
    if (flush()) {
      flush();
    }
    committed = new HashMap<>(rows);
    committedLinks = new HashSet<>(links);
  }

  /**
   * Rollback: objects with committed rows are persistent with their committed values and
   * relations; everything else is never used again.
   */
  void rollback() {
    expungedByDelete.clear();
    rows = new HashMap<>(committed);
    links = new HashSet<>(committedLinks);
    for (MObj o : objects.values()) {
      o.links.clear();
      o.expungeRoot = false;
      Row row = committed.get(o);
      if (row == null) {
        o.status = Status.RETIRED;
        o.parent = null;
      } else {
        o.status = Status.PERSISTENT;
        o.name = row.name();
        o.parent = row.parent();
      }
    }
    for (Link link : committedLinks) {
      link.parent().links.add(link.tag());
      link.tag().links.add(link.parent());
    }
  }
}
