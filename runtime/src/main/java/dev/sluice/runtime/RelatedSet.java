package dev.sluice.runtime;

import dev.sluice.runtime.internal.CollectionHolder;
import dev.sluice.runtime.meta.Relation;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unordered collection side of a relationship, kept in sync with the other side in memory.
 *
 * <p>Declare it as {@code final RelatedSet<Tag> tags = Post_.tags(this);}. Members are compared
 * by identity and iterate in the order they were loaded or added.
 */
public final class RelatedSet<T> extends CollectionHolder<T> implements Set<T> {
  private final Set<T> view = new AbstractSet<T>() {
    @Override
    public Iterator<T> iterator() {
      return new Iterator<T>() {
        private int next;
        private T last;

        @Override
        public boolean hasNext() {
          return next < memberCount();
        }

        @Override
        public T next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          last = elementAt(next++);
          return last;
        }

        @Override
        public void remove() {
          if (last == null) {
            throw new IllegalStateException();
          }
          removeLinked(last);
          last = null;
          next--;
        }
      };
    }

    @Override
    public int size() {
      return memberCount();
    }
  };

  /** Use the generated factory, {@code X_.field(this)}. */
  public RelatedSet(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  /** Replaces the whole collection, linking and unlinking the difference. */
  public void set(Collection<? extends T> replacement) {
    replaceLinked(replacement);
  }

  @Override
  public boolean add(T element) {
    return addLinked(-1, element);
  }

  @Override
  public boolean remove(Object o) {
    return removeLinked(o);
  }

  @Override
  public boolean contains(Object o) {
    return containsMember(o);
  }

  @Override
  public int size() {
    return memberCount();
  }

  @Override
  public boolean isEmpty() {
    return memberCount() == 0;
  }

  @Override
  public Iterator<T> iterator() {
    return view.iterator();
  }

  @Override
  public Object[] toArray() {
    return view.toArray();
  }

  @Override
  public <A> A[] toArray(A[] a) {
    return view.toArray(a);
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    return c.stream().allMatch(this::contains);
  }

  @Override
  public boolean addAll(Collection<? extends T> c) {
    boolean changed = false;
    for (T element : java.util.List.copyOf(c)) {
      changed |= add(element);
    }
    return changed;
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    boolean changed = false;
    for (Object element : c) {
      changed |= remove(element);
    }
    return changed;
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    return view.retainAll(c);
  }

  @Override
  public void clear() {
    view.clear();
  }

  @Override
  public boolean equals(Object o) {
    return view.equals(o);
  }

  @Override
  public int hashCode() {
    return view.hashCode();
  }

  @Override
  public String toString() {
    return isLoaded() ? view.toString() : "[not loaded]";
  }
}
