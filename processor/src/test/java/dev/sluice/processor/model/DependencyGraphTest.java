package dev.sluice.processor.model;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.parse.Access;
import dev.sluice.processor.parse.HolderKind;
import dev.sluice.processor.parse.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table dependencies of hand-built schemas: insert order, edges and cycles. */
class DependencyGraphTest {
  private static Column id() {
    return new Column(null, "id", "id", ValueKind.LONG, "java.lang.Long", false, false, false, 0,
        false, true, true, Access.FIELD, null);
  }

  /** A nullable key column {@code field} referencing the id of {@code parent}. */
  private static Column key(String field, String parent) {
    return new Column(null, field, field, ValueKind.LONG, "java.lang.Long", false, true, false, 0,
        false, false, false, Access.FIELD, new ForeignKey(parent, "id", Action.NO_ACTION,
            Action.NO_ACTION, true, "fk_" + field, true));
  }

  /** An entity {@code name} with an id and a key to each of {@code parents}. */
  private static Entity entity(String name, String... parents) {
    List<Column> columns = new ArrayList<>(List.of(id()));
    for (String parent : parents) {
      columns.add(key(parent.toLowerCase() + "Id", parent));
    }
    return new Entity(null, name, "", name, name.toLowerCase(), columns, List.of(), List.of(),
        List.of(), null);
  }

  /** A many-to-one of {@code owner} over its key to {@code target}. */
  private static Relation manyToOne(String owner, String target, boolean postUpdate) {
    return new Relation(null, null, null, owner, target.toLowerCase(), HolderKind.REF,
        Access.FIELD, target, Direction.MANY_TO_ONE, List.of(target.toLowerCase() + "Id"),
        List.of("id"), null, List.of(), List.of(), null, true, Set.of(), PassiveDeletes.OFF, true,
        postUpdate, false, Lazy.SELECT, List.of(), false);
  }

  private static Schema schema(Entity... entities) {
    return new Schema(null, "", "S", List.of(entities), List.of());
  }

  @Test
  void parentsComeFirstAndTiesKeepTheListingOrder() {
    DependencyGraph graph = DependencyGraph.of(schema(entity("Log", "Person"), entity("Tag"),
        entity("Person"), entity("Note", "Log", "Person")));
    assertThat(graph.insertOrder()).containsExactly("Tag", "Person", "Log", "Note").inOrder();
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void edgesGroupKeysByParent() {
    Entity log = entity("Log", "Person");
    List<Column> columns = new ArrayList<>(log.columns());
    columns.add(key("editorId", "Person"));
    DependencyGraph graph = DependencyGraph.of(schema(entity("Person"),
        log.withColumns(columns)));
    assertThat(graph.edges()).containsExactly(
        new DependencyGraph.Edge("Log", "Person", List.of("personId", "editorId")));
  }

  @Test
  void selfReferenceIsNoEdge() {
    DependencyGraph graph = DependencyGraph.of(schema(entity("Node", "Node")));
    assertThat(graph.edges()).isEmpty();
    assertThat(graph.cycles()).isEmpty();
    assertThat(graph.insertOrder()).containsExactly("Node");
  }

  @Test
  void cycleIsAPathFromTheFirstListedMember() {
    DependencyGraph graph = DependencyGraph.of(schema(entity("Tag"), entity("B", "C"),
        entity("A", "B"), entity("C", "A")));
    assertThat(graph.cycles()).containsExactly(List.of("B", "C", "A", "B"));
  }

  @Test
  void shortestCycleThroughTheFirstMember() {
    // A -> B -> A and A -> C -> D -> A share A: the path is the two-step one
    DependencyGraph graph = DependencyGraph.of(schema(entity("A", "C", "B"), entity("B", "A"),
        entity("C", "D"), entity("D", "A")));
    assertThat(graph.cycles()).containsExactly(List.of("A", "B", "A"));
  }

  @Test
  void separateCyclesAreReportedEach() {
    DependencyGraph graph = DependencyGraph.of(schema(entity("A", "B"), entity("B", "A"),
        entity("C", "D"), entity("D", "C")));
    assertThat(graph.cycles()).containsExactly(List.of("A", "B", "A"), List.of("C", "D", "C"));
  }

  @Test
  void aLongChainIsWalkedWithoutRecursion() {
    // E0 <- E1 <- ... <- E49999, listed children first: a recursive walk would overflow
    int size = 50_000;
    List<Entity> chain = new ArrayList<>();
    for (int i = size - 1; i > 0; i--) {
      chain.add(entity("E" + i, "E" + (i - 1)));
    }
    chain.add(entity("E0"));
    DependencyGraph graph = DependencyGraph.of(schema(chain.toArray(new Entity[0])));
    assertThat(graph.cycles()).isEmpty();
    List<String> order = graph.insertOrder();
    assertThat(order).hasSize(size);
    assertThat(order.get(0)).isEqualTo("E0");
    assertThat(order.get(size - 1)).isEqualTo("E" + (size - 1));
  }

  @Test
  void postUpdateKeyBreaksTheCycle() {
    Entity widget = entity("Widget", "Entry")
        .withRelations(List.of(manyToOne("Widget", "Entry", true)));
    Entity entry = entity("Entry", "Widget")
        .withRelations(List.of(manyToOne("Entry", "Widget", false)));
    DependencyGraph graph = DependencyGraph.of(schema(widget, entry));
    assertThat(graph.isPostUpdate("Widget", "entryId")).isTrue();
    assertThat(graph.isPostUpdate("Entry", "widgetId")).isFalse();
    assertThat(graph.cycles()).isEmpty();
    assertThat(graph.insertOrder()).containsExactly("Widget", "Entry").inOrder();
  }
}
