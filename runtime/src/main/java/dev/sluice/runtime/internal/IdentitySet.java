package dev.sluice.runtime.internal;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion-ordered set that compares by identity, as entities are compared throughout the
 * runtime (the identity map guarantees one instance per row).
 */
public final class IdentitySet<E> extends AbstractSet<E> {
  /** Created on first add: most holders never track anything. */
  private Map<Key<E>, E> elements;

  /** Wraps an element so that equality is identity. */
  private static final class Key<E> {
    final E element;

    Key(E element) {
      this.element = element;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key<?>) other).element == element;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(element);
    }
  }

  @Override
  public boolean add(E e) {
    if (elements == null) {
      elements = new LinkedHashMap<>();
    }
    return elements.putIfAbsent(new Key<>(e), e) == null;
  }

  @Override
  public boolean remove(Object o) {
    return elements != null && !elements.isEmpty() && elements.remove(new Key<>(o)) != null;
  }

  @Override
  public boolean contains(Object o) {
    return elements != null && !elements.isEmpty() && elements.containsKey(new Key<>(o));
  }

  @Override
  public Iterator<E> iterator() {
    return elements == null ? Collections.emptyIterator() : elements.values().iterator();
  }

  @Override
  public int size() {
    return elements == null ? 0 : elements.size();
  }

  @Override
  public void clear() {
    if (elements != null) {
      elements.clear();
    }
  }
}
