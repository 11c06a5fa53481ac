package dev.sluice.runtime;

import java.util.Collection;
import java.util.Set;

/**
 * An unordered collection side of a relationship, a {@link Set} kept in sync with the other
 * side in memory.
 *
 * <p>Declare it as {@code final RelatedSet<Tag> tags = Post_.tags(this);}; the generated
 * factory is the only way to make one. It loads on first use inside a session. Members are
 * compared by identity and iterate in the order they were loaded or added. Adding links the
 * object, removing unlinks it (an orphan under {@code DELETE_ORPHAN}).
 *
 * @param <T> the related entity
 */
public interface RelatedSet<T> extends Set<T> {
  /**
   * Makes the members exactly {@code replacement}: links the objects it adds, unlinks those it
   * leaves out.
   */
  void set(Collection<? extends T> replacement);

  /** Whether the members are in memory; any other method loads them first. */
  boolean isLoaded();
}
