package dev.sluice.runtime.internal.holder;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.DetachedInstanceException;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.RelationModel;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.internal.state.SessionContext;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The state shared by every relation holder: its owner and relation, whether its contents are
 * loaded, and the session it loads from.
 *
 * <p>Changing a holder keeps the other side of the relation in sync at once through the
 * {@code link}/{@code unlink} primitives, which never call back. Foreign keys
 * follow in the primitives of the side that holds them.
 */
public abstract class Holder<T> {
  private final Object owner;
  private final Relation<Object, T> relation;
  private InstanceState state;
  private boolean loaded = true;
  /** Loaded from the database or changed, rather than empty since the owner was created. */
  private boolean assigned;
  /** See {@link #loadInverseToReplace}. */
  private boolean replacedQuietly;

  @SuppressWarnings("unchecked")
  protected Holder(Object owner, Relation<?, T> relation) {
    this.owner = owner;
    this.relation = (Relation<Object, T>) relation;
  }

  /**
   * The holder of {@code relation} on {@code owner}, as the runtime sees it; refuses a field
   * that the generated factory did not make for this relation.
   */
  @SuppressWarnings("unchecked")
  public static <T> Holder<T> of(Relation<?, T> relation, Object owner) {
    Object found = RelationModel.of((Relation<Object, T>) relation).holder(owner);
    if (found instanceof Holder<?> holder && holder.relation == relation) {
      return (Holder<T>) holder;
    }
    String what = found == null ? "null"
        : found instanceof Holder<?> holder ? "bound to " + holder.relation
        : "not made by the generated factory";
    throw new InvalidRequestException(relation + " is " + what + ": initialize the field with "
        + relation.owner().name() + "_." + relation.name() + "(this)");
  }

  /**
   * The session state the object's relation holders were last bound to: {@code null} for an
   * entity type without relations (it has no holders) or an object never attached.
   */
  public static InstanceState heldState(EntityType<?> type, Object owner) {
    return type.relations().isEmpty() ? null
        : of(type.relations().get(0), owner).ownerState();
  }

  /**
   * Binds every relation holder of the state's entity to that state, unloading them too if
   * {@code unload} (a freshly loaded object: one pass over its holders); whether any holder has
   * link changes not flushed yet.
   */
  public static boolean bindAll(InstanceState state, boolean unload) {
    boolean changed = false;
    for (Relation<Object, ?> relation : state.type.relations()) {
      Holder<?> holder = Holder.of(relation, state.entity);
      holder.bind(state);
      if (unload) {
        holder.unload();
      } else {
        changed |= holder.hasChanges() || !holder.dropped().isEmpty();
      }
    }
    return changed;
  }

  /** Marks every relation of a freshly loaded or expired object as not loaded. */
  public static void unloadAll(InstanceState state) {
    for (Relation<Object, ?> relation : state.type.relations()) {
      Holder.of(relation, state.entity).unload();
    }
  }

  /** The relation this holder belongs to. */
  public final Relation<Object, T> relation() {
    return relation;
  }

  /** The entity holding this field. */
  public final Object owner() {
    return owner;
  }

  /** Whether the contents are in memory; touching an unloaded holder loads it. */
  public boolean isLoaded() {
    return loaded;
  }

  /** Ties the holder to its owner's session state, through which it loads. */
  public final void bind(InstanceState ownerState) {
    this.state = ownerState;
  }

  /** Forgets the contents and tracked changes: the owner was loaded, expired or rolled back. */
  public void unload() {
    clearContents();
    clearChanges();
    loaded = relation.loading() == Lazy.NOLOAD;
    assigned = false;
    replacedQuietly = false;
  }

  /**
   * Whether the contents were loaded or changed: an untouched holder of a new object is empty
   * by default, which {@code merge} does not take as a value (Java has no "never set").
   */
  public final boolean wasAssigned() {
    return assigned;
  }

  /** Fills the holder from the database; changes made since the last flush stay on top. */
  public abstract void populate(List<T> rows);

  /** The members in memory now, without loading. */
  public abstract List<T> members();

  /** Objects linked since the last flush. */
  public abstract Collection<T> added();

  /** Objects unlinked since the last flush. */
  public abstract Collection<T> removed();

  /**
   * Objects linked and then unlinked again since the last flush: no row change, but candidates
   * for DELETE_ORPHAN.
   */
  public Collection<T> dropped() {
    return List.of();
  }

  /** Whether anything was linked or unlinked since the last flush. */
  public boolean hasChanges() {
    return !added().isEmpty() || !removed().isEmpty();
  }

  /** Forgets tracked changes once they are flushed. */
  public abstract void clearChanges();

  /**
   * Drops {@code member} from memory without tracking a change: its link is already gone from
   * the database (its row was deleted or its foreign key nullified by a flush).
   */
  public abstract void forget(Object member);

  /**
   * Drops every member that is in {@code gone} from memory without tracking a change: a flush
   * deleted their rows (see {@link #forget}).
   */
  public void forgetAll(Set<?> gone) {
    for (T member : members()) {
      if (gone.contains(member)) {
        forget(member);
      }
    }
  }

  /** Treats every member as newly linked: the owner became transient again after a rollback. */
  public abstract void relinkAll();

  /** Drops the in-memory members. */
  protected abstract void clearContents();

  /** The other side linked this holder's owner to {@code other}; never calls back. */
  protected abstract void link(Object other);

  /** The other side unlinked this holder's owner from {@code other}; never calls back. */
  protected abstract void unlink(Object other);

  /** The owner's state in its session, or {@code null} while the owner was never attached. */
  public final InstanceState ownerState() {
    return state;
  }

  /** Tells the owner's session, if any, that this holder linked or unlinked an object. */
  protected final void linksChanged() {
    SessionContext session = session();
    if (session != null) {
      session.linksChanged(state);
    }
  }

  /** The session of the owner, or {@code null} when the owner is transient or detached. */
  protected final SessionContext session() {
    return state == null ? null : state.session();
  }

  protected final void markLoaded() {
    loaded = true;
    assigned = true;
  }

  /** The contents were changed (linked, unlinked or reordered). */
  protected final void markAssigned() {
    assigned = true;
  }

  /** Whether the owner has no row yet: never attached, or pending. */
  protected final boolean ownerIsNew() {
    return state == null || state.status() == ObjectState.TRANSIENT
        || state.status() == ObjectState.PENDING;
  }

  /** Whether this is a many-to-one whose foreign-key columns on the owner name a row. */
  protected final boolean ownerKeySet() {
    return relation.direction() == Relation.Direction.MANY_TO_ONE
        && Keys.hasOwnerKey(relation, owner);
  }

  /** Loads the contents if needed, or explains why they cannot be. */
  protected final void ensureLoaded() {
    if (loaded) {
      return;
    }
    if (relation.loading() == Lazy.RAISE) {
      throw new InvalidRequestException(relation + " is lazy = RAISE and not loaded: load it"
          + " explicitly with " + relation.owner().name() + "Dao.load"
          + Character.toUpperCase(relation.name().charAt(0)) + relation.name().substring(1)
          + "(…) or session.load(" + relation.owner().name() + "_." + constantName()
          + ", owners)");
    }
    SessionContext session = session();
    if (session == null) {
      throw new DetachedInstanceException(relation + " of " + describeOwner() + " is not loaded"
          + " and the object is not attached to an open session, so it cannot be loaded. "
          + detachedHint());
    }
    session.loadRelation(state, relation);
  }

  /** Adds {@code target} to the owner's session when this relation cascades SAVE_UPDATE. */
  protected final void cascadeAdd(T target) {
    SessionContext session = session();
    if (target != null && session != null && relation.cascades(Cascade.SAVE_UPDATE)) {
      session.cascadeAdd(target);
    }
  }

  /**
   * Under DELETE_ORPHAN, a pending object this side just unlinked leaves the session at once,
   * as in SQLAlchemy: it was never written, so there is nothing to delete. Linking it again
   * through a SAVE_UPDATE relation adds it back.
   */
  protected final void expungeIfPendingOrphan(T target) {
    if (!relation.cascades(Cascade.DELETE_ORPHAN)) {
      return;
    }
    SessionContext session = session();
    if (session != null) {
      session.expungePendingOrphan(target);
      return;
    }
    // The owner is in no session, so no flush will see this unlink; a target pending in a
    // session of its own is marked (SQLAlchemy's "orphaned outside of session"), and that
    // flush lets it go if it has no parent by then.
    InstanceState targetState = stateOf(target);
    if (targetState != null && targetState.session() != null
        && targetState.status() == ObjectState.PENDING) {
      targetState.orphaned(relation);
    }
  }

  /** The session state of {@code target}, as its own relation holders know it, or null. */
  private InstanceState stateOf(T target) {
    for (Relation<T, ?> own : relation.target().relations()) {
      InstanceState found = of(own, target).state;
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The same when the other side did the unlinking ({@code child.parent.set(null)}), as
   * SQLAlchemy's backref does, provided the object was not moved to another parent.
   */
  protected final void expungeIfPendingOrphanWithoutParent(T target) {
    Holder<Object> inverse = inverseOf(target);
    if (inverse == null || inverse.members().isEmpty()) {
      expungeIfPendingOrphan(target);
    }
  }

  /**
   * Before this many-to-one links {@code target}: when the other side is a one-to-one's
   * single reference on {@code target} (holding no foreign key) that is not loaded, it is read
   * now, before anything changes, so that the object it will replace is known and the flush
   * clears that object's key (SQLAlchemy 1.4 loads it as history). As there, the replaced
   * object is not told: a reference it has loaded shows the old owner until the flush.
   */
  protected final void loadInverseToReplace(T target) {
    Holder<Object> inverse = inverseOf(target);
    if (inverse != null && !inverse.relation.isCollection() && inverse.relation.foreignKeyOnTarget()
        && !inverse.loaded && inverse.session() != null
        && inverse.relation.loading() != Lazy.RAISE) {
      inverse.ensureLoaded();
      inverse.replacedQuietly = true;
    }
  }

  /**
   * Whether the contents were read only to learn what a link through the other side replaces
   * (see {@link #loadInverseToReplace}); reading the answer resets it.
   */
  protected final boolean takeReplacedQuietly() {
    boolean quiet = replacedQuietly;
    replacedQuietly = false;
    return quiet;
  }

  /** Tells the other side, on {@code target}, that it is now linked to the owner. */
  protected final void linkInverse(T target) {
    Holder<Object> inverse = inverseOf(target);
    if (inverse != null) {
      inverse.link(owner);
    }
  }

  /** Tells the other side, on {@code target}, that it is no longer linked to the owner. */
  protected final void unlinkInverse(T target) {
    Holder<Object> inverse = inverseOf(target);
    if (inverse != null) {
      inverse.unlink(owner);
    }
  }

  /**
   * Rejects a second parent for the target of a single-parent relation. The other side's
   * holder names the target's parents; without a backref the relation remembers the owner
   * that last linked each target, which counts while it still holds the target.
   */
  protected final void checkSingleParent(T target) {
    if (!relation.singleParent()) {
      return;
    }
    Holder<Object> inverse = inverseOf(target);
    if (inverse == null) {
      checkLastParent(target);
      return;
    }
    for (Object parent : inverse.members()) {
      if (parent != owner) {
        throw secondParent();
      }
    }
  }

  private void checkLastParent(T target) {
    LastParents parents = LastParents.of(relation);
    Object last = parents.ownerOf(target);
    if (last != null && last != owner && holdsMember(of(relation, last), target)) {
      throw secondParent();
    }
    parents.linked(target, owner);
  }

  private static boolean holdsMember(Holder<?> holder, Object target) {
    for (Object member : holder.members()) {
      if (member == target) {
        return true;
      }
    }
    return false;
  }

  private InvalidRequestException secondParent() {
    return new InvalidRequestException("This " + relation.target().name() + " is already"
        + " linked to another " + relation.owner().name() + " through " + relation
        + ", which is single-parent: unlink it there first");
  }

  private Holder<Object> inverseOf(T target) {
    Relation<T, Object> inverse = relation.inverse();
    return inverse == null ? null : of(inverse, target);
  }

  /** Keeps the foreign key of whichever side holds it in line with a new link. */
  protected final void followLinked(T target) {
    Keys.followLinked(relation, owner, target);
  }

  /** Clears the owner's foreign key of a many-to-one whose previous target is unknown. */
  protected final void clearOwnerKey() {
    Keys.clearOwnerKey(relation, owner);
  }

  /** Keeps the foreign key of whichever side holds it in line with a removed link. */
  protected final void followUnlinked(T target) {
    Keys.followUnlinked(relation, owner, target);
  }

  /** What to do about an unloaded relation of a detached object, by how the relation loads. */
  private String detachedHint() {
    String load = relation.owner().name() + "Dao.load"
        + Character.toUpperCase(relation.name().charAt(0)) + relation.name().substring(1)
        + "(…)";
    if (relation.loading() == Lazy.SELECTIN
        || relation.loading() == Lazy.JOINED) {
      return "It loads with its owner (lazy = " + relation.loading() + "), so it was reset"
          + " after that load (expire, refresh or rollback) or the owner was not loaded by a"
          + " query: read the object again before the session closes, call " + load
          + " while it is open, or merge() the object into a session.";
    }
    return "Touch it (or call " + load + ") before the session closes, declare it lazy ="
        + " SELECTIN or JOINED to load it with its owner, or merge() the object into a"
        + " session.";
  }

  private String constantName() {
    return relation.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private String describeOwner() {
    return state != null ? state.describe() : relation.owner().name();
  }
}
