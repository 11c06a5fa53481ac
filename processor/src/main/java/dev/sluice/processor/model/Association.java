package dev.sluice.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An association (link) table of many-to-many relationships; its key is all its columns, and
 * {@code compositeKeys} are its foreign keys over several columns (to a composite key).
 */
public record Association(
    TypeElement element,
    String qualifiedName,
    String simpleName,
    String table,
    List<Column> columns,
    List<CompositeForeignKey> compositeKeys) {

  /** The column of a field, or {@code null}. */
  public Column column(String field) {
    return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
  }
}
