package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Hierarchy;
import dev.sluice.processor.model.HierarchyTable;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes what a class of a hierarchy adds to its metamodel: the root its keys are filed under,
 * the condition that selects its rows, what its rows are read from when subclasses have tables
 * of their own, the class a row's discriminator names and the identity a new object is
 * inserted with (and no other).
 */
final class HierarchyWriter {
  private final Schema schema;
  private final Entity entity;
  private final ClassName entityName;
  private final Hierarchy hierarchy;

  HierarchyWriter(Schema schema, Entity entity, ClassName entityName) {
    this.schema = schema;
    this.entity = entity;
    this.entityName = entityName;
    this.hierarchy = entity.hierarchy();
  }

  void write(CodeText type) {
    Column discriminator = entity.column(hierarchy.discriminator());
    int index = entity.indexOf(hierarchy.discriminator());
    if (entity.isSubclass()) {
      Entity root = schema.entity(hierarchy.root());
      FieldAccessWriter.override(type, "$T<?> identityRoot()", RuntimeNames.ENTITY_MODEL)
          .line("return $T.of($T.TYPE);", RuntimeNames.ENTITY_MODEL,
              Sources.sibling(root, "_")).close();
      String condition = hierarchy.identities().isEmpty() ? "1 = 0"
          : "." + SqlNames.quote(discriminator.name()) + " IN ("
              + hierarchy.identities().stream().map(HierarchyWriter::literal)
                  .collect(Collectors.joining(", ")) + ")";
      FieldAccessWriter.override(type, "String typeCondition(String alias)")
          .line(hierarchy.identities().isEmpty() ? "return $S;" : "return alias + $S;",
              condition).close();
    }
    FieldAccessWriter.override(type, "int discriminatorColumn()").line("return $L;", index)
        .close();
    if (hierarchy.isJoined()) {
      FieldAccessWriter.override(type, "String readFrom()").line("return $S;", readFrom())
          .close();
    }
    FieldAccessWriter.override(type, "$T<?> rowType($T[] values)", RuntimeNames.ENTITY_MODEL,
        ClassName.OBJECT).line("$T identity = values[$L];", ClassName.OBJECT, index);
    List<String> identities = hierarchy.identities();
    if (!identities.isEmpty()) {
      type.open("if (identity instanceof String)").open("switch ((String) identity)");
      for (String identity : identities) {
        Entity concrete = schema.entity(hierarchy.concrete().get(identity));
        type.line("case $S: return $T.of($T.TYPE);", identity, RuntimeNames.ENTITY_MODEL,
            Sources.sibling(concrete, "_"));
      }
      type.line("default: break;").close().close();
    }
    if (entity.isSubclass()) {
      // another class of the hierarchy, or none: the root's switch knows every identity
      Entity root = schema.entity(hierarchy.root());
      type.line("throw notASubclass($S, identity, $T.of($T.TYPE).rowType(values), $S, $S);",
          entity.baseTable(), RuntimeNames.ENTITY_MODEL, Sources.sibling(root, "_"),
          entity.simpleName(), root.simpleName());
    } else {
      type.line("throw unknownIdentity($S, identity, $S);", entity.baseTable(),
          String.join(", ", identities));
    }
    type.close();
    if (hierarchy.identity() != null) {
      CodeText value = FieldAccessWriter.read(discriminator);
      FieldAccessWriter.override(type, "void stampIdentity($T entity)", entityName)
          .open("if ($L == null)", value)
          .line(discriminator.access().direct() ? "entity.$L = $S;" : "entity.$L($S);",
              discriminator.access().direct() ? discriminator.field()
                  : discriminator.access().setter(), hierarchy.identity())
          .close()
          .open("if (!$S.equals($L))", hierarchy.identity(), value)
          .line("throw wrongIdentity($S, $S, $L, $S);", entity.simpleName(),
              discriminator.field(), value, hierarchy.identity())
          .close().close();
    }
  }

  /**
   * Every table of the hierarchy, each LEFT OUTER JOINed to its superclass's by key, as one
   * derived table whose columns are the hierarchy's by name: a row of any class is one row of
   * it, the columns of tables it has no row in NULL (SQLAlchemy's {@code with_polymorphic="*"}
   * in one statement, rather than a SELECT per subclass).
   */
  private String readFrom() {
    List<HierarchyTable> tables = hierarchy.tables();
    List<String> select = new ArrayList<>();
    for (Column column : entity.tableColumns()) {
      HierarchyTable holder = hierarchy.tableHolding(column);
      select.add("r" + tables.indexOf(holder) + "." + SqlNames.quote(column.name()));
    }
    StringBuilder from = new StringBuilder(SqlNames.quote(tables.get(0).name()) + " r0");
    for (int t = 1; t < tables.size(); t++) {
      HierarchyTable table = tables.get(t);
      int parent = 0;
      while (!tables.get(parent).name().equals(table.parentTable())) {
        parent++;
      }
      from.append(" LEFT OUTER JOIN ").append(SqlNames.quote(table.name())).append(" r")
          .append(t).append(" ON r").append(t).append('.')
          .append(SqlNames.quote(table.keyColumn())).append(" = r").append(parent).append('.')
          .append(SqlNames.quote(tables.get(parent).keyColumn()));
    }
    return "(SELECT " + String.join(", ", select) + " FROM " + from + ")";
  }

  /** A SQL string literal. */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
