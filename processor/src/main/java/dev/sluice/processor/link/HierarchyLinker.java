package dev.sluice.processor.link;

import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Hierarchy;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.HierarchyDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Places the linked entities of single-table hierarchies: the table's columns in one order for
 * every class, the identities each class's queries select, the relations a subclass inherits.
 * The rules have checked the hierarchies already, so every root named here is listed.
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
        Map.copyOf(concrete), List.copyOf(table), List.copyOf(inherited), subclassRelations);
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
