package dev.sluice.it.sealed;

import dev.sluice.runtime.RelatedRef;
import java.util.Optional;

/** A reference that keeps a value and nothing else: what user code could write itself. */
final class HandMadeRef<T> implements RelatedRef<T> {
  private T value;

  @Override
  public T get() {
    return value;
  }

  @Override
  public Optional<T> optional() {
    return Optional.ofNullable(value);
  }

  @Override
  public void set(T target) {
    value = target;
  }

  @Override
  public void clear() {
    value = null;
  }

  @Override
  public boolean isLoaded() {
    return true;
  }
}
