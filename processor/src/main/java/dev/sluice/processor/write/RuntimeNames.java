package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime (and Dagger) types generated code refers to, named without loading them. */
final class RuntimeNames {
  static final String RUNTIME = "dev.sluice.runtime";
  static final String META = "dev.sluice.runtime.meta";
  /** Not API: helpers only generated code calls. */
  static final String SUPPORT = "dev.sluice.runtime.support";
  /** Not API: what generated code builds the metamodel and its flush plans with. */
  static final String BUILD = "dev.sluice.runtime.generated";
  /** Not API: the holder implementations generated code constructs. */
  static final String HOLDERS = "dev.sluice.runtime.internal.holder";

  static final ClassName SESSION = ClassName.get(RUNTIME, "Session");
  static final ClassName SCOPED_SESSION = ClassName.get(RUNTIME, "ScopedSession");
  static final ClassName SESSION_FACTORY = ClassName.get(RUNTIME, "SessionFactory");
  static final ClassName ENTITY_QUERY = ClassName.get(RUNTIME, "EntityQuery");
  static final ClassName DIALECT = ClassName.get(RUNTIME, "Dialect");
  static final ClassName ENTITY_ROW_MAPPER = ClassName.get(RUNTIME, "EntityRowMapper");

  static final ClassName ENTITY_TYPE = ClassName.get(META, "EntityType");
  static final ClassName COLUMN = ClassName.get(META, "Column");
  static final ClassName COLUMN_TYPE = ClassName.get(META, "ColumnType");
  static final ClassName RELATION = ClassName.get(META, "Relation");
  static final ClassName FOREIGN_KEY_REF = ClassName.get(META, "ForeignKeyRef");
  static final ClassName FLUSH_PLAN = ClassName.get(BUILD, "FlushPlan");
  static final ClassName DELETE_STEP = ClassName.get(BUILD, "DeleteStep");
  static final ClassName SET_STATEMENT = ClassName.get(BUILD, "SetStatement");
  static final ClassName SCHEMA_METADATA = ClassName.get(META, "SchemaMetadata");
  static final ClassName ENTITY_MODEL = ClassName.get(BUILD, "EntityModel");
  static final ClassName ENTITY_ROWS = ClassName.get(BUILD, "EntityRows");
  static final ClassName COLUMNS = ClassName.get(BUILD, "Columns");
  static final ClassName RELATION_BUILDER = ClassName.get(BUILD, "RelationBuilder");
  static final ClassName FOREIGN_KEYS = ClassName.get(BUILD, "ForeignKeys");
  static final ClassName TABLE_DDL_BUILDER = ClassName.get(BUILD, "TableDdlBuilder");
  static final ClassName UNBOX = ClassName.get(SUPPORT, "Unbox");
  static final ClassName VALUES = ClassName.get(SUPPORT, "Values");

  /** The annotations' cascades, which the runtime's relations hold as they are. */
  static final ClassName CASCADE = ClassName.get("dev.sluice.annotations", "Cascade");

  static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final ClassName DAGGER_MODULE = ClassName.get("dagger", "Module");
  static final ClassName DAGGER_PROVIDES = ClassName.get("dagger", "Provides");
  static final ClassName SINGLETON = ClassName.get("javax.inject", "Singleton");

  private RuntimeNames() {}

  /**
   * The one implementation of a public holder type ({@code RelatedList} → {@code ListHolder}):
   * the public types are interfaces showing only the user's API, so the generated factory
   * constructs the runtime's class behind them.
   */
  static ClassName holderImplementation(ClassName holder) {
    return ClassName.get(HOLDERS, holder.simpleName().replace("Related", "") + "Holder");
  }
}
