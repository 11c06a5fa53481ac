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

  /** The public classes of the API packages, read from the compiled classes. */
  private static List<Class<?>> apiTypes() throws ClassNotFoundException {
    Path classes = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "target/classes");
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : List.of("dev/sluice/runtime", "dev/sluice/runtime/meta")) {
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
    return types;
  }
}
