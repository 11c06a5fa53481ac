package dev.sluice.processor.link;

import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Hierarchy;
import dev.sluice.processor.model.HierarchyTable;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.HierarchyDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Places the linked entities of hierarchies: their columns in one order for every class, the
 * tables that hold them, the identities each class's queries select, the relations a subclass
 * inherits. The rules have checked the hierarchies already, so every root named here is listed.
 */
final class HierarchyLinker {
  private HierarchyLinker() {}

  static List<Entity> place(List<Entity> entities, Map<String, EntityDecl> decls) {
    Map<String, List<Entity>> members = new LinkedHashMap<>();
    for (Entity entity : entities) {
      HierarchyDecl hierarchy = decls.get(entity.qualifiedName()).hierarchy();
      if (hierarchy != null && hierarchy.discriminator() != null) {
        members.computeIfAbsent(hierarchy.root().getQualifiedName().toString(),
            root -> new ArrayList<>()).add(entity);
      }
    }
    List<Entity> placed = new ArrayList<>();
    for (Entity entity : entities) {
      HierarchyDecl hierarchy = decls.get(entity.qualifiedName()).hierarchy();
      List<Entity> family = hierarchy == null ? null
          : members.get(hierarchy.root().getQualifiedName().toString());
      placed.add(family == null ? entity
          : entity.withHierarchy(hierarchy(entity, hierarchy, family, decls)));
    }
    return placed;
  }

  private static Hierarchy hierarchy(Entity entity, HierarchyDecl decl, List<Entity> family,
      Map<String, EntityDecl> decls) {
    String root = decl.root().getQualifiedName().toString();
    List<Column> table = new ArrayList<>();
    Map<String, String> concrete = new LinkedHashMap<>();
    List<String> identities = new ArrayList<>();
    List<Relation> inherited = new ArrayList<>();
    boolean subclassRelations = false;
    for (Entity member : family.stream().sorted((a, b) -> Boolean.compare(
        !a.qualifiedName().equals(root), !b.qualifiedName().equals(root))).toList()) {
      for (Column column : member.columns()) {
        if (table.stream().noneMatch(c -> c.element() == column.element())) {
          table.add(column);
        }
      }
      String identity = decls.get(member.qualifiedName()).hierarchy().identity();
      if (identity != null) {
        concrete.put(identity, member.qualifiedName());
      }
      boolean below = extendsClass(member.element(), entity.element());
      if (identity != null && (below || member == entity)) {
        identities.add(identity);
      }
      if (below) {
        subclassRelations |= !member.relations().isEmpty();
      }
      if (extendsClass(entity.element(), member.element())) {
        inherited.addAll(member.relations());
      }
    }
    return new Hierarchy(root, decl.discriminator(), decl.identity(), List.copyOf(identities),
        Map.copyOf(concrete), List.copyOf(table), List.copyOf(inherited), subclassRelations,
        tables(family, decls));
  }

  /**
   * The hierarchy's tables: each class's own columns (those its entity superclass does not
   * map) go to its superclass's table when it shares it, else to a table of its own.
   */
  private static List<HierarchyTable> tables(List<Entity> family, Map<String, EntityDecl> decls) {
    Map<String, Entity> byName = new LinkedHashMap<>();
    family.forEach(member -> byName.put(member.qualifiedName(), member));
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    Map<String, Entity> owners = new LinkedHashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    Entity root = null;
    for (Entity member : family.stream().sorted(Comparator.comparingInt(
        member -> depth(member.element()))).toList()) {
      TypeElement superclass = decls.get(member.qualifiedName()).entitySuperclass();
      Entity parent = superclass == null ? null
          : byName.get(superclass.getQualifiedName().toString());
      root = parent == null ? member : root;
      List<Column> own = member.columns().stream().filter(column -> parent == null
          || parent.columns().stream().noneMatch(c -> c.element() == column.element()))
          .filter(column -> parent == null || !column.id()).toList();
      if (columns.containsKey(member.table())) {
        columns.get(member.table()).addAll(own);
      } else {
        columns.put(member.table(), new ArrayList<>(own));
        owners.put(member.table(), member);
        parents.put(member.table(), parent == null ? null : parent.table());
      }
    }
    List<HierarchyTable> tables = new ArrayList<>();
    Map<String, Boolean> passive = new LinkedHashMap<>();
    for (Map.Entry<String, Entity> entry : owners.entrySet()) {
      Entity owner = entry.getValue();
      HierarchyDecl decl = decls.get(owner.qualifiedName()).hierarchy();
      String key = decl.keyColumn().isEmpty() ? root.id().name() : decl.keyColumn();
      List<String> classes = family.stream().filter(member -> member == owner
          || extendsClass(member.element(), owner.element())).map(Entity::qualifiedName)
          .toList();
      String parentTable = parents.get(entry.getKey());
      // a table left to the database takes the rows of the tables below it along
      boolean passiveDeletes = parentTable != null && (decl.keyPassiveDeletes()
          || passive.getOrDefault(parentTable, false));
      passive.put(entry.getKey(), passiveDeletes);
      tables.add(new HierarchyTable(entry.getKey(), owner.qualifiedName(), classes,
          List.copyOf(columns.get(entry.getKey())), key, parentTable, decl.keyConstraint(),
          passiveDeletes));
    }
    return List.copyOf(tables);
  }

  /** How many classes {@code type} extends. */
  private static int depth(TypeElement type) {
    int depth = 0;
    TypeMirror parent = type.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      depth++;
      parent = ((TypeElement) ((DeclaredType) parent).asElement()).getSuperclass();
    }
    return depth;
  }

  /** Whether {@code type} extends {@code ancestor} (directly or not). */
  private static boolean extendsClass(TypeElement type, TypeElement ancestor) {
    TypeMirror parent = type.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
      if (superclass == ancestor) {
        return true;
      }
      parent = superclass.getSuperclass();
    }
    return false;
  }
}
