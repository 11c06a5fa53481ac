package dev.sluice.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A query for entities of one type, built up and then run; the session flushes pending changes
 * before it runs (autoflush) and hands out the instances of its identity map.
 *
 * <p>Conditions and orderings are SQL over the table's column names; values are always bound
 * as named parameters: {@code persons.where("name = :name").bind("name", "ann").list()}.
 * They apply to a statement over the queried table alone (JOINED relations are joined around
 * it), so a bare column name always means the queried table's column. A query object is not
 * thread-safe.
 */
public interface EntityQuery<T> {
  /** Adds a condition, AND-ed with the others. */
  EntityQuery<T> where(String condition);

  /** Binds a named parameter ({@code :name}) of a condition. */
  EntityQuery<T> bind(String name, Object value);

  /** Sets the ORDER BY; results are ordered by primary key after it. */
  EntityQuery<T> orderBy(String orderBy);

  /** At most {@code count} results. */
  EntityQuery<T> limit(int count);

  /** Skips the first {@code count} results. */
  EntityQuery<T> offset(int count);

  /** Every matching object. */
  List<T> list();

  /** The first matching object, if any. */
  Optional<T> first();

  /** The only matching object; fails when there is none or more than one. */
  T one();

  /** The number of matching rows. */
  long count();

  /**
   * Deletes every matching row with the cascades a session delete would apply, from the same
   * compiled plan: one statement per cascade level where the plan is set-based, otherwise the
   * matching objects are loaded and deleted one by one. As before any query, pending changes
   * are autoflushed first (unless autoflush is off); objects of the session that were deleted
   * or nullified are updated. Returns the number of
   * rows that matched (their cascades aside). Unlike SQLAlchemy's {@code query.delete()}, this
   * cascades.
   */
  int delete();
}
