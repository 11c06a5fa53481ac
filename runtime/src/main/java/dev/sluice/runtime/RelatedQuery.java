package dev.sluice.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A collection side loaded {@code lazy = DYNAMIC}: a query over the related rows that never
 * loads them all. Adds and removes are kept in memory and written at the next flush.
 *
 * <p>Declare it as {@code final RelatedQuery<User> followers = User_.followers(this);}; the
 * generated factory is the only way to make one. Until its owner is flushed, {@link #list()},
 * {@link #first()} and {@link #count()} answer from the objects added in memory.
 *
 * @param <T> the related entity
 */
public interface RelatedQuery<T> {
  /** Links {@code target}; {@code false} if it was already added. */
  boolean add(T target);

  /** Unlinks {@code target} (an orphan under {@code DELETE_ORPHAN}); the flush finds its row. */
  boolean remove(T target);

  /**
   * A query over the related rows, to refine with {@code where}, {@code orderBy} and so on.
   *
   * @throws DetachedInstanceException if the owner is not attached to an open session
   * @throws InvalidRequestException if the owner has no row yet (flush it first)
   */
  EntityQuery<T> query();

  /** Related rows matching an SQL condition over the target's column names. */
  EntityQuery<T> where(String condition);

  /** Related rows in the given SQL order. */
  EntityQuery<T> orderBy(String orderBy);

  /** Every related object (from memory while the owner is new). */
  List<T> list();

  /** The first related object, if any. */
  Optional<T> first();

  /** The number of related objects. */
  long count();

  /** Whether it answers from memory: true only while the owner has no row. */
  boolean isLoaded();
}
