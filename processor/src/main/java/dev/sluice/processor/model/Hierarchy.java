package dev.sluice.processor.model;

import java.util.List;
import java.util.Map;

/**
 * An entity's place in a class hierarchy: stored in one table (single-table inheritance), or
 * with subclasses that have tables of their own (joined-table inheritance).
 *
 * @param root the qualified name of the hierarchy's root entity
 * @param discriminator the root's field that holds each row's identity
 * @param identity this class's discriminator value, or {@code null} for an abstract class
 * @param identities the values of this class and every class extending it: the rows a query
 *     for this class selects
 * @param concrete every concrete class of the hierarchy (qualified names) by identity
 * @param tableColumns every column of the hierarchy's tables (the keys of joined tables aside),
 *     the root's first: the shape of every snapshot in the hierarchy, so a column has one index
 *     in all its classes
 * @param inherited the relations this class inherits from entity superclasses
 * @param subclassRelations whether a class extending this one declares relations of its own
 * @param tables the hierarchy's tables, the root's first, each after its superclass's
 */
public record Hierarchy(
    String root,
    String discriminator,
    String identity,
    List<String> identities,
    Map<String, String> concrete,
    List<Column> tableColumns,
    List<Relation> inherited,
    boolean subclassRelations,
    List<HierarchyTable> tables) {

  /** Whether a subclass has a table of its own. */
  public boolean isJoined() {
    return tables.size() > 1;
  }

  /** The tables a row of the class named {@code qualifiedName} has, the root's first. */
  public List<HierarchyTable> tablesOf(String qualifiedName) {
    return tables.stream().filter(table -> table.classes().contains(qualifiedName)).toList();
  }

  /** The table that holds {@code column}. */
  public HierarchyTable tableHolding(Column column) {
    return tables.stream().filter(table -> table.holds(column)).findFirst().orElseThrow();
  }

  /** Whether the entity named {@code qualifiedName} is the root of this hierarchy. */
  public boolean isRoot(String qualifiedName) {
    return root.equals(qualifiedName);
  }
}
