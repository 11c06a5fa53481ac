package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The holders' public surface is exactly the user's API, and no public type of the API packages
 * extends or implements a type of the runtime's internals (reflection is fine in a test).
 */
class PublicSurfaceTest {
  private static final String INTERNAL = "dev.sluice.runtime.internal";

  /** The public methods of {@code type} that {@code contract} (and Object) does not declare. */
  private static Set<String> beyond(Class<?> type, Class<?> contract) {
    Set<String> inherited = signatures(contract);
    inherited.addAll(signatures(Object.class));
    return signatures(type).stream().filter(s -> !inherited.contains(s))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> signatures(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(PublicSurfaceTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Method method) {
    return method.getName() + Arrays.stream(method.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
  }

  @Test
  void theHoldersAreInterfacesOverTheirJavaUtilContract() {
    for (Class<?> holder : List.of(RelatedList.class, RelatedSet.class, RelatedRef.class,
        RelatedQuery.class)) {
      assertTrue(holder.isInterface(), holder + " is an interface");
      assertTrue(Modifier.isPublic(holder.getModifiers()), holder + " is public");
    }
    assertEquals(Set.of("isLoaded()", "set(Collection)"),
        beyond(RelatedList.class, java.util.List.class));
    assertEquals(Set.of("isLoaded()", "set(Collection)"),
        beyond(RelatedSet.class, java.util.Set.class));
    assertEquals(Set.of("clear()", "get()", "isLoaded()", "optional()", "set(Object)"),
        beyond(RelatedRef.class, Object.class));
    assertEquals(Set.of("add(Object)", "count()", "first()", "isLoaded()", "list()",
        "orderBy(String)", "query()", "remove(Object)", "where(String)"),
        beyond(RelatedQuery.class, Object.class));
  }

  @Test
  void noHolderNamesTheRuntimesBookkeeping() {
    Set<String> plumbing = Set.of("forget", "forgetAll", "relinkAll", "populate", "bind",
        "clearChanges", "members", "added", "removed", "dropped", "hasChanges", "unload",
        "relation", "owner", "wasAssigned");
    for (Class<?> holder : List.of(RelatedList.class, RelatedSet.class, RelatedRef.class,
        RelatedQuery.class)) {
      for (Method method : holder.getMethods()) {
        assertTrue(!plumbing.contains(method.getName()), holder.getSimpleName() + " exposes "
            + signature(method));
      }
    }
  }

  @Test
  void noPublicApiTypeExtendsAnInternalOne() throws ClassNotFoundException {
    List<String> offenders = new ArrayList<>();
    List<Class<?>> api = apiTypes();
    assertTrue(api.size() > 20, "found the API's classes: " + api);
    for (Class<?> type : api) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        if (c.getPackageName().startsWith(INTERNAL)) {
          offenders.add(type.getName() + " extends " + c.getName());
        }
        for (Class<?> i : c.getInterfaces()) {
          if (i.getPackageName().startsWith(INTERNAL)) {
            offenders.add(type.getName() + " implements " + i.getName());
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  /**
   * Everything {@code meta} offers outside its package, class by class: the descriptors users
   * read, with no builder, factory or public constructor (generated code makes them through
   * {@code dev.sluice.runtime.generated}). A change here is a change of the API.
   */
  @Test
  void metaOffersOnlyWhatUsersRead() throws ClassNotFoundException {
    StringBuilder actual = new StringBuilder();
    for (Class<?> type : publicTypes(List.of("dev/sluice/runtime/meta"))) {
      actual.append(surface(type)).append('\n');
    }
    assertEquals(META_SURFACE, actual.toString());
  }

  private static final String META_SURFACE = """
      Column: decodeEnum(String); field(); generated(); index(); name(); nullable(); primaryKey(); protected new(int, String, String, ColumnType, boolean, boolean, boolean, Function); quotedName(); toString(); type()
      ColumnType enum [BOOLEAN, INTEGER, LONG, DOUBLE, DECIMAL, STRING, BYTES, UUID, DATE, DATE_TIME, INSTANT, OFFSET_DATE_TIME, ENUM]
      DialectName: name()
      EntityType: cast(Object); columns(); foreignKeys(); hasCompositeKey(); id(Object); idColumn(); idColumns(); javaType(); name(); protected new(Class, String, List); quotedTable(); relations(); table(); toString()
      ForeignKeyRef: cascadesUpdates(); columns(); protected new(int[], Supplier, int[], boolean); referenced(); referencedColumns(); referencesId()
      Identifiers: static quote(String)
      Relation: cascade(); cascades(Cascade); direction(); foreignKeyOnTarget(); inverse(); isCollection(); joinWidth(); loading(); name(); owner(); ownerColumns(); ownerJoinColumn(int); passiveDeletes(); passiveUpdates(); postUpdate(); protected new(); secondaryOwnerColumn(int); secondaryTable(); secondaryTargetColumn(int); singleParent(); target(); targetColumns(); targetJoinColumn(int); toString(); writesLinks()
      Relation$Direction enum [ONE_TO_MANY, MANY_TO_ONE, MANY_TO_MANY]
      SchemaMetadata: entities(); entity(Class); findEntity(Class); name(); protected new(String, List, List); tables()
      TableDdl: addConstraints(DialectName); clearBeforeDrop(); createIndexes(); createTable(DialectName); dropConstraints(DialectName); dropTable(); protected new(String, Map, List, Map, Map, List); table()
      """;

  /** One line: the type, its constructors, fields and methods visible outside the package. */
  private static String surface(Class<?> type) {
    Set<String> members = new TreeSet<>();
    for (var c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
        members.add((Modifier.isPublic(c.getModifiers()) ? "public " : "protected ")
            + "new" + Arrays.stream(c.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")")));
      }
    }
    for (var f : type.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && !f.isEnumConstant()) {
        members.add("field " + f.getName());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if ((Modifier.isPublic(mod) || Modifier.isProtected(mod)) && !m.isSynthetic()
          && !(type.isEnum() && Set.of("values", "valueOf").contains(m.getName()))) {
        members.add((Modifier.isStatic(mod) ? "static " : "")
            + (Modifier.isProtected(mod) ? "protected " : "") + signature(m));
      }
    }
    String name = type.getName().substring(type.getPackageName().length() + 1);
    return name + (type.isEnum() ? " enum " + Arrays.toString(type.getEnumConstants()) : "")
        + (members.isEmpty() ? "" : ": " + String.join("; ", members));
  }

  /** The public classes of the API packages, read from the compiled classes. */
  private static List<Class<?>> apiTypes() throws ClassNotFoundException {
    return publicTypes(List.of("dev/sluice/runtime", "dev/sluice/runtime/meta"));
  }

  /** The public classes (nested ones too) of some packages, read from the compiled classes. */
  private static List<Class<?>> publicTypes(List<String> packages)
      throws ClassNotFoundException {
    Path classes = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "target/classes");
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : packages) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString().replace('/', '.')
              .replace('\\', '.').replaceAll("\\.class$", "");
          Class<?> type = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    types.sort(java.util.Comparator.comparing(Class::getName));
    return types;
  }
}
