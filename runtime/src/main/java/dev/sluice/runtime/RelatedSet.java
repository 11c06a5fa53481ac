package dev.sluice.runtime;

import dev.sluice.runtime.internal.MemberCollection;
import dev.sluice.runtime.meta.Relation;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unordered collection side of a relationship, kept in sync with the other side in memory.
 *
 * <p>Declare it as {@code final RelatedSet<Tag> tags = Post_.tags(this);}. Members are compared
 * by identity and iterate in the order they were loaded or added.
 */
public final class RelatedSet<T> extends MemberCollection<T> implements Set<T> {
  private final Set<T> view = new AbstractSet<T>() {
    @Override
    public Iterator<T> iterator() {
      return RelatedSet.this.iterator();
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
  public boolean equals(Object o) {
    return view.equals(o);
  }

  @Override
  public int hashCode() {
    return view.hashCode();
  }
}
