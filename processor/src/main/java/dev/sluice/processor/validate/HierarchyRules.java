package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.HierarchyDecl;
import dev.sluice.processor.parse.SchemaDecl;
import dev.sluice.processor.parse.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks classes mapped as one hierarchy: a root naming a String discriminator, a distinct
 * identity per concrete class, subclasses keyed by the root's id, each in its superclass's
 * table (with nullable columns of its own) or in a table of its own, and no column name
 * mapped twice.
 */
final class HierarchyRules {
  private final Reporter reporter;

  HierarchyRules(Reporter reporter) {
    this.reporter = reporter;
  }

  /** What one class's annotations say about its hierarchy. */
  void checkClass(EntityDecl entity) {
    HierarchyDecl hierarchy = entity.hierarchy();
    if (hierarchy == null) {
      return;
    }
    Position where = Position.of(entity.element(), entity.entity());
    Object root = hierarchy.root().getSimpleName();
    if (entity.entitySuperclass() != null && hierarchy.discriminator() == null) {
      Object superclass = entity.entitySuperclass().getSimpleName();
      reporter.report(Diagnostic.ENTITY_EXTENDS_ENTITY, where, entity.simpleName(), superclass,
          root, root, superclass);
      return;
    }
    if (hierarchy.polymorphicOn() != null && entity.entitySuperclass() != null) {
      reporter.report(Diagnostic.POLYMORPHIC_ON_SUBCLASS, Position.of(entity.element(),
          hierarchy.polymorphicOn()), entity.simpleName(), root, root);
    } else if (hierarchy.polymorphicOn() != null) {
      checkDiscriminator(entity, hierarchy);
    }
    if (hierarchy.keyJoin() != null && !entity.isJoinedSubclass()) {
      reporter.report(Diagnostic.KEY_JOIN_NOT_JOINED, Position.of(entity.element(),
          hierarchy.keyJoin()), entity.simpleName(), entity.entitySuperclass() == null
              ? "extends no @Entity" : "shares table \"" + entity.table() + "\" of "
              + entity.entitySuperclass().getSimpleName(), entity.simpleName());
      return;
    }
    if (hierarchy.keyPassiveDeletes() && !hierarchy.keyConstraint()) {
      reporter.report(Diagnostic.KEY_JOIN_PASSIVE_WITHOUT_KEY, Position.of(entity.element(),
          hierarchy.keyJoin(), "passiveDeletes"), entity.simpleName(), entity.table());
      return;
    }
    if (hierarchy.identityMirror() != null && hierarchy.discriminator() == null) {
      reporter.report(Diagnostic.IDENTITY_WITHOUT_HIERARCHY, Position.of(entity.element(),
          hierarchy.identityMirror()), entity.simpleName());
    } else if (hierarchy.identityMirror() != null && entity.isAbstract()) {
      reporter.report(Diagnostic.ABSTRACT_WITH_IDENTITY, Position.of(entity.element(),
          hierarchy.identityMirror()), entity.simpleName(), entity.simpleName());
    } else if (hierarchy.identity() == null && !entity.isAbstract()) {
      reporter.report(Diagnostic.NO_POLYMORPHIC_IDENTITY, where, entity.simpleName(), root);
    }
  }

  private void checkDiscriminator(EntityDecl entity, HierarchyDecl hierarchy) {
    String name = hierarchy.discriminator();
    List<String> columns = new ArrayList<>();
    FieldDecl named = null;
    for (FieldDecl field : entity.fields()) {
      if (field.role() == FieldDecl.Role.COLUMN) {
        columns.add(field.name());
      }
      if (field.name().equals(name)) {
        named = field;
      }
    }
    String problem = null;
    if (named != null && named.role() == FieldDecl.Role.UNSUPPORTED) {
      return; // the field's own error (E103) says what to use
    } else if (named == null) {
      problem = "which is not a field of " + entity.simpleName() + Spelling.hint(name, columns);
    } else if (named.role() != FieldDecl.Role.COLUMN || named.kind() != ValueKind.STRING) {
      problem = "field " + name + " of type " + named.element().asType()
          + ", not a String column";
    } else if (named.id() != null && entity.fields().stream().filter(field -> field.id() != null
        && field.role() == FieldDecl.Role.COLUMN).count() == 1) {
      problem = "its @Id"; // with several, E102 asks which one is meant
    }
    if (problem != null) {
      reporter.report(Diagnostic.DISCRIMINATOR_NOT_A_COLUMN, Position.of(entity.element(),
          hierarchy.polymorphicOn(), "value"), name, entity.simpleName(), problem,
          entity.simpleName());
    }
  }

  /**
   * A field of a subclass: keyed by the root's id, and nullable when the rows of other classes
   * share its table; whether the field is fine for the class's own id count.
   */
  boolean checkSubclassField(EntityDecl entity, FieldDecl field, String described) {
    if (!entity.isPolymorphicSubclass() || field.inherited() != null
        && field.inherited().fromEntity()) {
      return true;
    }
    if (field.id() != null) {
      reporter.report(Diagnostic.SUBCLASS_ID, Position.of(field.element(), field.id()),
          described, entity.simpleName(), entity.hierarchy().root().getSimpleName());
      return false;
    }
    if (field.role() == FieldDecl.Role.COLUMN && !entity.isJoinedSubclass()) {
      String why = field.primitive() ? "of primitive type " + field.javaType()
          : field.column() != null && !field.column().nullable() ? "declared nullable = false"
          : null;
      if (why != null) {
        reporter.report(Diagnostic.SUBCLASS_COLUMN_NOT_NULL, Position.of(field.element()),
            described, entity.simpleName(), why, entity.table(), entity.simpleName());
      }
    }
    return true;
  }

  /**
   * Checks across the listed classes: a subclass's root is listed, identities are distinct
   * and no column of a shared table is mapped by two classes. Classes found wrong are added to
   * {@code invalid}.
   */
  void checkSchema(SchemaDecl schema, List<EntityDecl> checked, Set<String> invalid) {
    Map<String, EntityDecl> listed = new HashMap<>();
    schema.listed().forEach(item -> listed.put(item.entity().qualifiedName(), item.entity()));
    Map<String, EntityDecl> identities = new HashMap<>();
    Map<String, FieldDecl> columns = new HashMap<>();
    Map<FieldDecl, EntityDecl> columnOwners = new HashMap<>();
    // the key column of each joined table, which no column of a class in that table may name
    Map<String, String> keyColumns = new HashMap<>();
    for (EntityDecl entity : checked) {
      if (entity.isJoinedSubclass() && !invalid.contains(entity.qualifiedName())) {
        String key = entity.hierarchy().keyColumn();
        keyColumns.put(entity.hierarchy().root().getQualifiedName() + "\0" + entity.table(),
            key.isEmpty() ? rootIdColumn(entity) : key);
      }
    }
    for (EntityDecl entity : checked) {
      HierarchyDecl hierarchy = entity.hierarchy();
      if (hierarchy == null || hierarchy.discriminator() == null
          || invalid.contains(entity.qualifiedName())) {
        continue;
      }
      int errors = reporter.errorCount();
      String rootName = hierarchy.root().getQualifiedName().toString();
      EntityDecl root = listed.get(rootName);
      if (root != null && invalid.contains(rootName)) {
        invalid.add(entity.qualifiedName()); // the root's own error says what to fix
        continue;
      }
      if (root == null) {
        Object simple = hierarchy.root().getSimpleName();
        reporter.report(Diagnostic.HIERARCHY_ROOT_NOT_IN_SCHEMA, Position.of(entity.element(),
            entity.entity()), entity.simpleName(), simple, schema.simpleName(), simple);
      }
      if (hierarchy.identity() != null) {
        EntityDecl other = identities.putIfAbsent(rootName + '\0' + hierarchy.identity(), entity);
        if (other != null) {
          reporter.report(Diagnostic.DUPLICATE_POLYMORPHIC_IDENTITY, Position.of(
              entity.element(), hierarchy.identityMirror(), "value"), hierarchy.identity(),
              entity.simpleName(), other.simpleName());
        }
      }
      for (FieldDecl field : entity.fields()) {
        if (field.role() != FieldDecl.Role.COLUMN
            || field.inherited() != null && field.inherited().fromEntity()) {
          continue; // the superclass maps it
        }
        String key = rootName + '\0' + field.columnName();
        String keyOwner = keyColumns.get(rootName + '\0' + entity.table());
        if (keyOwner != null && keyOwner.equals(field.columnName()) && field.id() == null) {
          reporter.report(Diagnostic.KEY_JOIN_COLUMN_CONFLICT, Position.of(field.element()),
              keyOwner, entity.table(), entity.simpleName(), entity.simpleName() + "."
                  + field.name());
          continue;
        }
        FieldDecl other = columns.putIfAbsent(key, field);
        if (other != null && other.element() != field.element()) {
          reporter.report(Diagnostic.HIERARCHY_COLUMN_CONFLICT, Position.of(field.element()),
              field.columnName(), entity.simpleName() + "." + field.name(),
              columnOwners.get(other).simpleName() + "." + other.name(),
              where(entity.table(), columnOwners.get(other).table()));
        } else if (other == null) {
          columnOwners.put(field, entity);
        }
      }
      if (reporter.errorCount() != errors) {
        invalid.add(entity.qualifiedName());
      }
    }
    checked.removeIf(entity -> invalid.contains(entity.qualifiedName()));
  }

  /** Where two columns of one name are: one table, or two read as one row. */
  private static String where(String table, String otherTable) {
    return table.equals(otherTable) ? "table \"" + table + "\""
        : "tables \"" + otherTable + "\" and \"" + table + "\", which are read as one row";
  }

  /** The column name of the root's id, which a subclass inherits. */
  private static String rootIdColumn(EntityDecl entity) {
    for (FieldDecl field : entity.fields()) {
      if (field.id() != null && field.role() == FieldDecl.Role.COLUMN) {
        return field.columnName();
      }
    }
    return ""; // no id: its own error says so
  }
}
