package dev.sluice.runtime.internal.holder;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A collection side of a relation: its members in order (once loaded) and the objects linked
 * and unlinked since the last flush, which the flush turns into foreign keys, association
 * rows and orphans. Members are compared by identity and appear at most once.
 */
public abstract class CollectionHolder<T> extends Holder<T> {
  private final ArrayList<T> contents = new ArrayList<>();
  private final IdentitySet<T> index = new IdentitySet<>();
  private final IdentitySet<T> added = new IdentitySet<>();
  private final IdentitySet<T> removed = new IdentitySet<>();
  /**
   * Objects linked and unlinked again since the last flush: no link change to write, but
   * under DELETE_ORPHAN each may be an orphan (a pending child of a parent that was not in a
   * session yet, or a child moved here and then removed).
   */
  private final IdentitySet<T> dropped = new IdentitySet<>();

  protected CollectionHolder(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  /** Links {@code target} at {@code position} (-1: at the end); false if already a member. */
  protected final boolean addLinked(int position, T target) {
    Objects.requireNonNull(target, () -> relation() + " cannot hold null");
    loadUnlessDynamic();
    if (isMember(target)) {
      return false;
    }
    checkSingleParent(target);
    // The other side first: it finds the old parent by the foreign key, before this side's
    // link overwrites that key, and takes the target out of the old parent's collection.
    linkInverse(target);
    rawAdd(position, target);
    cascadeAdd(target);
    return true;
  }

  /** Unlinks {@code target}; false if it was not a member. */
  protected final boolean removeLinked(Object target) {
    loadUnlessDynamic();
    // A dynamic holder never loads, so it cannot tell a stored member from a stranger: it
    // records the removal and lets the flush find out.
    if (isLoaded() ? !index.contains(target) : removed.contains(target)) {
      return false;
    }
    @SuppressWarnings("unchecked")
    T member = (T) target;
    rawRemove(member);
    unlinkInverse(member);
    expungeIfPendingOrphan(member);
    return true;
  }

  /**
   * Makes the members exactly {@code replacement}, in its order, linking and unlinking the
   * difference; an object named twice counts once.
   */
  public final void replaceLinked(Collection<? extends T> replacement) {
    loadUnlessDynamic();
    IdentitySet<T> wanted = new IdentitySet<>();
    for (T target : replacement) {
      wanted.add(Objects.requireNonNull(target, () -> relation() + " cannot hold null"));
    }
    for (T member : new ArrayList<>(contents)) {
      if (!wanted.contains(member)) {
        removeLinked(member);
      }
    }
    for (T target : replacement) {
      addLinked(-1, target);
    }
    reorder(replacement);
  }

  /**
   * Puts {@code target} at {@code position} in place of the member there and returns that
   * member. A target already at another position trades places with it, so both stay members
   * and the size holds (what {@code Collections.swap}, {@code sort} or {@code reverse} need); a
   * new target is linked and the member it replaces unlinked.
   */
  protected final T replaceAt(int position, T target) {
    Objects.requireNonNull(target, () -> relation() + " cannot hold null");
    ensureLoaded();
    T old = contents.get(position);
    if (old == target) {
      return old;
    }
    int from = indexOfMember(target);
    if (from >= 0) {
      markAssigned();
      contents.set(from, old);
      contents.set(position, target);
      return old;
    }
    checkSingleParent(target);
    removeLinked(old);
    addLinked(position, target);
    return old;
  }

  /** Orders the loaded members as {@code order}; members it does not name keep their turn last. */
  private void reorder(Collection<? extends T> order) {
    if (!isLoaded()) {
      return;
    }
    List<T> ordered = new ArrayList<>(contents.size());
    IdentitySet<T> placed = new IdentitySet<>();
    for (T member : order) {
      if (index.contains(member) && placed.add(member)) {
        ordered.add(member);
      }
    }
    for (T member : contents) {
      if (placed.add(member)) {
        ordered.add(member);
      }
    }
    contents.clear();
    contents.addAll(ordered);
    markAssigned();
  }

  protected final T elementAt(int i) {
    ensureLoaded();
    return contents.get(i);
  }

  protected final int memberCount() {
    ensureLoaded();
    return contents.size();
  }

  protected final boolean containsMember(Object o) {
    ensureLoaded();
    return index.contains(o);
  }

  protected final int indexOfMember(Object o) {
    ensureLoaded();
    for (int i = 0; i < contents.size(); i++) {
      if (contents.get(i) == o) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public final void populate(List<T> rows) {
    contents.clear();
    index.clear();
    contents.ensureCapacity(rows.size() + added.size());
    index.reserve(rows.size() + added.size());
    for (T row : rows) {
      if (!removed.contains(row) && index.add(row)) {
        contents.add(row);
      }
    }
    for (T extra : added) {
      if (index.add(extra)) {
        contents.add(extra);
      }
    }
    markLoaded();
  }

  @Override
  public final List<T> members() {
    return isLoaded() ? List.copyOf(contents) : List.copyOf(added);
  }

  @Override
  public final Collection<T> added() {
    return Collections.unmodifiableSet(added);
  }

  @Override
  public final Collection<T> removed() {
    return Collections.unmodifiableSet(removed);
  }

  @Override
  public final Collection<T> dropped() {
    return Collections.unmodifiableSet(dropped);
  }

  @Override
  public final void clearChanges() {
    added.clear();
    removed.clear();
    dropped.clear();
  }

  @Override
  public final void forget(Object member) {
    contents.removeIf(m -> m == member);
    index.remove(member);
    added.remove(member);
    removed.remove(member);
    dropped.remove(member);
  }

  @Override
  public final void forgetAll(Set<?> gone) {
    if (!contents.isEmpty() && contents.removeIf(gone::contains)) {
      index.removeIf(gone::contains);
    }
    if (!added.isEmpty()) {
      added.removeIf(gone::contains);
    }
    if (!removed.isEmpty()) {
      removed.removeIf(gone::contains);
    }
  }

  @Override
  public final void relinkAll() {
    removed.clear();
    added.addAll(contents);
    linksChanged();
  }

  @Override
  protected final void clearContents() {
    contents.clear();
    index.clear();
  }

  @Override
  @SuppressWarnings("unchecked")
  protected final void link(Object other) {
    if (!isMember(other)) {
      rawAdd(-1, (T) other);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  protected final void unlink(Object other) {
    if (isLoaded() ? index.contains(other) : !removed.contains(other)) {
      rawRemove((T) other);
      expungeIfPendingOrphanWithoutParent((T) other);
    }
  }

  private boolean isMember(Object o) {
    return isLoaded() ? index.contains(o) : added.contains(o);
  }

  private void rawAdd(int position, T target) {
    markAssigned();
    if (isLoaded()) {
      contents.add(position < 0 ? contents.size() : position, target);
      index.add(target);
    }
    if (!removed.remove(target)) {
      added.add(target);
    }
    dropped.remove(target);
    linksChanged();
    followLinked(target);
  }

  private void rawRemove(T target) {
    markAssigned();
    if (isLoaded()) {
      contents.removeIf(member -> member == target);
      index.remove(target);
    }
    if (!added.remove(target)) {
      removed.add(target);
    } else if (relation().cascades(Cascade.DELETE_ORPHAN)) {
      dropped.add(target);
    }
    linksChanged();
    followUnlinked(target);
  }

  private void loadUnlessDynamic() {
    if (relation().loading() != Lazy.DYNAMIC) {
      ensureLoaded();
    }
  }
}
