package dev.sluice.processor.write;

import dev.sluice.annotations.Cascade;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.model.UniqueKey;
import dev.sluice.processor.plan.SchemaPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;

/**
 * Writes {@code META-INF/sluice/<qualified name of S>.md}: a Mermaid diagram of the schema's entities and
 * relationships, a table of every relationship as inferred, the insert order and each
 * entity's delete plan in words.
 */
public final class ReportWriter {
  private final SchemaPlan plan;

  public ReportWriter(SchemaPlan plan) {
    this.plan = plan;
  }

  /** Named by the schema's qualified name: schemas of different packages may share a name. */
  public static String path(Schema schema) {
    return "META-INF/sluice/" + schema.element().getQualifiedName() + ".md";
  }

  public String write() {
    Schema schema = plan.schema();
    StringBuilder md = new StringBuilder();
    md.append("# Schema ").append(schema.simpleName()).append("\n\n")
        .append("Planned by Sluice from `").append(schema.element().getQualifiedName())
        .append("`.\n\n");
    diagram(md, schema);
    hierarchies(md, schema);
    relationships(md, schema);
    md.append("## Insert order\n\n");
    List<Entity> order = plan.insertOrder();
    for (int i = 0; i < order.size(); i++) {
      md.append(i + 1).append(". ").append(order.get(i).simpleName())
          .append(" (`").append(order.get(i).table()).append("`)\n");
    }
    md.append("\nDeletes run in the reverse order; association rows go before their"
        + " entities.\n\n## Delete plans\n\n");
    for (Entity entity : plan.insertOrder()) {
      md.append("- Deleting a ").append(entity.simpleName()).append(": ")
          .append(String.join("; ", plan.plan(entity).deleteWords())).append(".\n");
    }
    return md.toString();
  }

  private static void diagram(StringBuilder md, Schema schema) {
    md.append("## Diagram\n\n```mermaid\nerDiagram\n");
    for (Entity entity : schema.entities()) {
      md.append("  ").append(entity.simpleName()).append(" {\n");
      entity.columns().forEach(c -> attribute(md, entity, c));
      md.append("  }\n");
    }
    for (Entity entity : schema.entities()) {
      for (Relation relation : entity.relations()) {
        if (drawnFromOtherSide(schema, relation)) {
          continue;
        }
        String target = Naming.simpleName(relation.target());
        md.append("  ").append(entity.simpleName()).append(' ').append(cardinality(relation))
            .append(' ').append(target).append(" : \"").append(label(relation))
            .append("\"\n");
      }
    }
    md.append("```\n\n");
  }

  /** Each single-table hierarchy: its table, discriminator and classes with their identities. */
  private static void hierarchies(StringBuilder md, Schema schema) {
    List<String> lines = new ArrayList<>();
    for (Entity root : schema.entities()) {
      if (root.hierarchy() == null || root.isSubclass()) {
        continue;
      }
      List<String> classes = new ArrayList<>();
      List<Entity> members = new ArrayList<>(List.of(root)); // the root first
      schema.entities().stream().filter(e -> e.isSubclass()
          && e.hierarchy().root().equals(root.qualifiedName())).forEach(members::add);
      for (Entity member : members) {
        String parent = member.isSubclass() ? " extends " + ((DeclaredType) member.element()
            .getSuperclass()).asElement().getSimpleName() : "";
        String identity = member.hierarchy().identity() == null ? " (abstract)"
            : " \"" + member.hierarchy().identity() + "\"";
        String joined = member.isSubclass() && !member.table().equals(root.table())
            ? ", in `" + member.table() + "`" : "";
        classes.add(member.simpleName() + parent + identity + joined);
      }
      String joined = root.hierarchy().tables().stream().skip(1).map(table -> "`"
          + table.name() + "`." + table.keyColumn() + " → `" + table.parentTable() + "`"
          + (table.keyConstraint() ? "" : " (logical)")).collect(Collectors.joining(", "));
      lines.add("- Table `" + root.table() + "`, discriminator `"
          + root.column(root.hierarchy().discriminator()).name() + "`: "
          + String.join("; ", classes) + (joined.isEmpty() ? "" : "; joined tables keyed "
              + joined) + ".\n");
    }
    if (!lines.isEmpty()) {
      md.append("## Hierarchies\n\n");
      lines.forEach(md::append);
      md.append('\n');
    }
  }

  /**
   * A column of the diagram: its keys (a column in a multi-column UNIQUE is {@code UK}, in a
   * multi-column foreign key {@code FK}, with the others named in its comment) and the mapped
   * superclass it comes from.
   */
  private static void attribute(StringBuilder md, Entity entity, Column column) {
    md.append("    ").append(column.kind().lowerName()).append(' ').append(column.field());
    List<String> comments = new ArrayList<>();
    boolean unique = column.unique();
    for (UniqueKey key : entity.uniqueKeys()) {
      if (key.fields().contains(column.field())) {
        unique = true;
        comments.add("unique with " + String.join(", ", key.fields().stream()
            .filter(field -> !field.equals(column.field())).toList()));
      }
    }
    boolean referencing = column.foreignKey() != null;
    for (CompositeForeignKey key : entity.compositeKeys()) {
      if (key.fields().contains(column.field())) {
        referencing = true;
        comments.add("key " + String.join(", ", key.fields()) + " to "
            + Naming.simpleName(key.referencedEntity()) + "("
            + String.join(", ", key.referencedFields()) + ")");
      }
    }
    md.append(column.id() ? " PK" : referencing ? " FK" : unique ? " UK" : "");
    Element declaredBy = column.element() == null ? null : column.element().getEnclosingElement();
    if (declaredBy != null && declaredBy != entity.element()) {
      comments.add(0, "from " + declaredBy.getSimpleName());
    }
    if (!comments.isEmpty()) {
      md.append(" \"").append(String.join("; ", comments)).append('"');
    }
    md.append('\n');
  }

  /** Each pair is drawn once, from its one-to-many (or first declared) side. */
  private static boolean drawnFromOtherSide(Schema schema, Relation relation) {
    if (relation.inverse() == null) {
      return false;
    }
    Relation other = schema.entity(relation.target()).relation(relation.inverse());
    if (other == null) {
      return false;
    }
    if (relation.direction() != other.direction()) {
      return relation.direction() == dev.sluice.processor.model.Direction.MANY_TO_ONE;
    }
    return (relation.owner() + relation.field()).compareTo(other.owner() + other.field()) > 0;
  }

  private static String cardinality(Relation relation) {
    switch (relation.direction()) {
      case MANY_TO_MANY:
        return "}o--o{";
      case MANY_TO_ONE:
        return "}o--o|";
      default:
        return relation.holder().isCollection() ? "||--o{" : "||--o|";
    }
  }

  private static String label(Relation relation) {
    List<String> parts = new ArrayList<>();
    parts.add(relation.field() + (relation.inverse() == null ? "" : " / " + relation.inverse()));
    List<String> cascade = new ArrayList<>();
    for (Cascade kind : List.of(Cascade.DELETE, Cascade.DELETE_ORPHAN)) {
      if (relation.cascades(kind)) {
        cascade.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    if (!cascade.isEmpty()) {
      parts.add(String.join(", ", cascade));
    }
    if (relation.postUpdate()) {
      parts.add("post-update");
    }
    return String.join("; ", parts);
  }

  private static void relationships(StringBuilder md, Schema schema) {
    md.append("## Relationships\n\n| relationship | kind | target | join | cascade |"
        + " passive deletes | lazy | other side |\n|---|---|---|---|---|---|---|---|\n");
    for (Entity entity : schema.entities()) {
      for (Relation relation : entity.relations()) {
        md.append("| ").append(relation.describe()).append(relation.backrefSide()
            ? " (backref)" : "").append(" | ").append(relation.kindWords())
            .append(relation.postUpdate() ? ", post-update" : "").append(" | ")
            .append(Naming.simpleName(relation.target())).append(" | ").append(join(schema, relation))
            .append(" | ").append(cascades(relation)).append(" | ")
            .append(relation.passiveDeletes()).append(" | ").append(relation.loading())
            .append(" | ").append(relation.inverse() == null ? "—" : relation.inverse())
            .append(" |\n");
      }
    }
    md.append('\n');
  }

  private static String join(Schema schema, Relation relation) {
    String owner = Naming.simpleName(relation.owner());
    String target = Naming.simpleName(relation.target());
    List<String> parts = new ArrayList<>();
    if (relation.secondary() == null) {
      for (int i = 0; i < relation.ownerFields().size(); i++) {
        parts.add(owner + "." + relation.ownerFields().get(i) + " = " + target + "."
            + relation.targetFields().get(i));
      }
      return String.join(" AND ", parts);
    }
    // the owner's and the target's side of an association table may differ in width
    String table = schema.association(relation.secondary()).table();
    for (int i = 0; i < relation.ownerFields().size(); i++) {
      parts.add(owner + "." + relation.ownerFields().get(i) + " = " + table + "."
          + relation.secondaryOwnerColumns().get(i));
    }
    List<String> targetParts = new ArrayList<>();
    for (int i = 0; i < relation.targetFields().size(); i++) {
      targetParts.add(table + "." + relation.secondaryTargetColumns().get(i) + " = " + target
          + "." + relation.targetFields().get(i));
    }
    return String.join(" AND ", parts) + ", " + String.join(" AND ", targetParts);
  }

  private static String cascades(Relation relation) {
    List<String> names = new ArrayList<>();
    relation.cascade().forEach(k -> names.add(k.name().toLowerCase(Locale.ROOT)
        .replace('_', '-')));
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
