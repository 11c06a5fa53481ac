package dev.sluice.runtime;

import dev.sluice.runtime.internal.SessionConfig;
import dev.sluice.runtime.meta.SchemaMetadata;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes sessions for one schema over one Jdbi, as SQLAlchemy's {@code sessionmaker}; also
 * creates and drops the schema's tables. Thread-safe; keep one per database.
 */
public final class SessionFactory {
  private final SessionConfig config;

  private SessionFactory(SessionConfig config) {
    this.config = config;
  }

  /** A factory whose dialect is read from the database's JDBC URL (one connection is opened). */
  public static SessionFactory create(Jdbi jdbi, SchemaMetadata schema) {
    String url;
    try {
      url = jdbi.withHandle(handle -> handle.getConnection().getMetaData().getURL());
    } catch (SQLException e) {
      throw new SluiceException("Cannot read the database's JDBC URL to choose a dialect;"
          + " pass the Dialect to SessionFactory.create: " + e.getMessage(), e);
    }
    return create(jdbi, schema, Dialect.fromUrl(url));
  }

  /** A factory for a known dialect. */
  public static SessionFactory create(Jdbi jdbi, SchemaMetadata schema, Dialect dialect) {
    return new SessionFactory(SessionConfig.of(jdbi, schema, dialect));
  }

  /** A copy whose sessions flush before queries ({@code true}, the default) or not. */
  public SessionFactory withAutoflush(boolean enabled) {
    return new SessionFactory(config.withAutoflush(enabled));
  }

  /**
   * A copy whose sessions delete the unloaded children of deleted objects with the
   * compile-time set-based statements ({@code true}, the default), or load them and delete row
   * by row as SQLAlchemy does ({@code false}). The final rows are the same either way.
   */
  public SessionFactory withSetBasedDeletes(boolean enabled) {
    return new SessionFactory(config.withSetBasedDeletes(enabled));
  }

  /** A new session; close it when done. */
  public Session openSession() {
    return config.openSession();
  }

  /** Creates the tables, indexes and constraints that do not exist yet, in dependency order. */
  public void createAll() {
    config.createAll();
  }

  /** Drops the schema's tables that exist, dependents first. */
  public void dropAll() {
    config.dropAll();
  }

  /** The Jdbi the sessions take their connections from. */
  public Jdbi jdbi() {
    return config.jdbi();
  }

  /** The schema whose entities the sessions map. */
  public SchemaMetadata schema() {
    return config.schema();
  }

  /** The database's dialect. */
  public Dialect dialect() {
    return config.dialect();
  }

  /** Whether deletes reach unloaded children with set-based statements. */
  public boolean setBasedDeletes() {
    return config.setBasedDeletes();
  }

  /** Whether sessions flush before queries and lazy loads. */
  public boolean autoflush() {
    return config.autoflush();
  }
}
