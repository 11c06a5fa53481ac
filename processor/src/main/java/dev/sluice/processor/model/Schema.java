package dev.sluice.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/** A {@code @Schema}: its entities and the association tables their relationships use. */
public final class Schema {
  private final TypeElement element;
  private final String packageName;
  private final String simpleName;
  private final List<Entity> entities;
  private final List<Association> associations;
  /** Entities and associations by qualified name: every step looks them up, many times each. */
  private final Map<String, Entity> entityByName = new HashMap<>();
  private final Map<String, Association> associationByName = new HashMap<>();

  public Schema(TypeElement element, String packageName, String simpleName,
      List<Entity> entities, List<Association> associations) {
    this.element = element;
    this.packageName = packageName;
    this.simpleName = simpleName;
    this.entities = List.copyOf(entities);
    this.associations = List.copyOf(associations);
    for (Entity entity : this.entities) {
      entityByName.putIfAbsent(entity.qualifiedName(), entity);
    }
    for (Association association : this.associations) {
      associationByName.putIfAbsent(association.qualifiedName(), association);
    }
  }

  public TypeElement element() {
    return element;
  }

  public String packageName() {
    return packageName;
  }

  public String simpleName() {
    return simpleName;
  }

  public List<Entity> entities() {
    return entities;
  }

  public List<Association> associations() {
    return associations;
  }

  /** The entity of a qualified class name, or {@code null}. */
  public Entity entity(String qualifiedName) {
    return entityByName.get(qualifiedName);
  }

  /** The association of a qualified class name, or {@code null}. */
  public Association association(String qualifiedName) {
    return associationByName.get(qualifiedName);
  }
}
