package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;

/** What every generated source shares: the @Generated mark and type names. */
final class Sources {
  static final String PROCESSOR = "dev.sluice.processor.SluiceProcessor";

  private Sources() {}

  static ClassName entity(Entity entity) {
    return ClassName.get(entity.element());
  }

  /** A sibling class of the entity: {@code Person_}, {@code PersonDao}, … */
  static ClassName sibling(Entity entity, String suffix) {
    ClassName name = entity(entity);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + suffix);
  }

  /** The type of a column field, exactly as declared (no guessing from its name). */
  static TypeName type(Column column) {
    return TypeName.get(column.element().asType());
  }

}
