package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@link Collection} methods shared by the list and set holders, each a linked (synced)
 * operation on the members; the members load on first use.
 */
public abstract class MemberCollection<T> extends CollectionHolder<T> implements Collection<T> {
  protected MemberCollection(Object owner, Relation<?, T> relation) {
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
  public boolean containsAll(Collection<?> c) {
    return c.stream().allMatch(this::contains);
  }

  @Override
  public boolean addAll(Collection<? extends T> c) {
    boolean changed = false;
    for (T element : new ArrayList<T>(c)) {
      changed |= add(element);
    }
    return changed;
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    boolean changed = false;
    for (Object element : new ArrayList<Object>(c)) {
      changed |= remove(element);
    }
    return changed;
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    boolean changed = false;
    for (T member : loadedMembers()) {
      if (!c.contains(member)) {
        changed |= remove(member);
      }
    }
    return changed;
  }

  @Override
  public void clear() {
    for (T member : loadedMembers()) {
      remove(member);
    }
  }

  @Override
  public Object[] toArray() {
    return loadedMembers().toArray();
  }

  @Override
  public <A> A[] toArray(A[] a) {
    return loadedMembers().toArray(a);
  }

  @Override
  public String toString() {
    return isLoaded() ? members().toString() : "[not loaded]";
  }

  private List<T> loadedMembers() {
    memberCount(); // loads the members if needed
    return members();
  }
}
