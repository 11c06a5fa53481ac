package dev.sluice.it.random;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** One object of the reference model: its kind, column, links and state in the session. */
final class MObj {
  /** The entity an object stands for. */
  enum Kind { PARENT, CHILD, NOTE, TAG }

  /**
   * Where the object stands: as in the session, plus MARKED (delete() called, not flushed),
   * GONE (its row deleted by a flush) and RETIRED (left behind by a rollback: never used again).
   */
  enum Status { TRANSIENT, PENDING, PERSISTENT, MARKED, DETACHED, GONE, RETIRED }

  final Kind kind;
  final int handle;
  String name;
  /** The parent of a child or note, in memory. */
  MObj parent;
  /** A parent's tags or a tag's parents, in memory. */
  final Set<MObj> links = new LinkedHashSet<>();
  Status status = Status.TRANSIENT;
  /** The row's key once a flush wrote it. */
  Long id;
  /** Expunged by name (its cascade came along): the only detached object added back. */
  boolean expungeRoot;

  MObj(Kind kind, int handle) {
    this.kind = kind;
    this.handle = handle;
    this.name = var();
  }

  boolean live() {
    return status == Status.PENDING || status == Status.PERSISTENT;
  }

  boolean usable() {
    return live() || status == Status.TRANSIENT;
  }

  String var() {
    return var(kind, handle);
  }

  static String var(Kind kind, int handle) {
    return kind.name().substring(0, 1).toLowerCase(Locale.ROOT) + handle;
  }

  String javaType() {
    return javaType(kind);
  }

  static String javaType(Kind kind) {
    switch (kind) {
      case PARENT: return "RParent";
      case CHILD: return "RChild";
      case NOTE: return "RNote";
      default: return "RTag";
    }
  }

  @Override
  public String toString() {
    return var() + "[" + status + "]";
  }
}
