package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.DetachedInstanceException;
import dev.sluice.runtime.EntityQuery;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.RelatedQuery;
import dev.sluice.runtime.internal.state.SessionContext;
import dev.sluice.runtime.meta.Relation;
import java.util.List;
import java.util.Optional;

/**
 * The one implementation of {@link RelatedQuery}: a collection holder that never loads, so it
 * tracks only what was added and removed, and queries for the rest.
 */
public final class QueryHolder<T> extends CollectionHolder<T> implements RelatedQuery<T> {
  /** Made by the generated factory, {@code X_.field(this)}. */
  public QueryHolder(Object owner, Relation<?, T> relation) {
    super(owner, relation);
  }

  @Override
  public boolean add(T target) {
    return addLinked(-1, target);
  }

  @Override
  public boolean remove(T target) {
    return removeLinked(target);
  }

  @Override
  public EntityQuery<T> query() {
    SessionContext session = session();
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

  @Override
  public EntityQuery<T> where(String condition) {
    return query().where(condition);
  }

  @Override
  public EntityQuery<T> orderBy(String orderBy) {
    return query().orderBy(orderBy);
  }

  @Override
  public List<T> list() {
    return isLoaded() ? members() : query().list();
  }

  @Override
  public Optional<T> first() {
    return isLoaded() ? members().stream().findFirst() : query().first();
  }

  @Override
  public long count() {
    return isLoaded() ? members().size() : query().count();
  }

  @Override
  public String toString() {
    return "RelatedQuery(" + relation() + ")";
  }
}
