package dev.sluice.runtime;

import dev.sluice.runtime.internal.MemberCollection;
import dev.sluice.runtime.meta.Relation;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

/**
 * An ordered collection side of a relationship, kept in sync with the other side in memory.
 *
 * <p>Declare it as {@code final RelatedList<Log> logs = Person_.logs(this);}. It loads on first
 * use inside a session. Members are compared by identity and appear at most once; adding a
 * member already present changes nothing.
 */
public final class RelatedList<T> extends MemberCollection<T> implements List<T> {
  private final List<T> view = new AbstractList<T>() {
    @Override
    public T get(int index) {
      return elementAt(index);
    }

    @Override
    public int size() {
      return memberCount();
    }

    @Override
    public void add(int index, T element) {
      addLinked(index, element);
    }

    @Override
    public T remove(int index) {
      T member = elementAt(index);
      removeLinked(member);
      return member;
    }

    @Override
    public T set(int index, T element) {
      T old = elementAt(index);
      if (old != element) {
        removeLinked(old);
        addLinked(Math.min(index, memberCount()), element);
      }
      return old;
    }
  };

  /** Use the generated factory, {@code X_.field(this)}. */
  public RelatedList(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  @Override
  public void add(int index, T element) {
    view.add(index, element);
  }

  @Override
  public T remove(int index) {
    return view.remove(index);
  }

  @Override
  public T set(int index, T element) {
    return view.set(index, element);
  }

  @Override
  public T get(int index) {
    return elementAt(index);
  }

  @Override
  public int indexOf(Object o) {
    return indexOfMember(o);
  }

  @Override
  public int lastIndexOf(Object o) {
    return indexOfMember(o);
  }

  @Override
  public Iterator<T> iterator() {
    return view.iterator();
  }

  @Override
  public ListIterator<T> listIterator() {
    return view.listIterator();
  }

  @Override
  public ListIterator<T> listIterator(int index) {
    return view.listIterator(index);
  }

  @Override
  public List<T> subList(int fromIndex, int toIndex) {
    return view.subList(fromIndex, toIndex);
  }

  @Override
  public boolean addAll(int index, Collection<? extends T> c) {
    return view.addAll(index, c);
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
