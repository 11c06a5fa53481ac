package dev.sluice.runtime.internal;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.internal.sql.SchemaDdl;
import dev.sluice.runtime.internal.state.DetachedStates;
import dev.sluice.runtime.meta.SchemaMetadata;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * What a session takes from the factory that opens it: the database, the schema, the settings
 * and the factory's memory of detached objects. The session reads this value, never the
 * factory, so the implementation does not depend on the API's entry point; and it is the one
 * class of the implementation the factory names: it opens the sessions and runs the DDL.
 */
public record SessionConfig(Jdbi jdbi, SchemaMetadata schema, Dialect dialect,
    boolean autoflush, boolean setBasedDeletes, DetachedStates detached) {
  /** Checks that the database, schema, dialect and detached states are given. */
  public SessionConfig {
    Objects.requireNonNull(jdbi, "jdbi");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(detached, "detached");
  }

  /** The defaults: autoflush and set-based deletes on, and a new memory of detached objects. */
  public static SessionConfig of(Jdbi jdbi, SchemaMetadata schema, Dialect dialect) {
    return new SessionConfig(jdbi, schema, dialect, true, true,
        new DetachedStates(new HolderStates(schema)));
  }

  /** A new session over this configuration. */
  public Session openSession() {
    return new SessionImpl(this);
  }

  /** Creates the tables, indexes and constraints that do not exist yet, in dependency order. */
  public void createAll() {
    jdbi.useTransaction(handle -> SchemaDdl.createAll(handle, schema, dialect));
  }

  /** Drops the schema's tables that exist, dependents first. */
  public void dropAll() {
    jdbi.useTransaction(handle -> SchemaDdl.dropAll(handle, schema, dialect));
  }

  /** The same with autoflush on or off. */
  public SessionConfig withAutoflush(boolean enabled) {
    return new SessionConfig(jdbi, schema, dialect, enabled, setBasedDeletes, detached);
  }

  /** The same with set-based deletes on or off. */
  public SessionConfig withSetBasedDeletes(boolean enabled) {
    return new SessionConfig(jdbi, schema, dialect, autoflush, enabled, detached);
  }
}
