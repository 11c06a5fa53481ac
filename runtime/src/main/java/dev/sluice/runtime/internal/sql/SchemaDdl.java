package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.Identifiers;
import dev.sluice.runtime.meta.SchemaMetadata;
import dev.sluice.runtime.meta.TableDdl;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Runs a schema's generated DDL: creates what is missing, drops what exists. */
public final class SchemaDdl {
  private SchemaDdl() {}

  /** Creates missing tables in order, then adds the cycle-closing constraints of new tables. */
  public static void createAll(Handle handle, SchemaMetadata schema, Dialect dialect) {
    List<TableDdl> created = new ArrayList<>();
    for (TableDdl table : schema.tables()) {
      if (!exists(handle, dialect, table.table())) {
        handle.execute(table.createTable(dialect));
        table.createIndexes().forEach(handle::execute);
        created.add(table);
      }
    }
    for (TableDdl table : created) {
      table.addConstraints(dialect).forEach(handle::execute);
    }
  }

  /** Clears post-update references, drops cycle constraints, then drops tables in reverse. */
  public static void dropAll(Handle handle, SchemaMetadata schema, Dialect dialect) {
    List<TableDdl> existing = new ArrayList<>();
    for (TableDdl table : schema.tables()) {
      if (exists(handle, dialect, table.table())) {
        existing.add(0, table);
      }
    }
    for (TableDdl table : existing) {
      table.clearBeforeDrop().forEach(handle::execute);
    }
    for (TableDdl table : existing) {
      table.dropConstraints(dialect).forEach(handle::execute);
    }
    for (TableDdl table : existing) {
      handle.execute(table.dropTable());
    }
  }

  /** Whether the table exists (in the current schema, for PostgreSQL). */
  public static boolean exists(Handle handle, Dialect dialect, String table) {
    switch (dialect) {
      case SQLITE:
        return handle.createQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
            + " AND name = :name").bind("name", table).mapTo(Integer.class).one() > 0;
      case POSTGRESQL:
        return handle.createQuery("SELECT to_regclass(:name) IS NOT NULL")
            .bind("name", Identifiers.quote(table)).mapTo(Boolean.class).one();
      default:
        throw new IllegalStateException("unknown dialect " + dialect);
    }
  }
}
