package dev.sluice.processor.validate;

import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;

/** What the relationship rules ask of a relation: where its options are written, its keys. */
final class Relations {
  private Relations() {}

  /** The attribute that sets an option of a side: its own, or the declaring backrefOptions. */
  static Position option(Relation relation, String attribute) {
    return Position.of(relation.declaringElement(), relation.mirror(),
        relation.backrefSide() ? "backrefOptions" : attribute);
  }

  /** Every relation side of the schema, in entity and declaration order. */
  static List<Relation> all(Schema schema) {
    List<Relation> relations = new ArrayList<>();
    schema.entities().forEach(e -> relations.addAll(e.relations()));
    return relations;
  }

  /** The foreign-key columns of a one-to-many or many-to-one side. */
  static List<Column> foreignKeyColumns(Schema schema, Relation relation) {
    Entity holder = schema.entity(relation.foreignKeyHolder());
    return relation.foreignKeyFields().stream().map(holder::column).toList();
  }

  /** {@code a Person}, {@code an Account}. */
  static String withArticle(String qualified) {
    String name = Naming.simpleName(qualified);
    return ("AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
  }
}
