package dev.sluice.processor.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.parse.Access;
import dev.sluice.processor.parse.HolderKind;
import dev.sluice.processor.parse.ValueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one delete decision the planner compiles for each relationship shape and option
 * combination (direction, DELETE cascade, passive deletes, join width, what lies below), and
 * that the set-based parts it emits beside agree with it.
 */
class DeleteDecisionPlanTest {
  private static final Set<Cascade> DEFAULT = EnumSet.of(Cascade.SAVE_UPDATE,
      Cascade.MERGE);
  private static final Set<Cascade> DELETE = EnumSet.of(Cascade.SAVE_UPDATE,
      Cascade.MERGE, Cascade.DELETE);

  private static Column id() {
    return new Column(null, "id", "id", ValueKind.LONG, "java.lang.Long", false, false, false, 0,
        false, true, true, Access.FIELD, null);
  }

  private static Column plain(String field) {
    return new Column(null, field, field, ValueKind.LONG, "java.lang.Long", false, true, false, 0,
        false, false, false, Access.FIELD, null);
  }

  /** A nullable key column {@code field} referencing {@code column} of {@code parent}. */
  private static Column key(String field, String parent, String column) {
    return plain(field).withForeignKey(new ForeignKey(parent, column, Action.NO_ACTION,
        Action.NO_ACTION, true, "fk_" + field, true));
  }

  private static Entity entity(String name, List<Column> columns, Relation... relations) {
    return new Entity(null, name, "", name, name.toLowerCase(), columns, List.of(),
        List.of(), List.of(relations), null);
  }

  private static Relation relation(String owner, String field, String target,
      Direction direction, List<String> ownerFields, List<String> targetFields,
      String secondary, Set<Cascade> cascade, PassiveDeletes passive) {
    boolean many = direction != Direction.MANY_TO_ONE;
    return new Relation(null, null, null, owner, field, many ? HolderKind.LIST : HolderKind.REF,
        Access.FIELD, target, direction, ownerFields, targetFields, secondary,
        secondary == null ? List.of() : List.of(owner.toLowerCase() + "Id"),
        secondary == null ? List.of() : List.of(target.toLowerCase() + "Id"), null, true,
        cascade, passive, true, false, false, Lazy.SELECT, List.of(), false);
  }

  private static Relation oneToMany(String owner, String field, String target,
      Set<Cascade> cascade, PassiveDeletes passive) {
    return relation(owner, field, target, Direction.ONE_TO_MANY, List.of("id"),
        List.of(owner.toLowerCase() + "Id"), null, cascade, passive);
  }

  private static Relation manyToMany(String owner, String field, String target,
      Set<Cascade> cascade, PassiveDeletes passive) {
    return relation(owner, field, target, Direction.MANY_TO_MANY, List.of("id"), List.of("id"),
        "Link", cascade, passive);
  }

  private static Relation manyToOne(String owner, String field, String target,
      Set<Cascade> cascade, PassiveDeletes passive) {
    return relation(owner, field, target, Direction.MANY_TO_ONE,
        List.of(target.toLowerCase() + "Id"), List.of("id"), null, cascade, passive);
  }

  private static Entity child(Relation... relations) {
    return entity("C", List.of(id(), key("pId", "P", "id")), relations);
  }

  private static Entity tag() {
    return entity("T", List.of(id()));
  }

  private static Association link() {
    return new Association(null, "Link", "Link", "p_t",
        List.of(key("pId", "P", "id"), key("tId", "T", "id")), List.of());
  }

  /** The steps of {@code P}'s delete in a schema of P, C, T and a P–T association. */
  private static List<DeleteStepPlan> stepsOfP(Relation relation, Entity... others) {
    Entity parent = entity("P", List.of(id()), relation);
    List<Entity> entities = new ArrayList<>(List.of(parent, tag()));
    entities.addAll(List.of(others));
    if (entities.stream().noneMatch(e -> e.qualifiedName().equals("C"))) {
      entities.add(child());
    }
    Schema schema = new Schema(null, "", "S", entities, List.of(link()));
    return planner(schema).steps(parent);
  }

  private static DeletePlanner planner(Schema schema) {
    return new DeletePlanner(schema, DependencyGraph.of(schema), new SetDeletePlanner(schema));
  }

  private static DeleteStepPlan only(List<DeleteStepPlan> steps) {
    assertThat(steps).hasSize(1);
    return steps.get(0);
  }

  private static void assertStep(DeleteStepPlan step, DeleteStepPlan.Kind kind,
      DeleteStepPlan.Decision decision) {
    assertThat(step.kind()).isEqualTo(kind);
    assertThat(step.decision()).isEqualTo(decision);
  }

  @Test
  void oneToManyByDefaultNullifiesUnloadedChildrenWithOneStatement() {
    assertStep(only(stepsOfP(oneToMany("P", "cs", "C", DEFAULT, PassiveDeletes.OFF))),
        DeleteStepPlan.Kind.NULLIFY_CHILDREN, DeleteStepPlan.Decision.STATEMENT);
  }

  @Test
  void oneToManyCascadingDeleteToSetBasedChildrenDeletesThemWithOneStatement() {
    assertStep(only(stepsOfP(oneToMany("P", "cs", "C", DELETE, PassiveDeletes.OFF))),
        DeleteStepPlan.Kind.DELETE_CHILDREN, DeleteStepPlan.Decision.STATEMENT);
  }

  @Test
  void oneToManyWhoseChildrenCascadeToAManyToManyLoadsThem() {
    Entity child = child(relation("C", "ts", "T", Direction.MANY_TO_MANY, List.of("id"),
        List.of("id"), "Link", DELETE, PassiveDeletes.OFF));
    assertStep(only(stepsOfP(oneToMany("P", "cs", "C", DELETE, PassiveDeletes.OFF), child)),
        DeleteStepPlan.Kind.DELETE_CHILDREN, DeleteStepPlan.Decision.LOAD);
  }

  @Test
  void passiveDeletesOnLeavesUnloadedRowsToTheDatabase() {
    assertStep(only(stepsOfP(oneToMany("P", "cs", "C", DEFAULT, PassiveDeletes.ON))),
        DeleteStepPlan.Kind.NULLIFY_CHILDREN, DeleteStepPlan.Decision.DATABASE);
    assertStep(only(stepsOfP(oneToMany("P", "cs", "C", DELETE, PassiveDeletes.ON))),
        DeleteStepPlan.Kind.DELETE_CHILDREN, DeleteStepPlan.Decision.DATABASE);
    assertStep(only(stepsOfP(manyToMany("P", "ts", "T", DEFAULT, PassiveDeletes.ON))),
        DeleteStepPlan.Kind.UNLINK, DeleteStepPlan.Decision.DATABASE);
  }

  @Test
  void passiveDeletesAllSkipsTheRelationAndSaysSo() {
    DeleteStepPlan children = only(stepsOfP(oneToMany("P", "cs", "C", DEFAULT,
        PassiveDeletes.ALL)));
    assertStep(children, DeleteStepPlan.Kind.NULLIFY_CHILDREN, DeleteStepPlan.Decision.SKIP);
    assertThat(children.words()).isEqualTo("leave its cs untouched (passiveDeletes = ALL)");
    assertStep(only(stepsOfP(manyToMany("P", "ts", "T", DEFAULT, PassiveDeletes.ALL))),
        DeleteStepPlan.Kind.UNLINK, DeleteStepPlan.Decision.SKIP);
  }

  @Test
  void aCompositeJoinReachesUnloadedChildrenWithOneStatement() {
    Entity child = entity("C", List.of(id(), key("pId", "P", "id"), key("pCode", "P", "code")));
    Relation children = relation("P", "cs", "C", Direction.ONE_TO_MANY, List.of("id", "code"),
        List.of("pId", "pCode"), null, DEFAULT, PassiveDeletes.OFF);
    Entity parent = entity("P", List.of(id(), plain("code")), children);
    Schema schema = new Schema(null, "", "S", List.of(parent, child, tag()), List.of(link()));
    assertStep(only(planner(schema).steps(parent)), DeleteStepPlan.Kind.NULLIFY_CHILDREN,
        DeleteStepPlan.Decision.STATEMENT);
  }

  @Test
  void manyToManyUnlinksWithOneStatementAndLoadsTargetsItDeletes() {
    assertStep(only(stepsOfP(manyToMany("P", "ts", "T", DEFAULT, PassiveDeletes.OFF))),
        DeleteStepPlan.Kind.UNLINK, DeleteStepPlan.Decision.STATEMENT);
    assertStep(only(stepsOfP(manyToMany("P", "ts", "T", DELETE, PassiveDeletes.OFF))),
        DeleteStepPlan.Kind.UNLINK_AND_DELETE, DeleteStepPlan.Decision.LOAD);
  }

  @Test
  void manyToOneHasAStepOnlyWhenItCascadesDelete() {
    Relation parent = manyToOne("C", "p", "P", DEFAULT, PassiveDeletes.OFF);
    Entity child = child(parent);
    Schema schema = new Schema(null, "", "S", List.of(entity("P", List.of(id())), child, tag()),
        List.of(link()));
    assertThat(planner(schema).steps(child)).isEmpty();

    Entity deleting = child(manyToOne("C", "p", "P", DELETE, PassiveDeletes.OFF));
    Schema cascading = new Schema(null, "", "S",
        List.of(entity("P", List.of(id())), deleting, tag()), List.of(link()));
    assertStep(only(planner(cascading).steps(deleting)), DeleteStepPlan.Kind.DELETE_PARENT,
        DeleteStepPlan.Decision.LOAD);

    Entity passive = child(manyToOne("C", "p", "P", DELETE, PassiveDeletes.ON));
    Schema onDelete = new Schema(null, "", "S",
        List.of(entity("P", List.of(id())), passive, tag()), List.of(link()));
    assertStep(only(planner(onDelete).steps(passive)), DeleteStepPlan.Kind.DELETE_PARENT,
        DeleteStepPlan.Decision.DATABASE);
  }

  @Test
  void aSelfReferentialTreeDeletesItsSubtreeWithOneStatement() {
    Relation children = relation("N", "children", "N", Direction.ONE_TO_MANY, List.of("id"),
        List.of("parentId"), null, DELETE, PassiveDeletes.OFF);
    Entity node = entity("N", List.of(id(), key("parentId", "N", "id")), children);
    Schema schema = new Schema(null, "", "S", List.of(node), List.of());
    assertStep(only(planner(schema).steps(node)), DeleteStepPlan.Kind.DELETE_CHILDREN,
        DeleteStepPlan.Decision.STATEMENT);
  }

  @Test
  void aCycleOfDeleteCascadesThroughTwoTablesLoads() {
    Entity a = entity("A", List.of(id(), key("bId", "B", "id")),
        relation("A", "bs", "B", Direction.ONE_TO_MANY, List.of("id"), List.of("aId"), null,
            DELETE, PassiveDeletes.OFF));
    Entity b = entity("B", List.of(id(), key("aId", "A", "id")),
        relation("B", "as", "A", Direction.ONE_TO_MANY, List.of("id"), List.of("bId"), null,
            DELETE, PassiveDeletes.OFF));
    Schema schema = new Schema(null, "", "S", List.of(a, b), List.of());
    assertStep(only(planner(schema).steps(a)), DeleteStepPlan.Kind.DELETE_CHILDREN,
        DeleteStepPlan.Decision.LOAD);
  }

  /** Every decision to run a statement for children comes with that statement; SKIP has none. */
  @Test
  void setStepsExistExactlyWhereTheDecisionNeedsThem() {
    Entity parent = entity("P", List.of(id()),
        oneToMany("P", "cs", "C", DELETE, PassiveDeletes.OFF),
        oneToMany("P", "ds", "D", DEFAULT, PassiveDeletes.ALL),
        oneToMany("P", "es", "E", DEFAULT, PassiveDeletes.ON),
        manyToMany("P", "ts", "T", DEFAULT, PassiveDeletes.OFF));
    Entity d = entity("D", List.of(id(), key("pId", "P", "id")));
    Entity e = entity("E", List.of(id(), key("pId", "P", "id")));
    Schema schema = new Schema(null, "", "S", List.of(parent, child(), d, e, tag()),
        List.of(link()));
    SetDeletePlanner sets = new SetDeletePlanner(schema);
    List<DeleteStepPlan> steps = new DeletePlanner(schema, DependencyGraph.of(schema), sets)
        .steps(parent);
    SetDeletePlan plan = sets.plan(parent, steps);
    for (DeleteStepPlan step : steps) {
      String field = step.relation().field();
      switch (step.decision()) {
        case STATEMENT:
          assertThat(plan.steps().get(field).isEmpty()).isFalse();
          break;
        case SKIP:
          assertThat(plan.steps()).doesNotContainKey(field);
          break;
        default:
          break;
      }
    }
    assertThat(steps.stream().map(DeleteStepPlan::decision).toList()).containsExactly(
        DeleteStepPlan.Decision.STATEMENT, DeleteStepPlan.Decision.SKIP,
        DeleteStepPlan.Decision.DATABASE, DeleteStepPlan.Decision.STATEMENT).inOrder();
  }
}
