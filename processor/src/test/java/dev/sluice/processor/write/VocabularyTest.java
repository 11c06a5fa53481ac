package dev.sluice.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.parse.HolderKind;
import dev.sluice.processor.parse.ValueKind;
import dev.sluice.processor.plan.SqlDialect;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.Relation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor does not depend on the runtime, so the few vocabularies it writes into
 * generated code by name are copies: each must name exactly the runtime's constants and
 * types, or generated code would not compile (or, for a new constant, could not be written).
 */
class VocabularyTest {
  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @Test
  void theProcessorsCopiesNameTheRuntimesConstants() {
    assertEquals(names(ColumnType.class), names(ValueKind.class));
    assertEquals(names(Relation.Direction.class), names(Direction.class));
    assertEquals(names(Dialect.class), names(SqlDialect.class));
  }

  @Test
  void theHolderKindsNameTheRuntimesHolders() throws ClassNotFoundException {
    for (HolderKind kind : HolderKind.values()) {
      assertTrue(Class.forName(kind.qualifiedName()).isInterface(), kind.qualifiedName());
    }
  }

  /** Every runtime type generated code names exists, so a moved class fails here first. */
  @Test
  void everyRuntimeNameIsARuntimeClass() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field field : RuntimeNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
        field.setAccessible(true);
        ClassName name = (ClassName) field.get(null);
        checked++;
        try {
          Class.forName(name.reflectionName());
        } catch (ClassNotFoundException e) {
          missing.add(field.getName() + " = " + name);
        }
      }
    }
    assertTrue(checked > 20, "read the names: " + checked);
    assertEquals(List.of(), missing);
  }
}
