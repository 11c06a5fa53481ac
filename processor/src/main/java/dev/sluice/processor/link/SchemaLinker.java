package dev.sluice.processor.link;

import dev.sluice.annotations.Action;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.model.UniqueKey;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.EntityParser;
import dev.sluice.processor.parse.SchemaDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links a schema's checked declarations into the model: columns, foreign keys (of one column
 * or several) resolved to entities, association tables, and relationships resolved and
 * paired. What cannot be linked is reported; an entity with a broken key is left out so that
 * one mistake gives one error.
 */
public final class SchemaLinker {
  private final EntityParser parser;
  private final Reporter reporter;

  public SchemaLinker(EntityParser parser, Reporter reporter) {
    this.parser = parser;
    this.reporter = reporter;
  }

  /** The linked schema; {@code invalid} names the listed classes already found wrong. */
  public Schema link(SchemaDecl schema, List<EntityDecl> valid, Set<String> invalid) {
    String schemaName = schema.simpleName();
    Set<String> broken = new HashSet<>(invalid);
    ColumnLinker columns = new ColumnLinker(reporter);
    CompositeKeyLinker compositeKeys = new CompositeKeyLinker(reporter);
    Map<String, EntityDecl> decls = new LinkedHashMap<>();
    Map<String, Entity> raw = new LinkedHashMap<>();
    for (EntityDecl decl : valid) {
      decls.put(decl.qualifiedName(), decl);
      raw.put(decl.qualifiedName(), new Entity(decl.element(), decl.qualifiedName(),
          Naming.packageOf(decl.element()), decl.simpleName(), decl.table(),
          columns.columns(decl.fields()),
          decl.uniques().stream().map(unique -> new UniqueKey(unique.fields())).toList(),
          List.of(), List.of(), null));
    }
    Map<String, Entity> linkedColumns = new HashMap<>();
    // roots first: a subclass of a broken root is left out with it (its error is the root's)
    for (boolean subclasses : new boolean[] {false, true}) {
      for (Entity entity : raw.values()) {
        EntityDecl decl = decls.get(entity.qualifiedName());
        if (decl.isPolymorphicSubclass() != subclasses) {
          continue;
        }
        if (subclasses && broken.contains(
            decl.hierarchy().root().getQualifiedName().toString())) {
          broken.add(entity.qualifiedName());
          continue;
        }
        int errors = reporter.errorCount();
        List<Column> linked = columns.linkForeignKeys(entity.simpleName(), entity.table(),
            decl.fields(), entity.columns(), raw, broken, schemaName);
        if (reporter.errorCount() == errors) {
          linkedColumns.put(entity.qualifiedName(), entity.withColumns(linked));
        } else {
          broken.add(entity.qualifiedName());
        }
      }
    }
    // after every single-column key: a composite key to an entity whose own key is broken
    // would only repeat that mistake
    for (Entity entity : raw.values()) {
      Entity linked = linkedColumns.get(entity.qualifiedName());
      if (linked == null) {
        continue;
      }
      int errors = reporter.errorCount();
      List<CompositeForeignKey> keys = compositeKeys.link(linked,
          decls.get(entity.qualifiedName()).foreignKeyConstraints(), raw, broken, schemaName);
      if (reporter.errorCount() == errors) {
        linkedColumns.put(entity.qualifiedName(), linked.withCompositeKeys(keys));
      } else {
        linkedColumns.remove(entity.qualifiedName());
        broken.add(entity.qualifiedName());
      }
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (String name : raw.keySet()) {
      if (linkedColumns.containsKey(name)) {
        entities.put(name, linkedColumns.get(name));
      }
    }
    List<Entity> list = new ArrayList<>(entities.values());
    AssociationLinker associations = new AssociationLinker(parser, columns, reporter);
    Map<String, String> roots = new HashMap<>();
    decls.values().stream().filter(EntityDecl::isPolymorphicSubclass).forEach(decl -> roots.put(
        decl.qualifiedName(), decl.hierarchy().root().getQualifiedName().toString()));
    RelationResolver resolver = new RelationResolver(reporter, associations, roots);
    var declared = resolver.declared(list, decls, entities, broken, schemaName);
    var joins = resolver.resolve(declared, entities, broken, schemaName);
    Map<String, List<Relation>> relations = new RelationPairs(reporter)
        .complete(joins, list, decls,
            schema.listed().stream().map(SchemaDecl.Listed::entity).toList());
    List<Entity> linked = new ArrayList<>();
    for (Entity entity : list) {
      linked.add(withLogicalKeys(entity, resolver.logicalKeys())
          .withRelations(List.copyOf(relations.get(entity.qualifiedName()))));
    }
    return new Schema(schema.element(), Naming.packageOf(schema.element()), schemaName,
        HierarchyLinker.place(linked, decls), associations.all());
  }

  /** Marks fields that relationships use as foreign keys without a {@code @ForeignKey}. */
  private static Entity withLogicalKeys(Entity entity, List<Join.LogicalKey> keys) {
    List<Column> columns = new ArrayList<>();
    for (Column column : entity.columns()) {
      Column keyed = column;
      for (Join.LogicalKey key : keys) {
        if (column.foreignKey() == null && key.entity().equals(entity.qualifiedName())
            && key.field().equals(column.field())) {
          keyed = column.withForeignKey(new ForeignKey(key.referencedEntity(),
              key.referencedField(), Action.NO_ACTION, Action.NO_ACTION, false, "", false));
        }
      }
      columns.add(keyed);
    }
    return entity.withColumns(columns);
  }
}
