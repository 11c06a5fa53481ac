package dev.sluice.runtime;

import java.util.Optional;

/**
 * A single-valued side of a relationship (many-to-one, or one-to-one), kept in sync with the
 * other side in memory; the foreign key follows as soon as the referenced key is known.
 *
 * <p>Declare it as {@code final RelatedRef<Person> person = Log_.person(this);}; the generated
 * factory is the only way to make one.
 *
 * @param <T> the related entity
 */
public interface RelatedRef<T> {
  /**
   * The related object, or {@code null}; loads it on first use inside a session (a
   * many-to-one from the identity map without SQL when it can).
   */
  T get();

  /** The related object, if any; loads it as {@link #get()} does. */
  Optional<T> optional();

  /**
   * Links {@code target} (or nobody, for {@code null}), unlinking the previous object, which
   * becomes an orphan under {@code DELETE_ORPHAN}; the other side and the foreign key follow.
   */
  void set(T target);

  /** Same as {@code set(null)}. */
  void clear();

  /** Whether the related object is in memory; {@link #get()} loads it otherwise. */
  boolean isLoaded();
}
