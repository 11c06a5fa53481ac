package dev.sluice.processor.fuzz;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.fuzz.Model.Field;
import dev.sluice.processor.fuzz.Model.Type;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.meta.SchemaMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs an accepted model on a real database: createAll, one insert per entity (parents
 * first), one delete per entity (children first), then dropAll. Test code drives the
 * generated classes by reflection through a class loader over the compiler's output.
 */
final class DatabaseCheck {
  private DatabaseCheck() {}

  private static final Pattern COMPOSITE_KEY = Pattern.compile("@ForeignKeyConstraint\\(columns"
      + " = \\{\"([^\"]+)\", \"([^\"]+)\"\\}, entity = ([^\\s,]+)\\.class, references ="
      + " \\{\"([^\"]+)\", \"([^\"]+)\"\\}");

  /** Returns {@code null} when all went well, else what failed. */
  static String run(Model model, Compilation compilation, Jdbi jdbi, Dialect dialect) {
    try {
      ClassLoader loader = new OutputLoader(compilation);
      SchemaMetadata metadata = (SchemaMetadata) loader.loadClass(model.schemaPackage() + "."
          + model.schemaName() + "_Metadata").getField("INSTANCE").get(null);
      SessionFactory factory = SessionFactory.create(jdbi, metadata, dialect);
      factory.createAll();
      List<Object> rows = new ArrayList<>();
      Map<String, Object> byType = new HashMap<>();
      Map<String, String> ids = new HashMap<>();
      model.entities().forEach(e -> ids.put(e.qualified(),
          ModelGenerator.idOf(model, e).name()));
      try (Session session = factory.openSession()) {
        for (Type entity : model.entities()) {
          Object row = newRow(loader, model, entity, byType, ids, rows.size());
          session.add(row);
          session.commit();
          rows.add(row);
          byType.put(entity.qualified(), row);
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
          if (session.contains(rows.get(i))) {
            session.delete(rows.get(i));
            session.commit();
          }
        }
      }
      factory.dropAll();
      factory.createAll();
      factory.dropAll();
      return null;
    } catch (Throwable e) {
      return FuzzCompiler.rootCause(e) + (e.getCause() != null ? "\n(" + e + ")" : "");
    }
  }

  /** A Jdbi over a new SQLite file with foreign keys enforced; deleted with the JVM. */
  static Jdbi sqlite() {
    try {
      Path file = Files.createTempFile("sluice-fuzz", ".db");
      file.toFile().deleteOnExit();
      return Jdbi.create("jdbc:sqlite:" + file + "?foreign_keys=true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object newRow(ClassLoader loader, Model model, Type entity,
      Map<String, Object> inserted, Map<String, String> ids, int serial)
      throws ReflectiveOperationException {
    Class<?> type = loader.loadClass(entity.qualified());
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object row = constructor.newInstance();
    List<Field> fields = new ArrayList<>(entity.fields());
    if (Model.superclass(entity) != null) {
      fields.addAll(0, model.type(Model.superclass(entity)).fields()); // the root's columns
    }
    Map<String, String[]> compositeKeys = compositeKeys(entity.annotation());
    if (Model.superclass(entity) != null) {
      compositeKeys.putAll(compositeKeys(model.type(Model.superclass(entity)).annotation()));
    }
    for (Field field : fields) {
      if (field.initializer() != null || field.annotations().contains("@GeneratedValue")
          || field.name().equals(ModelGenerator.DISCRIMINATOR)) {
        continue; // the discriminator is written by Sluice
      }
      java.lang.reflect.Field slot = declared(type, field.name());
      slot.setAccessible(true);
      String[] key = compositeKeys.get(field.name());
      if (key != null) { // the values of the referenced row, or NULL when there is none
        Object parent = inserted.get(key[0]);
        if (parent != null) {
          java.lang.reflect.Field referenced = declared(parent.getClass(), key[1]);
          referenced.setAccessible(true);
          slot.set(row, referenced.get(parent));
        }
        continue;
      }
      String target = foreignKeyTarget(field);
      if (target != null) {
        Object parent = inserted.get(target);
        boolean required = slot.getType().isPrimitive()
            || field.render().contains("nullable = false");
        // a subclass row leaves an optional key NULL: its root's row in the same table points
        // at the same parents, and a @Unique over keys would take the two rows for one
        boolean optionalInSharedTable = Model.superclass(entity) != null && !required;
        if (parent != null && !target.equals(entity.qualified()) && !optionalInSharedTable) {
          slot.set(row, idOf(parent, ids.get(target)));
        } else if (required) {
          return row; // cannot happen for generated models: keys to later entities are nullable
        }
        continue;
      }
      if (slot.getType().isPrimitive() || field.annotations().contains("@Id")
          || field.render().contains("nullable = false") || serial % 2 == 0) {
        slot.set(row, field.render().contains("length = ") // as short as a length of 1 allows
            ? Integer.toString(serial + 1, Character.MAX_RADIX)
            : value(slot.getType(), serial, Model.superclass(entity) != null));
      }
    }
    return row;
  }

  private static Object idOf(Object parent, String idField)
      throws ReflectiveOperationException {
    java.lang.reflect.Field id = declared(parent.getClass(), idField);
    id.setAccessible(true);
    return id.get(parent);
  }

  /** The field of that name the class declares or inherits (from a mapped superclass). */
  private static java.lang.reflect.Field declared(Class<?> type, String name)
      throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return field;
        }
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  /**
   * The columns of a class's {@code @ForeignKeyConstraint}s (as the generator writes them),
   * each with its referenced entity and field.
   */
  private static Map<String, String[]> compositeKeys(String annotation) {
    Map<String, String[]> keys = new HashMap<>();
    Matcher m = COMPOSITE_KEY.matcher(annotation == null ? "" : annotation);
    while (m.find()) {
      keys.put(m.group(1), new String[] {m.group(3), m.group(4)});
      keys.put(m.group(2), new String[] {m.group(3), m.group(5)});
    }
    return keys;
  }

  private static String foreignKeyTarget(Field field) {
    for (String annotation : field.annotations()) {
      if (annotation.startsWith("@ForeignKey(")) {
        return annotation.replaceAll(".*entity = ([^,)]*)\\.class.*", "$1");
      }
    }
    return null;
  }

  /**
   * A value of {@code type} unique to the row numbered {@code serial}; of the two-valued types
   * (booleans, the two-constant enum) a subclass row takes the other value than its root's,
   * as both share one table and may share a unique column.
   */
  private static Object value(Class<?> type, int serial, boolean subclass) {
    int n = serial + 1;
    if (type == boolean.class || type == Boolean.class) {
      return !subclass;
    } else if (type == int.class || type == Integer.class) {
      return n;
    } else if (type == long.class || type == Long.class) {
      return (long) n;
    } else if (type == double.class || type == Double.class) {
      return n + 0.5;
    } else if (type == BigDecimal.class) {
      return new BigDecimal(n + ".25");
    } else if (type == String.class) {
      return "v" + n;
    } else if (type == byte[].class) {
      return new byte[] {(byte) n, 2};
    } else if (type == UUID.class) {
      return new UUID(0, n);
    } else if (type == LocalDate.class) {
      return LocalDate.of(2020, 1, n % 28 + 1);
    } else if (type == LocalDateTime.class) {
      return LocalDateTime.of(2020, 1, 1, 12, n % 60);
    } else if (type == Instant.class) {
      return Instant.ofEpochSecond(1_600_000_000L + n);
    } else if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2020, 1, 1, 12, 0, n % 60, 0, ZoneOffset.UTC);
    } else if (type.isEnum()) {
      return type.getEnumConstants()[subclass ? 1 : 0];
    }
    throw new IllegalArgumentException("no value for " + type);
  }

  /** Loads the classes javac wrote to its in-memory output, before asking the test's loader. */
  private static final class OutputLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    OutputLoader(Compilation compilation) {
      super(DatabaseCheck.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
              path.length() - ".class".length()).replace('/', '.');
          classes.put(name, file);
        }
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && classes.containsKey(name)) {
          loaded = findClass(name);
        }
        return loaded != null ? loaded : super.loadClass(name, resolve);
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
