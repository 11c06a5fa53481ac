package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.meta.Relation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.UnaryOperator;

/**
 * The one implementation of {@link RelatedList}: the list view over a collection holder's
 * members, every change a linked (synced) operation.
 */
public final class ListHolder<T> extends MemberCollection<T> implements RelatedList<T> {
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
      return replaceAt(index, element);
    }
  };

  /** Made by the generated factory, {@code X_.field(this)}. */
  public ListHolder(Object owner, Relation<?, T> relation) {
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

  /**
   * Replaces every member by the operator's result, computed for all members first; links and
   * unlinks the difference, keeps the results' order.
   *
   * @throws IllegalArgumentException if two results are the same object (nothing changes)
   */
  @Override
  public void replaceAll(UnaryOperator<T> operator) {
    List<T> results = new ArrayList<>();
    IdentityHashMap<T, Boolean> seen = new IdentityHashMap<>();
    for (T member : this) {
      T result = operator.apply(member);
      if (seen.put(result, Boolean.TRUE) != null) {
        throw new IllegalArgumentException("replaceAll gave the same " + result + " twice;"
            + " a RelatedList holds each object at most once");
      }
      results.add(result);
    }
    set(results);
  }

  /** Orders the members; membership does not change. */
  @Override
  public void sort(Comparator<? super T> comparator) {
    List<T> sorted = new ArrayList<>(this);
    sorted.sort(comparator);
    set(sorted);
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
