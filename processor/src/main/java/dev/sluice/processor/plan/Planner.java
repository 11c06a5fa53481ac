package dev.sluice.processor.plan;

import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plans a validated schema: insert order, each entity's statements and delete steps, DDL. */
public final class Planner {
  private Planner() {}

  public static SchemaPlan plan(Schema schema) {
    DependencyGraph graph = DependencyGraph.of(schema);
    List<Entity> order = graph.insertOrder().stream().map(schema::entity).toList();
    SetDeletePlanner sets = new SetDeletePlanner(schema);
    DeletePlanner deletes = new DeletePlanner(schema, graph, sets);
    DdlPlanner ddl = new DdlPlanner(schema, graph);
    Map<String, EntityPlan> entities = new LinkedHashMap<>();
    List<TablePlan> tables = new ArrayList<>();
    Set<String> created = new HashSet<>();
    // one position per table: the classes of a hierarchy write their rows as one table
    Map<String, Integer> tablePositions = new HashMap<>();
    for (Entity entity : order) {
      String table = entity.hierarchy() == null ? entity.qualifiedName()
          : entity.hierarchy().root();
      Integer known = tablePositions.get(table);
      int position = known != null ? known : tablePositions.size();
      tablePositions.put(table, position);
      List<DeleteStepPlan> steps = deletes.steps(entity);
      List<Integer> postUpdate = new ArrayList<>();
      for (int i = 0; i < entity.tableColumns().size(); i++) {
        Column column = entity.tableColumns().get(i);
        if (entity.maps(column) && graph.isPostUpdate(entity.qualifiedName(), column.field())) {
          postUpdate.add(i);
        }
      }
      entities.put(entity.qualifiedName(), new EntityPlan(entity, position,
          StatementPlanner.insert(entity, false),
          !entity.hasCompositeKey() && entity.id().generated()
              ? StatementPlanner.insert(entity, true) : null,
          StatementPlanner.updatePrefix(entity), StatementPlanner.byId(entity),
          StatementPlanner.delete(entity), StatementPlanner.baseColumns(entity),
          StatementPlanner.joinedTables(entity), postUpdate, steps, deletes.words(entity, steps),
          sets.plan(entity, steps), links(schema, entity)));
      if (!entity.isSubclass()) { // a subclass's own table comes after its root's
        tables.add(ddl.entityTable(entity, created));
        if (entity.hierarchy() != null) {
          tables.addAll(ddl.joinedTables(entity, created));
        }
      }
      created.add(entity.qualifiedName());
    }
    for (Association association : schema.associations()) {
      tables.add(ddl.associationTable(association));
    }
    return new SchemaPlan(schema, order, entities, tables);
  }

  /** The link statements of the entity's many-to-many relations, by field. */
  private static Map<String, LinkPlan> links(Schema schema, Entity entity) {
    Map<String, LinkPlan> links = new LinkedHashMap<>();
    for (Relation relation : entity.allRelations()) {
      LinkPlan plan = LinkPlanner.plan(schema, relation);
      if (plan != null) {
        links.put(relation.field(), plan);
      }
    }
    return links;
  }
}
