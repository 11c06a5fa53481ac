package dev.sluice.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The schema's table dependencies: an edge from each entity to every entity its foreign keys
 * (declared or logical, of one column or several) reference, except the keys a
 * {@code postUpdate} relationship writes after the INSERT. Gives the cycles (strongly connected components) and the insert order.
 * The classes of a single-table hierarchy are one table: their keys are edges of the root,
 * and they follow it in the insert order.
 */
public final class DependencyGraph {
  /** A child entity's foreign-key fields referencing a parent entity. */
  public record Edge(String child, String parent, List<String> fields) {}

  private final Schema schema;
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, List<String>> parentsOf = new HashMap<>();
  private final Map<String, Set<String>> postUpdateFields = new HashMap<>();

  private DependencyGraph(Schema schema) {
    this.schema = schema;
    for (Entity entity : schema.entities()) {
      for (Relation relation : entity.relations()) {
        if (relation.postUpdate() && relation.foreignKeyHolder() != null) {
          // the holder's own key columns are its identity, written by its INSERT: a join that
          // shares them (a composite key's owner part) post-updates only the other columns
          Entity holder = schema.entity(relation.foreignKeyHolder());
          postUpdateFields.computeIfAbsent(table(relation.foreignKeyHolder()),
              k -> new HashSet<>())
              .addAll(relation.foreignKeyFields().stream()
                  .filter(field -> !holder.column(field).id()).toList());
        }
      }
    }
    Map<String, Map<String, List<String>>> byTable = new LinkedHashMap<>();
    for (Entity entity : schema.entities()) {
      String child = table(entity.qualifiedName());
      Map<String, List<String>> byParent = byTable.computeIfAbsent(child, k -> new HashMap<>());
      for (Column column : entity.columns()) {
        ForeignKey fk = column.foreignKey();
        String parent = fk == null ? null : table(fk.referencedEntity());
        if (fk != null && !isPostUpdate(entity.qualifiedName(), column.field())
            && !parent.equals(child)) {
          List<String> fields = byParent.computeIfAbsent(parent, k -> new ArrayList<>());
          if (!fields.contains(column.field())) { // a subclass repeats its root's keys
            fields.add(column.field());
          }
        }
      }
      for (CompositeForeignKey key : entity.compositeKeys()) {
        // NULL in one column satisfies the whole key: a post-updated one breaks the cycle
        if (key.fields().stream().noneMatch(f -> isPostUpdate(entity.qualifiedName(), f))) {
          List<String> fields = byParent.computeIfAbsent(table(key.referencedEntity()),
              k -> new ArrayList<>());
          key.fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        }
      }
    }
    byTable.forEach((child, byParent) -> byParent.entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).forEach(e -> {
          edges.add(new Edge(child, e.getKey(), e.getValue()));
          parentsOf.computeIfAbsent(child, k -> new ArrayList<>()).add(e.getKey());
        }));
  }

  public static DependencyGraph of(Schema schema) {
    return new DependencyGraph(schema);
  }

  public List<Edge> edges() {
    return edges;
  }

  /** Whether a relationship with {@code postUpdate} writes this foreign-key field. */
  public boolean isPostUpdate(String entity, String field) {
    return postUpdateFields.getOrDefault(table(entity), Set.of()).contains(field);
  }

  /** The entity that stands for the table of {@code entity}: its hierarchy's root, or itself. */
  private String table(String entity) {
    Entity mapped = schema.entity(entity);
    return mapped == null || mapped.hierarchy() == null ? entity : mapped.hierarchy().root();
  }

  /** Each cycle of two or more tables, as a path that starts and ends at the same entity. */
  public List<List<String>> cycles() {
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component : components()) {
      if (component.size() > 1) {
        cycles.add(path(component));
      }
    }
    return cycles;
  }

  /**
   * Entities parents first; ties keep the schema's listing order (Kahn's algorithm, always
   * taking the first entity listed among those ready). Entities of a cycle come last, listed.
   */
  public List<String> insertOrder() {
    List<String> order = new ArrayList<>();
    for (String table : tableOrder()) {
      order.add(table);
      for (Entity entity : schema.entities()) {
        if (entity.isSubclass() && entity.hierarchy().root().equals(table)) {
          order.add(entity.qualifiedName()); // the rest of the table, right after its root
        }
      }
    }
    return order;
  }

  /** {@link #insertOrder()} of the tables: every entity but a hierarchy's subclasses. */
  private List<String> tableOrder() {
    List<String> names = schema.entities().stream().filter(e -> !e.isSubclass())
        .map(Entity::qualifiedName).toList();
    Set<String> known = new HashSet<>(names);
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> childrenOf = new HashMap<>();
    for (String name : names) {
      int count = 0;
      for (String parent : parents(name)) {
        if (known.contains(parent)) {
          count++;
          childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(name);
        }
      }
      waiting.put(name, count);
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      position.put(names.get(i), i);
    }
    PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparingInt(position::get));
    names.stream().filter(n -> waiting.get(n) == 0).forEach(ready::add);
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String next = ready.poll();
      order.add(next);
      for (String child : childrenOf.getOrDefault(next, List.of())) {
        if (waiting.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    Set<String> placed = new HashSet<>(order);
    names.stream().filter(n -> !placed.contains(n)).forEach(order::add);
    return order;
  }

  private List<String> parents(String child) {
    return parentsOf.getOrDefault(child, List.of());
  }

  /** Tarjan's strongly connected components, iteratively. */
  private List<Set<String>> components() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> components = new ArrayList<>();
    int[] counter = {0};
    for (Entity entity : schema.entities()) {
      if (!index.containsKey(entity.qualifiedName())) {
        connect(entity.qualifiedName(), index, low, stack, onStack, components, counter);
      }
    }
    return components;
  }

  /** A node of the depth-first walk and how many of its parents it has visited. */
  private static final class Visit {
    final String node;
    int next;

    Visit(String node) {
      this.node = node;
    }
  }

  /** Tarjan's walk from {@code root}, with an explicit stack: a long chain cannot overflow. */
  private void connect(String root, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> components, int[] counter) {
    Deque<Visit> walk = new ArrayDeque<>();
    enter(root, index, low, stack, onStack, counter);
    walk.push(new Visit(root));
    while (!walk.isEmpty()) {
      Visit visit = walk.peek();
      List<String> parents = parents(visit.node);
      if (visit.next < parents.size()) {
        String parent = parents.get(visit.next++);
        if (!index.containsKey(parent)) {
          enter(parent, index, low, stack, onStack, counter);
          walk.push(new Visit(parent));
        } else if (onStack.contains(parent)) {
          low.put(visit.node, Math.min(low.get(visit.node), index.get(parent)));
        }
        continue;
      }
      walk.pop();
      if (low.get(visit.node).equals(index.get(visit.node))) {
        Set<String> component = new LinkedHashSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(visit.node));
        components.add(component);
      }
      if (!walk.isEmpty()) {
        String caller = walk.peek().node;
        low.put(caller, Math.min(low.get(caller), low.get(visit.node)));
      }
    }
  }

  private static void enter(String node, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]++);
    stack.push(node);
    onStack.add(node);
  }

  /** The shortest cycle through a component's first entity, found breadth-first. */
  private List<String> path(Set<String> component) {
    String start = schema.entities().stream().map(Entity::qualifiedName)
        .filter(component::contains).findFirst().orElseThrow();
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String current = queue.poll();
      for (String parent : parents(current)) {
        if (parent.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String step = current; step != null; step = cameFrom.get(step)) {
            path.add(0, step);
          }
          path.add(start);
          return path;
        }
        if (component.contains(parent) && !parent.equals(start)
            && !cameFrom.containsKey(parent)) {
          cameFrom.put(parent, current);
          queue.add(parent);
        }
      }
    }
    return List.of(start, start);
  }
}
