package dev.sluice.processor.fuzz;

import dev.sluice.processor.fuzz.Model.Field;
import dev.sluice.processor.fuzz.Model.Role;
import dev.sluice.processor.fuzz.Model.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

/**
 * Single mistakes a user makes, applied to a valid model: each names the classes that must
 * carry the error and whether the result must be rejected.
 */
final class Mutator {
  /** A mutated model; {@code blamed} holds the qualified names the error belongs on. */
  record Mutant(Model model, String description, Set<String> blamed, boolean mustReject) {}

  private interface Mutation extends BiFunction<Model, Random, Mutant> {}

  private static final List<Mutation> MUTATIONS = List.of(
      Mutator::removeId, Mutator::secondId, Mutator::unsupportedType,
      Mutator::generatedOnString, Mutator::finalColumn, Mutator::privateColumn,
      Mutator::abstractEntity, Mutator::noConstructor, Mutator::foreignKeyToMissingColumn,
      Mutator::foreignKeyWrongType, Mutator::duplicateColumn, Mutator::misspellInverse,
      Mutator::unlistEntity, Mutator::primitiveNullable, Mutator::duplicateTable,
      Mutator::caseOnlyTable, Mutator::caseOnlyColumn, Mutator::classLikeGenerated,
      Mutator::bytesId, Mutator::hostileColumnName, Mutator::hostileTableName,
      Mutator::longName, Mutator::malformedJoin, Mutator::uniqueOnMissingField,
      Mutator::subclassWithoutIdentity, Mutator::subclassPrimitiveColumn);

  private Mutator() {}

  /** One mutation of {@code model}, or {@code null} if the chosen one does not apply. */
  static Mutant mutate(Model model, Random random) {
    return MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(model, random);
  }

  /**
   * The entities that are not generated subclasses (whose mistakes are the hierarchy's own),
   * nor keyed by several columns (removing one @Id of those leaves a valid key).
   */
  private static List<Type> roots(Model model) {
    return model.entities().stream().filter(e -> Model.superclass(e) == null
        && e.fields().stream().filter(f -> f.annotations().contains("@Id")).count() == 1)
        .toList();
  }

  /** The entity with its {@code @Entity} naming {@code table}; its other annotations kept. */
  private static Type withTable(Type entity, String table) {
    return entity.withAnnotation(entity.annotation().replaceFirst("@Entity(\\([^)]*\\))?",
        Matcher.quoteReplacement("@Entity(table = \"" + table + "\")")));
  }

  private static Type someEntity(Model model, Random random) {
    List<Type> entities = roots(model);
    return entities.get(random.nextInt(entities.size()));
  }

  private static Mutant on(Model model, Type old, Type changed, String what, boolean reject) {
    return new Mutant(model.replace(old, changed), what + " on " + old.qualified(),
        Set.of(old.qualified()), reject);
  }

  private static List<Field> columns(Type entity) {
    return entity.fields().stream().filter(f -> f.initializer() == null).toList();
  }

  private static Field plainColumn(Type entity, Random random) {
    List<Field> plain = columns(entity).stream().filter(f -> f.annotations().stream()
        .noneMatch(a -> a.startsWith("@Id") || a.startsWith("@ForeignKey"))).toList();
    return plain.isEmpty() ? null : plain.get(random.nextInt(plain.size()));
  }

  private static Mutant removeId(Model model, Random random) {
    Type e = someEntity(model, random);
    Field id = ModelGenerator.idOf(e);
    return on(model, e, e.mapField(id.name(), f -> f.withAnnotations(List.of())), "no @Id",
        true);
  }

  /**
   * A second @Id beside a generated one: a composite key is assigned, never generated (not on
   * bytes, which could not be a key anyway: a second mistake).
   */
  private static Mutant secondId(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    boolean generated = ModelGenerator.idOf(e).annotations().contains("@GeneratedValue");
    if (column == null || !generated || column.type().equals("byte[]")) {
      return null;
    }
    return on(model, e, e.mapField(column.name(), f -> f.withAnnotations(List.of("@Id"))),
        "a second @Id beside a generated one", true);
  }

  private static Mutant unsupportedType(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    String type = new String[] {"java.util.Date", "Object", "java.util.List<String>",
        "char", "Character", "short", "float"}[random.nextInt(7)];
    return column == null ? null : on(model, e, e.mapField(column.name(),
        f -> new Field(List.of(), type, f.name(), null)), "type " + type, true);
  }

  private static Mutant generatedOnString(Model model, Random random) {
    Type e = someEntity(model, random);
    Field id = ModelGenerator.idOf(e);
    return on(model, e, e.mapField(id.name(), f -> new Field(List.of("@Id", "@GeneratedValue"),
        "String", f.name(), null)), "generated String id", true);
  }

  private static Mutant finalColumn(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    return column == null ? null : on(model, e, e.mapField(column.name(),
        f -> new Field(f.annotations(), "final " + f.type(), f.name(), defaultOf(f.type()))),
        "final column", true);
  }

  private static String defaultOf(String type) {
    return switch (type) {
      case "boolean" -> "false";
      case "int", "long", "double" -> "0";
      default -> "null";
    };
  }

  private static Mutant privateColumn(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    return column == null ? null : on(model, e, e.mapField(column.name(),
        f -> new Field(f.annotations(), "private " + f.type(), f.name(), null)),
        "private column without accessors", true);
  }

  private static Mutant abstractEntity(Model model, Random random) {
    Type e = someEntity(model, random);
    return on(model, e, e.withExtra(List.of("abstract")), "abstract", true);
  }

  private static Mutant noConstructor(Model model, Random random) {
    Type e = someEntity(model, random);
    return on(model, e, e.withExtra(List.of("public " + e.name() + "(int unused) {}")),
        "no no-argument constructor", true);
  }

  private static Mutant foreignKeyToMissingColumn(Model model, Random random) {
    for (Type e : model.entities()) {
      for (Field f : e.fields()) {
        if (!f.annotations().isEmpty() && f.annotations().get(0).startsWith("@ForeignKey(")) {
          List<String> changed = new ArrayList<>(f.annotations());
          changed.set(0, changed.get(0).replace(".class", ".class, column = \"nope\""));
          return on(model, e, e.mapField(f.name(), x -> x.withAnnotations(changed)),
              "foreign key to a missing column", true);
        }
      }
    }
    return null;
  }

  private static Mutant foreignKeyWrongType(Model model, Random random) {
    for (Type e : model.entities()) {
      for (Field f : e.fields()) {
        if (!f.annotations().isEmpty() && f.annotations().get(0).startsWith("@ForeignKey(")) {
          String type = f.type().equals("java.time.LocalDate") ? "Double" : "java.time.LocalDate";
          return on(model, e, e.mapField(f.name(), x -> x.withType(type)),
              "foreign key of the wrong type", true);
        }
      }
    }
    return null;
  }

  private static Mutant duplicateColumn(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    String idColumn = dev.sluice.processor.base.Naming.snakeCase(
        ModelGenerator.idOf(e).name());
    return column == null ? null : on(model, e, e.mapField(column.name(),
        f -> f.withAnnotations(List.of("@Column(name = \"" + idColumn + "\")"))),
        "two fields on one column", true);
  }

  private static Mutant misspellInverse(Model model, Random random) {
    for (Type e : model.entities()) {
      for (Field f : e.fields()) {
        if (!f.annotations().isEmpty() && f.annotations().get(0).contains("backPopulates = \"")) {
          List<String> changed = List.of(f.annotations().get(0)
              .replaceFirst("backPopulates = \"", "backPopulates = \"x"));
          return on(model, e, e.mapField(f.name(), x -> x.withAnnotations(changed)),
              "misspelled backPopulates", true);
        }
      }
    }
    return null;
  }

  private static Mutant unlistEntity(Model model, Random random) {
    if (model.entities().size() < 2) {
      return null;
    }
    Type e = someEntity(model, random);
    if (e.fields().stream().anyMatch(f -> f.initializer() != null)) {
      return null; // its holders name X_, which is not generated: javac says so, after W119
    }
    return new Mutant(model.replace(e, e.withRole(Role.UNLISTED_ENTITY)),
        "unlisted " + e.qualified(), Set.of(), false);
  }

  private static Mutant primitiveNullable(Model model, Random random) {
    Type e = someEntity(model, random);
    return on(model, e, e.withFields(append(e.fields(), new Field(
        List.of("@Column(nullable = true)"), "int", "nullableInt", null))),
        "nullable primitive", true);
  }

  private static Mutant duplicateTable(Model model, Random random) {
    if (roots(model).size() < 2) {
      return null;
    }
    Type first = roots(model).get(0);
    Type second = roots(model).get(1);
    String table = "same_table";
    Model changed = model.replace(first, withTable(first, table));
    Type again = changed.type(second.qualified());
    return new Mutant(changed.replace(again, withTable(again, table)),
        "one table for two entities", Set.of(first.qualified(),
        second.qualified()), true);
  }

  private static Mutant caseOnlyTable(Model model, Random random) {
    if (roots(model).size() < 2) {
      return null;
    }
    Type first = roots(model).get(0);
    Type second = roots(model).get(1);
    Model changed = model.replace(first, withTable(first, "Things"));
    Type again = changed.type(second.qualified());
    return new Mutant(changed.replace(again, withTable(again, "things")),
        "tables differing in case", Set.of(first.qualified(),
        second.qualified()), true);
  }

  private static Mutant caseOnlyColumn(Model model, Random random) {
    Type e = someEntity(model, random);
    return on(model, e, e.withFields(append(append(e.fields(), new Field(
        List.of("@Column(name = \"Amount\")"), "Integer", "amountA", null)), new Field(
        List.of("@Column(name = \"amount\")"), "Integer", "amountB", null))),
        "columns differing in case", true);
  }

  private static Mutant classLikeGenerated(Model model, Random random) {
    Type e = someEntity(model, random);
    String suffix = new String[] {"Dao", "_"}[random.nextInt(2)];
    List<Type> types = new ArrayList<>(model.types());
    types.add(new Type(e.pkg(), e.name() + suffix, Role.BYSTANDER, null, List.of(),
        List.of()));
    return new Mutant(model.withTypes(types), "a class named " + e.name() + suffix,
        Set.of(e.qualified(), e.pkg() + "." + e.name() + suffix), true);
  }

  private static Mutant uniqueOnMissingField(Model model, Random random) {
    Type e = someEntity(model, random);
    Field column = plainColumn(e, random);
    return column == null ? null : on(model, e, e.withAnnotation(e.annotation()
        + "\n@Unique({\"" + column.name() + "\", \"" + column.name() + "Typo\"})"),
        "@Unique naming a missing field", true);
  }

  private static Mutant bytesId(Model model, Random random) {
    Type e = someEntity(model, random);
    Field id = ModelGenerator.idOf(e);
    boolean referenced = model.types().stream().flatMap(t -> t.fields().stream())
        .anyMatch(f -> f.annotations().stream().anyMatch(a -> a.contains(e.qualified()
            + ".class")));
    return referenced ? null : on(model, e, e.mapField(id.name(),
        f -> new Field(List.of("@Id"), "byte[]", f.name(), null)), "byte[] id", true);
  }

  private static Mutant hostileColumnName(Model model, Random random) {
    Type e = someEntity(model, random);
    String name = new String[] {"a{keys}b", "nul\\u0000x", "x".repeat(64)}[random.nextInt(3)];
    return on(model, e, e.withFields(append(e.fields(), new Field(
        List.of("@Column(name = \"" + name + "\")"), "String", "hostile", null))),
        "column named " + name, true);
  }

  private static Mutant hostileTableName(Model model, Random random) {
    Type e = someEntity(model, random);
    String name = new String[] {"t{keys}", "t\\u0000", "t".repeat(64)}[random.nextInt(3)];
    return on(model, e, withTable(e, name), "table named " + name, true);
  }

  private static Mutant longName(Model model, Random random) {
    Type e = someEntity(model, random);
    String name = "é".repeat(32); // 64 bytes in UTF-8
    return on(model, e, withTable(e, name), "table name of 64 bytes", true);
  }

  private static Mutant malformedJoin(Model model, Random random) {
    for (Type e : model.entities()) {
      for (Field f : e.fields()) {
        if (!f.annotations().isEmpty() && f.annotations().get(0).startsWith("@Relationship(")
            && !f.annotations().get(0).contains("secondary")) {
          List<String> changed = List.of(f.annotations().get(0).replaceFirst(
              "@Relationship\\(", "@Relationship(primaryJoin = \"" + e.name() + ".nope > 1\", "));
          return on(model, e, e.mapField(f.name(), x -> x.withAnnotations(changed)),
              "malformed primaryJoin", true);
        }
      }
    }
    return null;
  }

  private static Type someSubclass(Model model, Random random) {
    List<Type> subclasses = model.entities().stream()
        .filter(e -> Model.superclass(e) != null).toList();
    return subclasses.isEmpty() ? null : subclasses.get(random.nextInt(subclasses.size()));
  }

  private static Mutant subclassWithoutIdentity(Model model, Random random) {
    Type e = someSubclass(model, random);
    return e == null ? null : on(model, e, e.withAnnotation(e.annotation()
        .replaceAll(" ?@PolymorphicIdentity\\([^)]*\\)", "")),
        "subclass without @PolymorphicIdentity", true);
  }

  private static Mutant subclassPrimitiveColumn(Model model, Random random) {
    Type e = someSubclass(model, random);
    if (e != null && e.annotation().contains("table = ")) {
      return null; // a table of its own may have NOT NULL columns
    }
    return e == null ? null : on(model, e, e.withFields(append(e.fields(),
        new Field(List.of(), "int", "kindCount", null))), "primitive subclass column", true);
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }
}
