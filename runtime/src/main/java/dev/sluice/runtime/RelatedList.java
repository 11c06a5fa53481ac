package dev.sluice.runtime;

import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * An ordered collection side of a relationship, a {@link List} kept in sync with the other side
 * in memory.
 *
 * <p>Declare it as {@code final RelatedList<Log> logs = Person_.logs(this);}; the generated
 * factory is the only way to make one. It loads on first use inside a session. Members are
 * compared by identity and appear at most once; adding a member already present changes
 * nothing and returns {@code false}. {@code set(i, x)} with {@code x} already at another
 * position swaps the two, so the size holds and {@code Collections.swap}, {@code sort},
 * {@code reverse}, {@code shuffle} and {@code rotate} work as on an {@code ArrayList}. Adding
 * links the object (setting its foreign key or association row at the next flush); removing
 * unlinks it, and under {@code DELETE_ORPHAN} makes it an orphan.
 *
 * @param <T> the related entity
 */
public interface RelatedList<T> extends List<T>, RandomAccess {
  /**
   * Makes the members exactly {@code replacement}, in its order: links the objects it adds,
   * unlinks those it leaves out; an object named twice counts once.
   */
  void set(Collection<? extends T> replacement);

  /** Whether the members are in memory; any other method loads them first. */
  boolean isLoaded();

  /**
   * Replaces every member by the operator's result, computed for all members first; links and
   * unlinks the difference and keeps the results' order.
   *
   * @throws IllegalArgumentException if two results are the same object (nothing changes)
   */
  @Override
  void replaceAll(UnaryOperator<T> operator);
}
