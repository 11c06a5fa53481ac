package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.ForeignKeyConstraintDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks each {@code @ForeignKeyConstraint} of an entity or association table on its own side:
 * its size, and that it names distinct column fields of the class. The referenced side is
 * checked when it is linked ({@link CompositeKeyLinker}).
 */
public final class CompositeKeyRules {
  private final Reporter reporter;

  public CompositeKeyRules(Reporter reporter) {
    this.reporter = reporter;
  }

  public void check(EntityDecl entity) {
    Map<String, FieldDecl> byName = entity.fields().stream()
        .collect(Collectors.toMap(FieldDecl::name, Function.identity(), (a, b) -> b));
    List<String> columns = entity.fields().stream()
        .filter(field -> field.role() == FieldDecl.Role.COLUMN).map(FieldDecl::name).toList();
    for (ForeignKeyConstraintDecl key : entity.foreignKeyConstraints()) {
      String written = key.written();
      int size = key.columns().size();
      if (size < 2 || size != key.references().size()) {
        reporter.report(Diagnostic.COMPOSITE_KEY_SIZE, Position.of(key.declaredOn(),
            key.mirror()), written, entity.simpleName(), size, key.references().size());
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < size; i++) {
        String name = key.columns().get(i);
        Position where = new Position(key.declaredOn(), key.mirror(), key.columnValues().get(i));
        FieldDecl field = byName.get(name);
        if (field != null && field.role() == FieldDecl.Role.UNSUPPORTED) {
          continue; // the field's own error says what to do
        }
        if (field == null || field.role() != FieldDecl.Role.COLUMN) {
          String why = field == null
              ? "which is not a field of " + entity.simpleName() + Spelling.hint(name, columns)
              : "which is not a column";
          reporter.report(Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN, where, written,
              entity.simpleName(), name, why, entity.simpleName());
        } else if (!seen.add(name)) {
          reporter.report(Diagnostic.COMPOSITE_KEY_FIELD_REPEATED, where, written,
              entity.simpleName(), name);
        } else if (entity.isJoinedSubclass() && field.inherited() != null
            && field.inherited().fromEntity()) {
          // a joined subclass's table holds only the columns it declares
          reporter.report(Diagnostic.CONSTRAINT_ACROSS_TABLES, where, "@ForeignKeyConstraint",
              written, entity.simpleName(), name, entity.simpleName(), entity.table(), name,
              entity.simpleName());
        }
      }
    }
  }
}
