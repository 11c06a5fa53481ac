package dev.sluice.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated model as plain data: classes (entities, association tables and bystanders) in
 * two packages, and the schema that lists the entities. Renders itself as Java sources.
 */
record Model(String schemaPackage, String schemaName, List<Type> types) {
  static final String[] PACKAGES = {"fz.a", "fz.b"};

  /** What a class is to Sluice. */
  enum Role { ENTITY, ASSOCIATION, BYSTANDER, UNLISTED_ENTITY }

  /** A field: its annotations (as source text), type and name, and an initializer or not. */
  record Field(List<String> annotations, String type, String name, String initializer) {
    Field withAnnotations(List<String> changed) {
      return new Field(changed, type, name, initializer);
    }

    Field withType(String changed) {
      return new Field(annotations, changed, name, initializer);
    }

    String render() {
      StringBuilder out = new StringBuilder("  ");
      annotations.forEach(a -> out.append(a).append(' '));
      if (initializer != null && initializer.contains("(this)")) {
        out.append("final ");
      }
      out.append(type).append(' ').append(name);
      if (initializer != null) {
        out.append(" = ").append(initializer);
      }
      return out.append(';').toString();
    }
  }

  /** A top-level class, with the class annotation, fields and extra member lines. */
  record Type(String pkg, String name, Role role, String annotation, List<Field> fields,
      List<String> extra) {
    String qualified() {
      return pkg + "." + name;
    }

    Type withFields(List<Field> changed) {
      return new Type(pkg, name, role, annotation, changed, extra);
    }

    Type withAnnotation(String changed) {
      return new Type(pkg, name, role, changed, fields, extra);
    }

    Type withExtra(List<String> changed) {
      return new Type(pkg, name, role, annotation, fields, changed);
    }

    Type withRole(Role changed) {
      return new Type(pkg, name, changed, annotation, fields, extra);
    }

    Type mapField(String field, UnaryOperator<Field> change) {
      List<Field> changed = new ArrayList<>();
      for (Field f : fields) {
        changed.add(f.name().equals(field) ? change.apply(f) : f);
      }
      return withFields(changed);
    }

    Field field(String field) {
      return fields.stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
    }
  }

  Type type(String qualified) {
    return types.stream().filter(t -> t.qualified().equals(qualified)).findFirst().orElse(null);
  }

  Model withTypes(List<Type> changed) {
    return new Model(schemaPackage, schemaName, changed);
  }

  Model replace(Type old, Type changed) {
    List<Type> all = new ArrayList<>();
    for (Type t : types) {
      all.add(t == old ? changed : t);
    }
    return withTypes(all);
  }

  List<Type> entities() {
    return types.stream().filter(t -> t.role() == Role.ENTITY).toList();
  }

  /**
   * The source files, as (qualified name, text) pairs; the schema's comes last. An entity with
   * a {@link #MAPPED_BASE} flag is written as two classes: its leading columns in a
   * {@code @MappedSuperclass} {@code <Name>Base} (in the other package, with public fields,
   * as {@code <Name>Base<PACKAGE>} for {@link #MAPPED_BASE_ELSEWHERE}), the rest in the
   * entity, which extends it. Its {@code @Unique} and {@code @ForeignKeyConstraint}s over
   * columns that all moved go with them: declared there, they hold in the entity's table.
   */
  List<String[]> sources() {
    List<String[]> out = new ArrayList<>();
    for (Type type : types) {
      Type base = mappedBase(type);
      if (base == null) {
        out.add(new String[] {type.qualified(), render(type)});
        continue;
      }
      List<String> moved = new ArrayList<>();
      List<String> kept = new ArrayList<>();
      for (String line : type.annotation().split("\n")) {
        (overColumnsOf(line, base) ? moved : kept).add(line);
      }
      moved.add(0, base.annotation());
      out.add(new String[] {base.qualified(),
          render(base.withAnnotation(String.join("\n", moved)))});
      Type rest = type.withAnnotation(String.join("\n", kept)).withFields(
          type.fields().subList(base.fields().size(), type.fields().size()));
      out.add(new String[] {type.qualified(), render(rest).replaceFirst(" \\{\n",
          " extends " + base.qualified() + " {\n")});
    }
    out.add(new String[] {schemaPackage + "." + schemaName, renderSchema()});
    return out;
  }

  /** The column list of a {@code @Unique} or {@code @ForeignKeyConstraint} line. */
  private static final Pattern CONSTRAINT_COLUMNS =
      Pattern.compile("^@(?:Unique\\(|ForeignKeyConstraint\\(columns = )\\{([^}]*)\\}");

  /** Whether an annotation line is a constraint over columns that are all fields of base. */
  private static boolean overColumnsOf(String line, Type base) {
    Matcher m = CONSTRAINT_COLUMNS.matcher(line);
    if (!m.find()) {
      return false;
    }
    for (String column : m.group(1).split(",")) {
      String name = column.trim().replace("\"", "");
      if (base.fields().stream().noneMatch(field -> field.name().equals(name))) {
        return false;
      }
    }
    return true;
  }

  /** The prefix of the extra line naming the entity a subclass extends. */
  static final String EXTENDS = "extends:";

  /** The qualified name of the entity a subclass extends, or {@code null}. */
  static String superclass(Type type) {
    return type.extra().stream().filter(line -> line.startsWith(EXTENDS))
        .map(line -> line.substring(EXTENDS.length())).findFirst().orElse(null);
  }

  /** Flags of an entity whose leading columns live in a mapped superclass. */
  static final String MAPPED_BASE = "mapped-base";
  static final String MAPPED_BASE_ELSEWHERE = "mapped-base-elsewhere";

  /**
   * The mapped superclass an entity's flag asks for, holding its leading columns (at least
   * one, and one entity field stays), or {@code null}.
   */
  private static Type mappedBase(Type type) {
    boolean here = type.extra().contains(MAPPED_BASE);
    boolean elsewhere = type.extra().contains(MAPPED_BASE_ELSEWHERE);
    int leading = 0;
    while (leading < type.fields().size() && type.fields().get(leading).initializer() == null) {
      leading++;
    }
    int moved = Math.min(leading, type.fields().size() - 1);
    if (!(here || elsewhere) || moved <= 0) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (Field field : type.fields().subList(0, moved)) {
      fields.add(elsewhere && !field.type().startsWith("private ")
          ? field.withType("public " + field.type()) : field);
    }
    String pkg = elsewhere ? (type.pkg().equals(PACKAGES[0]) ? PACKAGES[1] : PACKAGES[0])
        : type.pkg();
    // named after the entity's package too when it lives elsewhere: fz.a.X and fz.b.X may both
    // put theirs in the other package
    String name = type.name() + "Base" + (elsewhere
        ? type.pkg().substring(type.pkg().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : "");
    return new Type(pkg, name, Role.BYSTANDER, "@MappedSuperclass", fields,
        List.of("abstract"));
  }

  private static String header(String pkg) {
    return "package " + pkg + ";\n\nimport dev.sluice.annotations.*;\nimport dev.sluice.runtime.*;\n"
        + "import java.math.BigDecimal;\nimport java.time.*;\nimport java.util.UUID;\n\n";
  }

  private static String render(Type type) {
    StringBuilder out = new StringBuilder(header(type.pkg()));
    if (type.annotation() != null) {
      out.append(type.annotation()).append('\n');
    }
    out.append(type.extra().contains("enum") ? "public enum "
        : type.extra().contains("abstract") ? "public abstract class " : "public class ")
        .append(type.name())
        .append(superclass(type) == null ? "" : " extends " + superclass(type)).append(" {\n");
    for (Field field : type.fields()) {
      out.append(field.render()).append('\n');
    }
    for (String line : type.extra()) {
      if (!List.of("enum", "abstract", MAPPED_BASE, MAPPED_BASE_ELSEWHERE).contains(line)
          && !line.startsWith(EXTENDS)) {
        out.append("  ").append(line).append('\n');
      }
    }
    return out.append("}\n").toString();
  }

  private String renderSchema() {
    List<String> listed = types.stream().filter(t -> t.role() == Role.ENTITY)
        .map(t -> t.qualified() + ".class").toList();
    return header(schemaPackage) + "@Schema(entities = {" + String.join(", ", listed) + "})\n"
        + "public interface " + schemaName + " {}\n";
  }

  /** All sources as one text, for a failure report. */
  String describe() {
    StringBuilder out = new StringBuilder();
    for (String[] source : sources()) {
      out.append("// ").append(source[0]).append('\n').append(source[1]);
    }
    return out.toString();
  }
}
