package dev.sluice.runtime;

import dev.sluice.runtime.meta.Relation;
import java.util.Collection;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A registry of one session per thread, as SQLAlchemy's {@code scoped_session}: every call goes
 * to the current thread's session, opened on first use. Call {@link #remove()} at the end of a
 * unit of work (a request, a job) to close it.
 */
public final class ScopedSession implements Session {
  private final SessionFactory factory;
  private final ThreadLocal<Session> current = new ThreadLocal<>();

  /** A scoped session whose threads each open their session from {@code factory}. */
  public ScopedSession(SessionFactory factory) {
    this.factory = factory;
  }

  /** The current thread's session, opened if there is none. */
  public Session current() {
    Session session = current.get();
    if (session == null) {
      session = factory.openSession();
      current.set(session);
    }
    return session;
  }

  /** Closes the current thread's session, if any, and forgets it. */
  public void remove() {
    Session session = current.get();
    current.remove();
    if (session != null) {
      session.close();
    }
  }

  @Override
  public void add(Object entity) {
    current().add(entity);
  }

  @Override
  public void addAll(Collection<?> entities) {
    current().addAll(entities);
  }

  @Override
  public void delete(Object entity) {
    current().delete(entity);
  }

  @Override
  public <T> T get(Class<T> type, Object id) {
    return current().get(type, id);
  }

  @Override
  public <T> EntityQuery<T> query(Class<T> type) {
    return current().query(type);
  }

  @Override
  public <O> void load(Relation<O, ?> relation, Collection<? extends O> owners) {
    current().load(relation, owners);
  }

  @Override
  public void flush() {
    current().flush();
  }

  @Override
  public void commit() {
    current().commit();
  }

  @Override
  public void rollback() {
    current().rollback();
  }

  /** Closes the current thread's session, like {@link #remove()}. */
  @Override
  public void close() {
    remove();
  }

  @Override
  public void expunge(Object entity) {
    current().expunge(entity);
  }

  @Override
  public void expungeAll() {
    current().expungeAll();
  }

  @Override
  public <T> T merge(T entity) {
    return current().merge(entity);
  }

  @Override
  public void refresh(Object entity) {
    current().refresh(entity);
  }

  @Override
  public void expire(Object entity) {
    current().expire(entity);
  }

  @Override
  public boolean contains(Object entity) {
    return current().contains(entity);
  }

  @Override
  public ObjectState state(Object entity) {
    return current().state(entity);
  }

  @Override
  public boolean isModified(Object entity) {
    return current().isModified(entity);
  }

  @Override
  public Set<Object> newObjects() {
    return current().newObjects();
  }

  @Override
  public Set<Object> dirtyObjects() {
    return current().dirtyObjects();
  }

  @Override
  public Set<Object> deletedObjects() {
    return current().deletedObjects();
  }

  @Override
  public boolean isActive() {
    return current().isActive();
  }

  @Override
  public Handle handle() {
    return current().handle();
  }

  /** The factory each thread's session is opened from. */
  public SessionFactory factory() {
    return factory;
  }
}
