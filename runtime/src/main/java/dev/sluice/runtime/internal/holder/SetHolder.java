package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.RelatedSet;
import dev.sluice.runtime.meta.Relation;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/** The one implementation of {@link RelatedSet}: a collection holder seen as a set. */
public final class SetHolder<T> extends MemberCollection<T> implements RelatedSet<T> {
  private final Set<T> view = new AbstractSet<T>() {
    @Override
    public Iterator<T> iterator() {
      return SetHolder.this.iterator();
    }

    @Override
    public int size() {
      return memberCount();
    }
  };

  /** Made by the generated factory, {@code X_.field(this)}. */
  public SetHolder(Object owner, Relation<?, T> relation) {
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
