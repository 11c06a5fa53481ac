package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Identifiers;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.link.CompositeKeyRules;
import dev.sluice.processor.parse.ValueKind;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.ColumnDecl;
import dev.sluice.processor.parse.SchemaDecl;
import dev.sluice.processor.parse.UniqueDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks each class a schema lists on its own: that it is an entity generated code can create,
 * with one id and fields of storable types that generated code can reach.
 */
public final class EntityRules {
  private final Reporter reporter;
  private final HierarchyRules hierarchies;
  private final CompositeKeyRules compositeKeys;

  public EntityRules(Reporter reporter) {
    this.reporter = reporter;
    this.hierarchies = new HierarchyRules(reporter);
    this.compositeKeys = new CompositeKeyRules(reporter);
  }

  /** The listed classes fit to link; the qualified names of the others go to {@code invalid}. */
  public List<EntityDecl> check(SchemaDecl schema, Set<String> invalid) {
    List<EntityDecl> valid = new ArrayList<>();
    if (schema.listed().isEmpty() && schema.notClasses().isEmpty()) {
      reporter.report(Diagnostic.EMPTY_SCHEMA, Position.of(schema.element(), schema.mirror()),
          schema.simpleName());
    }
    for (AnnotationValue notClass : schema.notClasses()) {
      reporter.report(Diagnostic.NOT_AN_ENTITY, new Position(schema.element(), schema.mirror(),
          notClass), notClass.getValue(), schema.simpleName());
    }
    Map<String, EntityDecl> tables = new HashMap<>();
    for (SchemaDecl.Listed listed : schema.listed()) {
      EntityDecl entity = listed.entity();
      int errors = reporter.errorCount();
      if (entity.entity() == null) {
        reporter.report(Diagnostic.NOT_AN_ENTITY, new Position(schema.element(), schema.mirror(),
            listed.value()), entity.simpleName(), schema.simpleName());
      } else {
        checkClass(entity);
        // a record's or enum's fields, or those of a class extending an entity outside a
        // hierarchy (whose own are not mapped), would only repeat the mistake
        if (entity.notAClass() == null && (entity.entitySuperclass() == null
            || entity.isPolymorphicSubclass())) {
          checkFields(entity);
          checkUniques(entity);
          compositeKeys.check(entity);
        }
        if (entity.isPolymorphicSubclass() && !entity.isJoinedSubclass()) {
          if (reporter.errorCount() == errors) {
            valid.add(entity);
          } else {
            invalid.add(entity.qualifiedName());
          }
          continue; // its table is its superclass's
        }
        Position table = Position.of(entity.element(), entity.entity(), "table");
        checkIdentifier("table", entity.table(), table, entity.simpleName());
        // SQLite takes names that differ only in case for one table
        EntityDecl other = tables.putIfAbsent(entity.table().toLowerCase(Locale.ROOT), entity);
        if (other != null && other.table().equals(entity.table())) {
          reporter.report(Diagnostic.DUPLICATE_TABLE, table, other.simpleName(),
              entity.simpleName(), entity.table(), schema.simpleName());
        } else if (other != null) {
          reporter.report(Diagnostic.NAMES_DIFFER_IN_CASE, table, "Table", entity.table(),
              entity.simpleName(), other.table(), other.simpleName());
        }
      }
      if (reporter.errorCount() == errors) {
        valid.add(entity);
      } else {
        invalid.add(entity.qualifiedName());
      }
    }
    hierarchies.checkSchema(schema, valid, invalid);
    return valid;
  }

  private void checkClass(EntityDecl entity) {
    Position where = Position.of(entity.element(), entity.entity());
    if (entity.notAClass() != null) {
      reporter.report(Diagnostic.ENTITY_NOT_A_CLASS, where, entity.simpleName(),
          entity.notAClass());
      return;
    }
    if (entity.unreachable() != null) {
      reporter.report(Diagnostic.ENTITY_UNREACHABLE, where, entity.simpleName(),
          entity.unreachable());
    }
    hierarchies.checkClass(entity);
    if (entity.isAbstract() && entity.hierarchy() != null) {
      return; // an abstract class of a hierarchy has no rows of its own; nothing creates it
    } else if (entity.isAbstract()) {
      reporter.report(Diagnostic.ENTITY_ABSTRACT, where, entity.simpleName());
    } else if (!entity.hasNoArgConstructor() && entity.unreachable() == null) {
      // the implicit constructor of a private class is private: making the class reachable
      // fixes both, so only that is reported
      reporter.report(Diagnostic.NO_NO_ARG_CONSTRUCTOR, where, entity.simpleName());
    }
  }

  private void checkFields(EntityDecl entity) {
    List<FieldDecl> ids = new ArrayList<>();
    boolean idOnHolder = false;
    Map<String, FieldDecl> columns = new HashMap<>();
    for (FieldDecl field : entity.fields()) {
      if (entity.isPolymorphicSubclass() && field.inherited() != null
          && field.inherited().fromEntity()) {
        continue; // the root's column, checked with the root (a mistake in it is the root's)
      }
      // an inherited field is described where it is written: every entity sharing a mistake
      // in a superclass then reports the same error at the same place, which Reporter prints
      // once
      String described = described(entity, field);
      if (!hierarchies.checkSubclassField(entity, field, described)) {
        continue;
      }
      if (field.id() != null && field.role() == FieldDecl.Role.HOLDER) {
        // not counted as an id: the entity would have no id column to key its rows by
        reporter.report(Diagnostic.ID_ON_HOLDER, Position.of(field.element(), field.id()),
            described);
        idOnHolder = true;
      } else if (field.id() != null) {
        ids.add(field);
      }
      switch (field.role()) {
        case UNSUPPORTED:
          if (field.relationship() != null) {
            reporter.report(Diagnostic.RELATIONSHIP_NOT_A_HOLDER, Position.of(field.element(),
                field.relationship().mirror()), described, field.element().asType(),
                entity.simpleName() + "_." + field.name() + "(this)");
          } else {
            reporter.report(Diagnostic.UNSUPPORTED_TYPE, Position.of(field.element()), described,
                field.element().asType());
          }
          break;
        case HOLDER:
          if (field.inherited() != null) {
            reporter.report(Diagnostic.HOLDER_IN_MAPPED_SUPERCLASS, Position.of(field.element()),
                described, field.inherited().superclass().getSimpleName());
          } else {
            checkHolder(field, described);
          }
          break;
        default:
          checkColumn(field, described);
          checkUniqueName(entity, field, columns);
      }
    }
    if (entity.isPolymorphicSubclass()) {
      return; // keyed by the root's id; an @Id of its own is E136
    }
    if (ids.isEmpty() && !idOnHolder) {
      reporter.report(Diagnostic.NO_ID, Position.of(entity.element(), entity.entity()),
          entity.simpleName());
    } else if (ids.size() > 1 && entity.hierarchy() != null) {
      reporter.report(Diagnostic.COMPOSITE_ID_IN_HIERARCHY, Position.of(ids.get(1).element(),
          ids.get(1).id()), entity.simpleName(), ids.size(),
          ids.stream().map(FieldDecl::name).toList());
    } else {
      for (FieldDecl id : ids) {
        if (id.kind() == ValueKind.BYTES) {
          reporter.report(Diagnostic.BYTES_ID, Position.of(id.element(), id.id()),
              described(entity, id));
        } else if (ids.size() > 1 && id.generatedValue() != null) {
          reporter.report(Diagnostic.COMPOSITE_ID_GENERATED, Position.of(id.element(),
              id.generatedValue()), described(entity, id), entity.simpleName(),
              ids.stream().map(FieldDecl::name).toList());
        }
      }
    }
  }

  /** A field as messages name it: by the class it is written in. */
  private static String described(EntityDecl entity, FieldDecl field) {
    return (field.inherited() == null ? entity.simpleName()
        : field.inherited().superclass().getSimpleName()) + "." + field.name();
  }

  /** Each {@code @Unique} names column fields of the entity, each once. */
  private void checkUniques(EntityDecl entity) {
    Map<String, FieldDecl> byName = new HashMap<>();
    List<String> columns = new ArrayList<>();
    for (FieldDecl field : entity.fields()) {
      byName.put(field.name(), field);
      if (field.role() == FieldDecl.Role.COLUMN) {
        columns.add(field.name());
      }
    }
    for (UniqueDecl unique : entity.uniques()) {
      if (unique.fields().isEmpty()) {
        reporter.report(Diagnostic.UNIQUE_WITHOUT_FIELDS,
            Position.of(unique.declaredOn(), unique.mirror()), entity.simpleName());
        continue;
      }
      // javac cannot place a diagnostic inside its container of several @Unique (the class is
      // marked instead), so the message shows which constraint it is about
      String written = unique.fields().stream().map(field -> '"' + field + '"')
          .collect(Collectors.joining(", ", "{", "}"));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < unique.fields().size(); i++) {
        String name = unique.fields().get(i);
        Position where = new Position(unique.declaredOn(), unique.mirror(),
            unique.values().get(i));
        FieldDecl field = byName.get(name);
        if (field != null && field.role() == FieldDecl.Role.UNSUPPORTED) {
          continue; // the field's own error says what to do
        }
        if (field == null || field.role() == FieldDecl.Role.HOLDER) {
          String why = field == null
              ? "which is not a field of " + entity.simpleName() + Spelling.hint(name, columns)
              : "a relationship holder, not a column";
          reporter.report(Diagnostic.UNIQUE_NOT_A_COLUMN, where, written, entity.simpleName(),
              name, why, entity.simpleName());
        } else if (!seen.add(name)) {
          reporter.report(Diagnostic.UNIQUE_FIELD_REPEATED, where, written, entity.simpleName(),
              name);
        } else if (entity.isJoinedSubclass() && field.inherited() != null
            && field.inherited().fromEntity()) {
          // a joined subclass's table holds only the columns it declares
          reporter.report(Diagnostic.CONSTRAINT_ACROSS_TABLES, where, "@Unique", written,
              entity.simpleName(), name, entity.simpleName(), entity.table(), name,
              entity.simpleName());
        }
      }
    }
  }

  private void checkHolder(FieldDecl field, String described) {
    if (field.holderTarget() == null) {
      reporter.report(Diagnostic.HOLDER_WITHOUT_TARGET, Position.of(field.element()), described,
          field.element().asType());
    } else if (field.foreignKey() != null) {
      reporter.report(Diagnostic.FOREIGN_KEY_ON_HOLDER, Position.of(field.element(),
          field.foreignKey().mirror()), described, field.holderTarget().getSimpleName(), field.name());
    } else if (field.access() == null) {
      String getter = "get" + Naming.capitalize(field.name()) + "()";
      reporter.report(Diagnostic.FIELD_UNREACHABLE, Position.of(field.element()), described,
          "getter " + getter, getter);
    }
  }

  private void checkColumn(FieldDecl field, String described) {
    if (field.relationship() != null) {
      reporter.report(Diagnostic.RELATIONSHIP_NOT_A_HOLDER, Position.of(field.element(),
          field.relationship().mirror()), described, field.element().asType(),
          described.replace(".", "_.") + "(this)");
      return;
    }
    if (field.access() == null && field.inherited() != null && field.inherited().otherPackage()) {
      TypeElement superclass = field.inherited().superclass();
      String suffix = Naming.capitalize(field.name());
      reporter.report(Diagnostic.INHERITED_FIELD_UNREACHABLE, Position.of(field.element()),
          described, superclass.getSimpleName(), "get" + suffix + "() and set" + suffix + "(…)",
          superclass.getSimpleName());
    } else if (field.access() == null) {
      String suffix = Naming.capitalize(field.name());
      reporter.report(Diagnostic.FIELD_UNREACHABLE, Position.of(field.element()), described,
          "getter get" + suffix + "() and setter set" + suffix + "(…)",
          "get" + suffix + "() and set" + suffix + "(…)");
    } else if (field.isFinal() && field.access().direct()) {
      reporter.report(Diagnostic.FINAL_COLUMN, Position.of(field.element()), described);
    }
    if (field.generatedValue() != null) {
      if (field.id() == null) {
        reporter.report(Diagnostic.GENERATED_NOT_ID, Position.of(field.element(),
            field.generatedValue()), described);
      } else if (!field.kind().isInteger()) {
        reporter.report(Diagnostic.GENERATED_NOT_INTEGER, Position.of(field.element(),
            field.generatedValue()), described, field.element().asType());
      }
    }
    ColumnDecl column = field.column();
    if (column != null && field.primitive() && column.nullableWritten() && column.nullable()) {
      reporter.report(Diagnostic.PRIMITIVE_NULLABLE, Position.of(field.element(),
          column.mirror(), "nullable"), described);
    }
  }

  private void checkUniqueName(EntityDecl entity, FieldDecl field, Map<String, FieldDecl> seen) {
    String name = field.columnName();
    Position where = Position.of(field.element(),
        field.column() == null ? null : field.column().mirror(), "name");
    checkIdentifier("column", name, where, entity.simpleName() + "." + field.name());
    FieldDecl other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), field);
    String otherName = other == null ? null : other.columnName();
    if (other != null && otherName.equals(name)) {
      reporter.report(Diagnostic.DUPLICATE_COLUMN, where, other.name(), field.name(),
          entity.simpleName(), name);
    } else if (other != null) {
      reporter.report(Diagnostic.NAMES_DIFFER_IN_CASE, where, "Column", name,
          entity.simpleName() + "." + field.name(), otherName,
          entity.simpleName() + "." + other.name());
    }
  }

  /**
   * A name every database and Sluice's own SQL templates accept: no NUL, no {@code {keys}}
   * (the runtime's placeholder for a set of keys), and at most PostgreSQL's 63 bytes.
   */
  private void checkIdentifier(String what, String name, Position where, String owner) {
    String problem = Identifiers.problem(name);
    if (problem != null) {
      reporter.report(Diagnostic.BAD_IDENTIFIER, where, what, owner, problem);
    }
  }
}
