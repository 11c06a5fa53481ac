package dev.sluice.runtime;

import dev.sluice.runtime.internal.CollectionHolder;
import dev.sluice.runtime.internal.SessionImpl;
import dev.sluice.runtime.meta.Relation;
import java.util.List;
import java.util.Optional;

/**
 * A collection side loaded {@code lazy = DYNAMIC}: a query over the related rows that never
 * loads them all. Adds and removes are kept in memory and written at the next flush.
 *
 * <p>Declare it as {@code final RelatedQuery<User> followers = User_.followers(this);}. Until
 * its owner is flushed, the query answers from the objects added in memory.
 */
public final class RelatedQuery<T> extends CollectionHolder<T> {
  /** Use the generated factory, {@code X_.field(this)}. */
  public RelatedQuery(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  /** Links {@code target}; false if it was already added. */
  public boolean add(T target) {
    return addLinked(-1, target);
  }

  /** Unlinks {@code target}. */
  public boolean remove(T target) {
    return removeLinked(target);
  }

  /** A query over the related rows, to refine with {@code where}, {@code orderBy} and so on. */
  public EntityQuery<T> query() {
    SessionImpl session = session();
    if (session == null && !isLoaded()) {
      throw new DetachedInstanceException(relation() + " is DYNAMIC and its owner is not"
          + " attached to an open session: merge the owner into a session to query it");
    }
    if (session == null || isLoaded()) {
      throw new InvalidRequestException(relation() + " is DYNAMIC and its owner is not in the"
          + " database yet: add the owner to a session and flush before querying, or use"
          + " list() to see the objects added in memory");
    }
    return session.relationQuery(ownerState(), relation());
  }

  /** Related rows matching an SQL condition over the target's column names. */
  public EntityQuery<T> where(String condition) {
    return query().where(condition);
  }

  /** Related rows in the given SQL order. */
  public EntityQuery<T> orderBy(String orderBy) {
    return query().orderBy(orderBy);
  }

  /** Every related object (from memory while the owner is new). */
  public List<T> list() {
    return isLoaded() ? members() : query().list();
  }

  /** The first related object, if any. */
  public Optional<T> first() {
    return isLoaded() ? members().stream().findFirst() : query().first();
  }

  /** The number of related objects. */
  public long count() {
    return isLoaded() ? members().size() : query().count();
  }

  @Override
  public String toString() {
    return "RelatedQuery(" + relation() + ")";
  }
}
