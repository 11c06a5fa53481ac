package dev.sluice.processor.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A cascade of a relationship; {@code ALL} is expanded when read. */
public enum CascadeKind {
  SAVE_UPDATE,
  MERGE,
  EXPUNGE,
  DELETE,
  DELETE_ORPHAN,
  REFRESH_EXPIRE;

  /** The cascades named by annotation constants, with ALL expanded as SQLAlchemy does. */
  public static Set<CascadeKind> of(List<String> names) {
    Set<CascadeKind> set = EnumSet.noneOf(CascadeKind.class);
    for (String name : names) {
      if (name.equals("ALL")) {
        set.addAll(EnumSet.of(SAVE_UPDATE, MERGE, EXPUNGE, DELETE, REFRESH_EXPIRE));
      } else {
        set.add(valueOf(name));
      }
    }
    return set;
  }
}
