package app;

import dev.sluice.runtime.EntityQuery;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Data access for {@link Person} through a {@link Session}: queries go through the session's identity map
 * and flush pending changes first.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class PersonDao {
  private final Session session;

  /**
   * A DAO over {@code session} (a {@link ScopedSession} works too).
   */
  public PersonDao(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * The {@code Person} with this id, if it exists.
   */
  public Optional<Person> findById(Long id) {
    return Optional.ofNullable(session.get(Person.class, id));
  }

  /**
   * Every {@code Person}, by primary key.
   */
  public List<Person> findAll() {
    return session.query(Person.class).list();
  }

  /**
   * The {@code Person} with the lowest primary key, if any.
   */
  public Optional<Person> first() {
    return session.query(Person.class).first();
  }

  /**
   * The number of rows.
   */
  public long count() {
    return session.query(Person.class).count();
  }

  /**
   * A query for the rows matching an SQL condition over column names, with named parameters:
   * {@code where("name = :name").bind("name", value).list()}.
   */
  public EntityQuery<Person> where(String condition) {
    return session.query(Person.class).where(condition);
  }

  /**
   * The {@code Person} whose unique {@code email} is {@code value}, if any.
   */
  public Optional<Person> findByEmail(String value) {
    return session.query(Person.class).where("\"email\" = :value").bind("value", value).first();
  }

  /**
   * Loads {@code logs} of every given object, in one query per 500 of them.
   */
  public void loadLogs(Collection<? extends Person> owners) {
    session.load(Person_.LOGS, owners);
  }

  /**
   * Adds the object (and what it cascades to) and flushes; its generated id is then set.
   */
  public Person insert(Person entity) {
    session.add(entity);
    session.flush();
    return entity;
  }

  /**
   * Flushes the object's changes; a detached copy is merged first. Returns the session's instance.
   */
  public Person update(Person entity) {
    Person managed = session.contains(entity) ? entity : session.merge(entity);
    session.flush();
    return managed;
  }

  /**
   * Deletes the rows matching an SQL condition over column names, binding its named parameters
   * from {@code parameters}, with the cascades of a session delete (set-based where the
   * plan allows); returns the number of rows that matched.
   */
  public int deleteWhere(String condition, Map<String, ?> parameters) {
    EntityQuery<Person> query = session.query(Person.class).where(condition);
    parameters.forEach(query::bind);
    return query.delete();
  }

  /**
   * Deletes the object (cascading as its relations say) and flushes.
   */
  public void delete(Person entity) {
    session.delete(entity);
    session.flush();
  }
}
