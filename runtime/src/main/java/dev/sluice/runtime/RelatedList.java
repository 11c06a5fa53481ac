package dev.sluice.runtime;

import dev.sluice.runtime.internal.CollectionHolder;
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
public final class RelatedList<T> extends CollectionHolder<T> implements List<T> {
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

  /** Replaces the whole collection, linking and unlinking the difference. */
  public void set(Collection<? extends T> replacement) {
    replaceLinked(replacement);
  }

  @Override
  public boolean add(T element) {
    return addLinked(-1, element);
  }

  @Override
  public void add(int index, T element) {
    view.add(index, element);
  }

  @Override
  public boolean remove(Object o) {
    return removeLinked(o);
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
  public int size() {
    return memberCount();
  }

  @Override
  public boolean isEmpty() {
    return memberCount() == 0;
  }

  @Override
  public boolean contains(Object o) {
    return containsMember(o);
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
    for (T element : List.copyOf(c)) {
      changed |= add(element);
    }
    return changed;
  }

  @Override
  public boolean addAll(int index, Collection<? extends T> c) {
    return view.addAll(index, c);
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    return view.removeAll(c);
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
