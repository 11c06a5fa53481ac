package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.JoinCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Infers how a many-to-many side joins through its association table: from the table's
 * foreign keys to each side, or from {@code primaryJoin} (owner to table) and
 * {@code secondaryJoin} (table to target), which a self-referential one needs.
 */
final class SecondaryJoinResolver {
  private final Reporter reporter;
  /** The root entity of each class of a single-table hierarchy, by qualified name. */
  private final Map<String, String> roots;

  SecondaryJoinResolver(Reporter reporter, Map<String, String> roots) {
    this.reporter = reporter;
    this.roots = roots;
  }

  /** One side of the association: entity fields and the table's columns equal to them. */
  private record Side(List<String> fields, List<String> columns) {}

  Join resolve(Entity owner, FieldDecl field, Entity target, AnnotationMirror mirror,
      Association table) {
    String described = owner.simpleName() + "." + field.name();
    boolean self = owner.qualifiedName().equals(target.qualifiedName());
    String primary = field.relationship().primaryJoin();
    String secondary = field.relationship().secondaryJoin();
    if (self && (primary.isEmpty() || secondary.isEmpty())) {
      String id = owner.ids().get(0).field();
      reporter.report(Diagnostic.SELF_MANY_TO_MANY_NEEDS_JOINS, Position.of(field.element(),
          mirror), described, table.simpleName(), owner.simpleName(), owner.simpleName(), id,
          table.simpleName(), owner.simpleName(), id, table.simpleName());
      return null;
    }
    // of two sides inferred from the table's keys, the one with no key is the mistake
    // (a key aimed at the wrong entity): report that one
    boolean targetFirst = primary.isEmpty() && secondary.isEmpty()
        && keysTo(table, target).isEmpty();
    Side targetSide = targetFirst ? byKey(target, owner, table, field, mirror) : null;
    if (targetFirst && targetSide == null) {
      return null;
    }
    Side ownerSide = primary.isEmpty() ? byKey(owner, target, table, field, mirror)
        : byCondition(owner, table, primary, "primaryJoin", field, mirror, described);
    if (ownerSide == null) {
      return null;
    }
    if (!targetFirst) {
      targetSide = secondary.isEmpty() ? byKey(target, owner, table, field, mirror)
          : byCondition(target, table, secondary, "secondaryJoin", field, mirror, described);
    }
    if (targetSide == null) {
      return null;
    }
    return new Join(Direction.MANY_TO_MANY, ownerSide.fields(), targetSide.fields(),
        table.qualifiedName(), ownerSide.columns(), targetSide.columns(), List.of());
  }

  private Side byKey(Entity side, Entity other, Association table, FieldDecl field,
      AnnotationMirror mirror) {
    List<Column> keys = keysTo(table, side);
    if (keys.size() != 1) {
      reporter.report(Diagnostic.ASSOCIATION_KEYS, Position.of(field.element(), mirror,
          "secondary"), table.simpleName(), keys.size(), side.simpleName(),
          keysTo(table, other).size(), other.simpleName());
      return null;
    }
    Column key = keys.get(0);
    return new Side(List.of(key.foreignKey().referencedField()), List.of(key.name()));
  }

  /**
   * The table's keys to the side: to its class, or, for a class of a single-table hierarchy,
   * to the hierarchy's root, whose table holds its rows too.
   */
  private List<Column> keysTo(Association table, Entity side) {
    List<Column> keys = new ArrayList<>();
    String root = roots.getOrDefault(side.qualifiedName(), side.qualifiedName());
    for (Column column : table.columns()) {
      String referenced = column.foreignKey() == null ? null
          : column.foreignKey().referencedEntity();
      if (side.qualifiedName().equals(referenced) || root.equals(referenced)) {
        keys.add(column);
      }
    }
    return keys;
  }

  private Side byCondition(Entity side, Association table, String text, String attribute,
      FieldDecl field, AnnotationMirror mirror, String described) {
    JoinCondition condition;
    try {
      condition = JoinCondition.parse(text);
    } catch (JoinCondition.SyntaxError e) {
      reporter.report(Diagnostic.MALFORMED_JOIN, Position.of(field.element(), mirror,
          attribute), attribute, described, e.getMessage());
      return null;
    }
    List<String> fields = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (JoinCondition.Equality equality : condition.equalities()) {
      JoinCondition.Ref entityRef = equality.left().type().equals(table.simpleName())
          ? equality.right() : equality.left();
      JoinCondition.Ref tableRef = entityRef == equality.left() ? equality.right()
          : equality.left();
      if (!entityRef.type().equals(side.simpleName())
          || !tableRef.type().equals(table.simpleName())) {
        reporter.report(Diagnostic.MALFORMED_JOIN, Position.of(field.element(), mirror,
            attribute), attribute, described, "\"" + equality.left() + " = " + equality.right()
                + "\" does not compare a field of " + side.simpleName() + " with a field of "
                + table.simpleName());
        return null;
      }
      Column entityColumn = side.column(entityRef.field());
      Column tableColumn = table.column(tableRef.field());
      if (entityColumn == null || tableColumn == null) {
        JoinCondition.Ref missing = entityColumn == null ? entityRef : tableRef;
        List<String> known = (entityColumn == null ? side.columns() : table.columns()).stream()
            .map(Column::field).toList();
        reporter.report(Diagnostic.JOIN_UNKNOWN_FIELD, Position.of(field.element(), mirror,
            attribute), attribute, described, missing, "which is not a column of "
                + missing.type() + Spelling.hint(missing.field(), known));
        return null;
      }
      fields.add(entityColumn.field());
      columns.add(tableColumn.name());
    }
    return new Side(fields, columns);
  }
}
