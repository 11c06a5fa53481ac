package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.RelatedRef;
import dev.sluice.runtime.internal.state.SessionContext;
import dev.sluice.runtime.meta.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one implementation of {@link RelatedRef}: the value, the value at the last flush, and
 * whether it changed since.
 */
public final class RefHolder<T> extends Holder<T> implements RelatedRef<T> {
  private T value;
  private T original;
  private boolean changed;

  /** Made by the generated factory, {@code X_.field(this)}. */
  public RefHolder(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  @Override
  public T get() {
    ensureLoaded();
    return value;
  }

  @Override
  public Optional<T> optional() {
    return Optional.ofNullable(get());
  }

  @Override
  public void set(T target) {
    if (relation().foreignKeyOnTarget() || oldTargetUnknown()) {
      ensureLoaded(); // the replaced object may become an orphan, so it must be known
    }
    T old = peek();
    if (old == target && isLoaded()) {
      markAssigned(); // setting the value it has is still an assignment, for merge
      if (target == null && ownerIsNew() && ownerKeySet()) {
        // A new object's reference set to nobody overrides a key set by hand, as SQLAlchemy's
        // attribute event does; a persistent object's unchanged reference leaves the key alone.
        clearOwnerKey();
      }
      return;
    }
    if (target != null) {
      checkSingleParent(target);
      loadInverseToReplace(target);
    }
    rawSet(old, target);
    if (old == null && target == null
        && relation().direction() == Relation.Direction.MANY_TO_ONE) {
      // The old target is neither loaded nor in the session, so nothing cleared the key:
      // setting nobody must still write NULL, as SQLAlchemy does without loading it.
      clearOwnerKey();
    }
    if (old != null && old != target) {
      unlinkInverse(old);
      expungeIfPendingOrphan(old);
    }
    if (target != null) {
      linkInverse(target);
    }
    cascadeAdd(target);
  }

  @Override
  public void clear() {
    set(null);
  }

  @Override
  public void populate(List<T> rows) {
    if (!changed) {
      value = rows.isEmpty() ? null : rows.get(0);
      original = value;
    }
    markLoaded();
  }

  @Override
  public List<T> members() {
    return value == null ? List.of() : List.of(value);
  }

  @Override
  public Collection<T> added() {
    return changed && value != null && value != original ? List.of(value) : List.of();
  }

  @Override
  public Collection<T> removed() {
    return changed && original != null && original != value ? List.of(original) : List.of();
  }

  @Override
  public boolean hasChanges() {
    return changed && original != value;
  }

  @Override
  public void clearChanges() {
    changed = false;
    original = value;
  }

  @Override
  public void forget(Object member) {
    if (value == member) {
      value = null;
    }
    if (original == member) {
      original = null;
    }
  }

  @Override
  public void relinkAll() {
    original = null;
    changed = value != null;
    linksChanged();
  }

  @Override
  protected void clearContents() {
    value = null;
  }

  @Override
  @SuppressWarnings("unchecked")
  protected void link(Object other) {
    boolean quiet = takeReplacedQuietly();
    T old = peek();
    if (old == other) {
      return;
    }
    rawSet(old, (T) other);
    if (old != null && !quiet) {
      unlinkInverse(old);
    }
  }

  @Override
  protected void unlink(Object other) {
    T old = peek();
    if (old == other) {
      rawSet(old, null);
    }
  }

  /**
   * Unloaded in a session, with a foreign key naming a row that is not in memory: the old
   * target must be read, or replacing it could neither unlink it nor clear the key.
   */
  private boolean oldTargetUnknown() {
    return !isLoaded() && session() != null && ownerKeySet() && peek() == null;
  }

  /** The current value without SQL: loaded, or found in the session's identity map. */
  private T peek() {
    if (isLoaded()) {
      return value;
    }
    SessionContext session = session();
    return session == null ? null : session.peekReference(relation(), owner());
  }

  private void rawSet(T old, T target) {
    if (!changed) {
      original = old;
      changed = true;
    }
    linksChanged();
    if (old != null && old != target) {
      followUnlinked(old);
    }
    value = target;
    markLoaded();
    if (target != null) {
      followLinked(target);
    }
  }

  @Override
  public String toString() {
    return isLoaded() ? String.valueOf(value) : "[not loaded]";
  }
}
