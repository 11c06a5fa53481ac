package dev.sluice.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @Schema}: its entities and the association tables their relationships use. */
public record Schema(
    TypeElement element,
    String packageName,
    String simpleName,
    List<Entity> entities,
    List<Association> associations) {

  /** The entity of a qualified class name, or {@code null}. */
  public Entity entity(String qualifiedName) {
    return entities.stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst()
        .orElse(null);
  }

  /** The association of a qualified class name, or {@code null}. */
  public Association association(String qualifiedName) {
    return associations.stream().filter(a -> a.qualifiedName().equals(qualifiedName))
        .findFirst().orElse(null);
  }
}
