package dev.sluice.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** An entity class and its table; {@code uniqueKeys} are its multi-column UNIQUE constraints. */
public record Entity(
    TypeElement element,
    String qualifiedName,
    String packageName,
    String simpleName,
    String table,
    List<Column> columns,
    List<UniqueKey> uniqueKeys,
    List<Relation> relations) {

  public Column id() {
    return columns.stream().filter(Column::id).findFirst().orElseThrow();
  }

  /** The column of a field, or {@code null}. */
  public Column column(String field) {
    return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
  }

  /** The relationship of a field, or {@code null}. */
  public Relation relation(String field) {
    return relations.stream().filter(r -> r.field().equals(field)).findFirst().orElse(null);
  }

  public int indexOf(String field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field().equals(field)) {
        return i;
      }
    }
    throw new IllegalArgumentException(simpleName + " has no column " + field);
  }

  public Entity withRelations(List<Relation> resolved) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, columns,
        uniqueKeys, resolved);
  }

  public Entity withColumns(List<Column> linked) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, linked,
        uniqueKeys, relations);
  }
}
