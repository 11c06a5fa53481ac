package dev.sluice.processor.fuzz;

import dev.sluice.processor.fuzz.Model.Field;
import dev.sluice.processor.fuzz.Model.Role;
import dev.sluice.processor.fuzz.Model.Type;
import dev.sluice.processor.base.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates valid models from a seed: every column type, nullability, unique and indexed
 * columns, ids with and without {@code @GeneratedValue}, foreign keys with actions and without
 * constraints, every relationship kind with its options, two packages and awkward names.
 */
final class ModelGenerator {
  static final String[] ENTITY_NAMES = {"Comment", "Node", "Item", "Order", "User", "Group",
      "Tag", "Entry", "Value", "Select", "Data", "Über", "Post", "Session", "Relation", "Object",
      "Override", "Query", "List", "Key"};
  static final String[] BYSTANDERS = {"Override", "Object", "SuppressWarnings", "Session",
      "List", "Objects", "Generated", "Optional", "Map", "Deprecated"};
  static final String[] COLUMN_TYPES = {"boolean", "Boolean", "int", "Integer", "long", "Long",
      "double", "Double", "BigDecimal", "String", "byte[]", "UUID", "LocalDate", "LocalDateTime",
      "Instant", "OffsetDateTime", "fz.a.Kind"};
  static final String[] ID_TYPES = {"Long", "long", "Integer", "int", "String", "UUID"};
  static final String[] FIELD_NAMES = {"name", "title", "value", "order", "select", "group",
      "user", "data", "createdAt", "aB", "x1", "_hidden", "$dollar", "ñandú", "count", "type",
      "key", "session", "from", "limit", "HTTPCode", "id2", "where", "table", "index", "isOk"};
  static final String[] COLUMN_NAMES = {"select", "Mixed Case", "with space", "order", "ü",
      "a.b", "x-y", "col_1", "GROUP"};
  static final String[] TABLE_NAMES = {"select", "Order Items", "a.b", "t-1", "ÜBER", "user",
      "group", "tbl"};
  private static final String[] ACTIONS = {"NO_ACTION", "RESTRICT", "CASCADE", "SET_NULL"};
  private static final String[] LAZY = {"SELECT", "SELECTIN", "JOINED", "RAISE", "NOLOAD"};
  private static final String[][] CASCADES = {{}, {"Cascade.ALL"},
      {"Cascade.ALL", "Cascade.DELETE_ORPHAN"}, {"Cascade.SAVE_UPDATE", "Cascade.DELETE"},
      {"Cascade.SAVE_UPDATE", "Cascade.MERGE", "Cascade.EXPUNGE", "Cascade.REFRESH_EXPIRE"}};

  private final Random random;
  private final List<Type> types = new ArrayList<>();
  private final Set<String> tables = new HashSet<>();
  /** The two fields of each entity's {@code @Unique}, which a composite key may reference. */
  private final Map<String, List<String>> uniques = new HashMap<>();
  private int counter;

  private ModelGenerator(long seed) {
    this.random = new Random(seed);
  }

  static Model generate(long seed) {
    return new ModelGenerator(seed).model();
  }

  private Model model() {
    types.add(new Type("fz.a", "Kind", Role.BYSTANDER, null, List.of(),
        List.of("enum", "LOW, HIGH;")));
    int count = 1 + random.nextInt(5);
    Set<String> used = new HashSet<>();
    for (int i = 0; i < count; i++) {
      String pkg = pick(Model.PACKAGES);
      String name = pick(ENTITY_NAMES);
      while (!used.add(pkg + "." + name)) {
        name = pick(ENTITY_NAMES);
      }
      types.add(entity(pkg, name));
    }
    List<Type> entities = entitiesInOrder();
    for (int i = 0; i < entities.size(); i++) {
      int references = random.nextInt(3);
      for (int r = 0; r < references; r++) {
        int target = random.nextInt(i + 1);
        if (target == i && random.nextInt(3) != 0) {
          continue; // self-references are rarer
        }
        foreignKey(entities().get(i), entities().get(target));
      }
    }
    for (int i = 1; i < entities.size(); i++) {
      if (random.nextInt(4) == 0) {
        manyToMany(entities().get(i), entities().get(random.nextInt(i)));
      }
    }
    if (random.nextInt(3) == 0) {
      String pkg = pick(Model.PACKAGES);
      String name = pick(BYSTANDERS);
      if (types.stream().noneMatch(t -> t.qualified().equals(pkg + "." + name))) {
        types.add(new Type(pkg, name, Role.BYSTANDER, null, List.of(), List.of()));
      }
    }
    for (Type entity : entitiesInOrder()) { // drawn last: the rest of the model stays as it was
      if (random.nextInt(4) == 0) {
        unique(entity);
      }
      if (random.nextInt(5) == 0) {
        String flag = random.nextBoolean() ? Model.MAPPED_BASE : Model.MAPPED_BASE_ELSEWHERE;
        update(entity, t -> t.withExtra(append(t.extra(), flag)));
      }
    }
    List<Type> ordered = entitiesInOrder();
    for (int i = 1; i < ordered.size(); i++) {
      if (random.nextInt(3) == 0) {
        compositeKey(ordered.get(i), ordered.get(random.nextInt(i)));
      }
    }
    if (random.nextInt(4) == 0) {
      hierarchy(pick(entitiesInOrder().toArray(new Type[0])));
    }
    for (Type entity : entitiesInOrder()) {
      long singleIds = entitiesInOrder().stream().filter(e -> e.fields().stream()
          .filter(f -> f.annotations().contains("@Id")).count() == 1).count();
      if (singleIds > 1 && random.nextInt(3) == 0) { // one keeps a single id, for mutations
        compositeId(current(entity));
      }
    }
    return new Model("fz.a", random.nextBoolean() ? "S" : "Shop", List.copyOf(types));
  }

  private List<Type> entitiesInOrder() {
    return types.stream().filter(t -> t.role() == Role.ENTITY).toList();
  }

  private List<Type> entities() {
    return entitiesInOrder();
  }

  private Type entity(String pkg, String name) {
    String annotation = "@Entity";
    String table = Naming.snakeCase(name);
    if (random.nextInt(4) == 0) {
      table = pick(TABLE_NAMES) + (counter++);
      annotation = "@Entity(table = \"" + table + "\")";
    }
    while (!tables.add(table.toLowerCase(Locale.ROOT))) {
      table = table + (counter++);
      annotation = "@Entity(table = \"" + table + "\")";
    }
    List<Field> fields = new ArrayList<>();
    String idType = pick(ID_TYPES);
    boolean integer = idType.equals("Long") || idType.equals("long")
        || idType.equals("Integer") || idType.equals("int");
    List<String> idAnnotations = new ArrayList<>(List.of("@Id"));
    if (integer && random.nextInt(5) < 3) {
      idAnnotations.add("@GeneratedValue");
    }
    String idName = random.nextInt(5) == 0 ? pick(new String[] {"uid", "pk", "key", "ID"}) : "id";
    fields.add(new Field(idAnnotations, idType, idName, null));
    Set<String> columns = new HashSet<>(Set.of(Naming.snakeCase(idName).toLowerCase(Locale.ROOT)));
    Set<String> names = new HashSet<>(Set.of(idName));
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String field = pick(FIELD_NAMES);
      if (!names.add(field)) {
        continue;
      }
      String column = random.nextInt(6) == 0 ? pick(COLUMN_NAMES) + (counter++) : null;
      String effective = column == null ? Naming.snakeCase(field) : column;
      if (!columns.add(effective.toLowerCase(Locale.ROOT))) {
        continue;
      }
      fields.add(column(field, column));
    }
    return new Type(pkg, name, Role.ENTITY, annotation, fields, List.of());
  }

  private Field column(String field, String column) {
    String type = pick(COLUMN_TYPES);
    List<String> attributes = new ArrayList<>();
    if (column != null) {
      attributes.add("name = \"" + column + "\"");
    }
    boolean primitive = Character.isLowerCase(type.charAt(0)) && !type.contains(".");
    if (!primitive && random.nextInt(3) == 0) {
      attributes.add("nullable = false");
    }
    if (random.nextInt(6) == 0) {
      attributes.add("unique = true");
    } else if (random.nextInt(6) == 0) {
      attributes.add("index = true");
    }
    if (type.equals("String") && random.nextInt(3) == 0) {
      attributes.add("length = " + (1 + random.nextInt(200)));
    }
    List<String> annotations = attributes.isEmpty() ? List.of()
        : List.of("@Column(" + String.join(", ", attributes) + ")");
    return new Field(annotations, type, field, null);
  }

  private void foreignKey(Type child, Type parent) {
    Field parentId = idOf(parent);
    boolean self = child == parent;
    boolean nullable = self || random.nextBoolean();
    String type = boxed(parentId.type());
    if (!nullable && random.nextBoolean()) {
      type = parentId.type();
    }
    String field = Naming.decapitalize(ascii(parent.name())) + "Fk" + (counter++);
    List<String> attributes = new ArrayList<>(List.of("entity = " + parent.qualified() + ".class"));
    if (random.nextInt(4) == 0) {
      attributes.add("onDelete = Action." + pick(ACTIONS));
    }
    if (random.nextInt(5) == 0) {
      attributes.add("onUpdate = Action." + pick(new String[] {"NO_ACTION", "CASCADE"}));
    }
    if (random.nextInt(6) == 0) {
      attributes.add("constraint = false");
    }
    List<String> annotations = new ArrayList<>(
        List.of("@ForeignKey(" + String.join(", ", attributes) + ")"));
    if (!nullable && !Character.isLowerCase(type.charAt(0))) {
      annotations.add("@Column(nullable = false)");
    }
    if (attributes.contains("onDelete = Action.SET_NULL") && !nullable) {
      annotations.set(0, annotations.get(0).replace("SET_NULL", "CASCADE"));
    }
    Field key = new Field(annotations, type, field, null);
    Type updated = update(child, t -> t.withFields(append(t.fields(), key)));
    if (random.nextInt(4) != 0) {
      relationship(updated, field, nullable);
    }
  }

  private void relationship(Type childNow, String fkField, boolean nullable) {
    Type child = current(childNow);
    String target = child.field(fkField).annotations().get(0)
        .replaceAll(".*entity = ([^,)]*)\\.class.*", "$1");
    Type parent = types.stream().filter(t -> t.qualified().equals(target)).findFirst()
        .orElseThrow();
    boolean self = child.qualified().equals(parent.qualified());
    String many = "many" + (counter++);
    String one = "one" + (counter++);
    int kind = random.nextInt(5); // pair, backref, many-to-one only, one-to-many only, one-to-one
    if (self && kind == 4) {
      kind = 0;
    }
    String fks = "foreignKeys = \"" + fkField + "\"";
    String remote = self ? ", remoteSide = \"" + idOf(parent).name() + "\"" : "";
    String parentHolder = kind == 4 ? "RelatedRef" : pick(new String[] {"RelatedList",
        "RelatedSet", "RelatedList"});
    List<String> collectionOptions = new ArrayList<>(collectionOptions(child, parentHolder,
        kind == 4));
    if (!child.field(fkField).annotations().get(0).contains("constraint = false")) {
      collectionOptions.remove("passiveUpdates = false"); // E332: the database refuses it
    }
    List<String> refOptions = refOptions(nullable);
    switch (kind) {
      case 0, 4 -> {
        addRelation(parent, holderOf(collectionOptions, parentHolder), child, many,
            join(fks, "backPopulates = \"" + one
            + "\"", collectionOptions));
        addRelation(current(child), "RelatedRef", current(parent), one, join(fks + remote,
            "backPopulates = \"" + many + "\"", refOptions));
      }
      case 1 -> {
        addRelation(parent, holderOf(collectionOptions, parentHolder), child, many,
            join(fks, "backref = \"" + one + "\"", collectionOptions));
        addRelation(current(child), "RelatedRef", current(parent), one, null);
      }
      case 2 -> addRelation(child, "RelatedRef", parent, one, join(fks + remote, null,
          refOptions));
      default -> addRelation(parent, holderOf(collectionOptions, parentHolder), child, many,
          join(fks, null, collectionOptions));
    }
  }

  private static String holderOf(List<String> options, String holder) {
    return options.contains("lazy = Lazy.DYNAMIC") ? "RelatedQuery" : holder;
  }

  private List<String> collectionOptions(Type child, String holder, boolean oneToOne) {
    List<String> options = new ArrayList<>();
    String[] cascade = CASCADES[random.nextInt(CASCADES.length)];
    boolean delete = List.of(cascade).contains("Cascade.ALL")
        || List.of(cascade).contains("Cascade.DELETE");
    if (cascade.length > 0) {
      options.add("cascade = {" + String.join(", ", cascade) + "}");
    }
    if (random.nextInt(5) == 0) {
      options.add("passiveDeletes = PassiveDeletes." + (delete || random.nextBoolean()
          ? "ON" : "ALL"));
    }
    if (random.nextInt(8) == 0) {
      options.add("passiveUpdates = false");
    }
    int lazy = random.nextInt(LAZY.length + (oneToOne ? 0 : 1));
    if (lazy < LAZY.length) {
      options.add("lazy = Lazy." + LAZY[lazy]);
    } else {
      options.add("lazy = Lazy.DYNAMIC");
    }
    if (!oneToOne && random.nextInt(4) == 0) {
      Field ordered = pick(child.fields().toArray(new Field[0]));
      if (!ordered.type().equals("byte[]") && ordered.initializer() == null) {
        options.add("orderBy = \"" + ordered.name() + (random.nextBoolean() ? " DESC" : "")
            + "\"");
      }
    }
    return options;
  }

  private List<String> refOptions(boolean nullable) {
    List<String> options = new ArrayList<>();
    if (random.nextInt(5) == 0) {
      options.add("cascade = {Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.REFRESH_EXPIRE}");
    }
    if (nullable && random.nextInt(6) == 0) {
      options.add("postUpdate = true");
    }
    if (random.nextInt(3) == 0) {
      options.add("lazy = Lazy." + pick(LAZY));
    }
    return options;
  }

  private static String join(String first, String second, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    if (second != null) {
      all.add(second);
    }
    all.addAll(rest);
    return "@Relationship(" + String.join(", ", all) + ")";
  }

  private void addRelation(Type owner, String holder, Type target, String field,
      String annotation) {
    List<String> annotations = annotation == null ? List.of() : List.of(annotation);
    Field relation = new Field(annotations, holder + "<" + target.qualified() + ">", field,
        owner.name() + "_." + field + "(this)");
    update(current(owner), t -> t.withFields(append(t.fields(), relation)));
  }

  private void manyToMany(Type left, Type right) {
    String pkg = pick(Model.PACKAGES);
    String name = ascii(left.name()) + ascii(right.name()) + "Link" + (counter++);
    String leftKey = "leftFk" + (counter++);
    String rightKey = "rightFk" + (counter++);
    String action = random.nextBoolean() ? "" : ", onDelete = Action.CASCADE";
    List<Field> fields = List.of(
        new Field(List.of("@ForeignKey(entity = " + left.qualified() + ".class" + action + ")"),
            boxed(idOf(left).type()), leftKey, null),
        new Field(List.of("@ForeignKey(entity = " + right.qualified() + ".class" + action + ")"),
            boxed(idOf(right).type()), rightKey, null));
    String table = Naming.snakeCase(name).toLowerCase(Locale.ROOT);
    tables.add(table);
    types.add(new Type(pkg, name, Role.ASSOCIATION, "@AssociationTable", fields, List.of()));
    String many = "links" + (counter++);
    String back = "backLinks" + (counter++);
    String secondary = "secondary = " + pkg + "." + name + ".class";
    String holder = pick(new String[] {"RelatedList", "RelatedSet"});
    switch (random.nextInt(3)) {
      case 0 -> {
        addRelation(left, holder, right, many, "@Relationship(" + secondary
            + ", backPopulates = \"" + back + "\")");
        addRelation(current(right), pick(new String[] {"RelatedList", "RelatedSet"}),
            current(left), back, "@Relationship(" + secondary + ", backPopulates = \"" + many
                + "\")");
      }
      case 1 -> {
        addRelation(left, holder, right, many, "@Relationship(" + secondary + ", backref = \""
            + back + "\")");
        addRelation(current(right), "RelatedList", current(left), back, null);
      }
      default -> addRelation(left, holder, right, many, "@Relationship(" + secondary
          + ", lazy = Lazy." + pick(LAZY) + ")");
    }
  }

  /**
   * Makes {@code root} the root of a hierarchy with a discriminator field, and adds a subclass
   * listed in the schema: in the root's table with nullable columns of its own, or in a table
   * of its own (joined, keyed by a foreign key, a logical key, a key column of another name, or
   * a foreign key that deletes its rows) that also holds a NOT NULL column.
   */
  private void hierarchy(Type root) {
    if (root.field(DISCRIMINATOR) != null || root.extra().contains("abstract")) {
      return;
    }
    String name = root.name() + "Kind";
    if (types.stream().anyMatch(t -> t.name().equals(name))) {
      return;
    }
    update(root, t -> t.withAnnotation(t.annotation() + "\n@PolymorphicOn(\"" + DISCRIMINATOR
        + "\") @PolymorphicIdentity(\"" + t.name().toLowerCase(Locale.ROOT) + "\")")
        .withFields(append(t.fields(), new Field(List.of(), "String", DISCRIMINATOR, null))));
    List<Field> own = List.of(new Field(List.of(), "String", "kindNote", null),
        new Field(List.of("@Column(name = \"kind_level" + (counter++) + "\")"), "Integer",
            "kindLevel", null));
    String annotation = "@Entity @PolymorphicIdentity(\"kind\")";
    if (random.nextBoolean()) {
      String key = new String[] {"", " @PrimaryKeyJoin(constraint = false)",
          " @PrimaryKeyJoin(column = \"kind_key\")",
          " @PrimaryKeyJoin(passiveDeletes = true)"}[random.nextInt(4)];
      annotation = "@Entity(table = \"" + Naming.snakeCase(name) + "_t\")" + key
          + " @PolymorphicIdentity(\"kind\")";
      own = append(own, new Field(List.of(), "int", "kindCount", null));
    }
    types.add(new Type(root.pkg(), name, Role.ENTITY, annotation, own,
        List.of(Model.EXTENDS + root.qualified())));
  }

  /** The discriminator field of a generated hierarchy's root. */
  static final String DISCRIMINATOR = "dtype";

  /** The id of an entity, or of the root it extends. */
  static Field idOf(Model model, Type entity) {
    Type root = Model.superclass(entity) == null ? entity : model.type(Model.superclass(entity));
    return idOf(root);
  }

  static Field idOf(Type entity) {
    return entity.fields().stream().filter(f -> f.annotations().contains("@Id")).findFirst()
        .orElseThrow();
  }

  static String boxed(String type) {
    return switch (type) {
      case "long" -> "Long";
      case "int" -> "Integer";
      case "boolean" -> "Boolean";
      case "double" -> "Double";
      default -> type;
    };
  }

  /** A multi-column {@code @Unique} over two columns other than the id, if it has two. */
  private void unique(Type entity) {
    List<String> columns = entity.fields().stream()
        .filter(f -> f.initializer() == null && !f.annotations().contains("@Id"))
        .map(Field::name).toList();
    if (columns.size() < 2) {
      return;
    }
    int first = random.nextInt(columns.size());
    int second = (first + 1 + random.nextInt(columns.size() - 1)) % columns.size();
    uniques.put(entity.qualified(), List.of(columns.get(first), columns.get(second)));
    update(entity, t -> t.withAnnotation(t.annotation() + "\n@Unique({\"" + columns.get(first)
        + "\", \"" + columns.get(second) + "\"})"));
  }

  /**
   * A {@code @ForeignKeyConstraint} from two new nullable columns of {@code child} to the
   * {@code @Unique} columns of an earlier entity (so that it closes no cycle), if it has one.
   */
  private void compositeKey(Type child, Type parent) {
    List<String> referenced = uniques.get(parent.qualified());
    if (referenced == null) {
      return;
    }
    List<String> columns = new ArrayList<>();
    List<Field> added = new ArrayList<>();
    for (String name : referenced) {
      Field target = current(parent).fields().stream().filter(f -> f.name().equals(name))
          .findFirst().orElseThrow();
      String field = Naming.decapitalize(ascii(parent.name())) + "Ck" + (counter++);
      columns.add(field);
      added.add(new Field(List.of(), boxed(target.type()), field, null));
    }
    String action = random.nextInt(4) == 0 ? ", onDelete = Action." + pick(ACTIONS) : "";
    update(child, t -> t.withFields(append(append(t.fields(), added.get(0)), added.get(1)))
        .withAnnotation(t.annotation() + "\n@ForeignKeyConstraint(columns = {\""
            + columns.get(0) + "\", \"" + columns.get(1) + "\"}, entity = " + parent.qualified()
            + ".class, references = {\"" + referenced.get(0) + "\", \"" + referenced.get(1)
            + "\"}" + action + ")"));
  }

  /**
   * Makes a plain column of {@code entity} part of its primary key (a generated id becomes an
   * assigned one), if nothing references the entity, it is in no hierarchy and draws no
   * columns from a mapped superclass, and it has a plain column that is not a byte array.
   */
  private void compositeId(Type entity) {
    String reference = "entity = " + entity.qualified() + ".class";
    boolean referenced = types.stream().anyMatch(t -> t.annotation() != null
        && t.annotation().contains(reference)
        || t.fields().stream().anyMatch(f -> f.render().contains(reference)));
    boolean inHierarchy = entity.field(DISCRIMINATOR) != null
        || Model.superclass(entity) != null;
    if (referenced || inHierarchy || entity.extra().contains(Model.MAPPED_BASE)
        || entity.extra().contains(Model.MAPPED_BASE_ELSEWHERE)) {
      return;
    }
    List<Field> plain = entity.fields().stream().filter(f -> f.initializer() == null
        && !f.type().equals("byte[]") && f.annotations().stream().noneMatch(a ->
            a.startsWith("@Id") || a.startsWith("@ForeignKey"))
        && !entity.annotation().contains("\"" + f.name() + "\"")).toList();
    if (plain.isEmpty()) {
      return;
    }
    Field part = plain.get(random.nextInt(plain.size()));
    String id = idOf(entity).name();
    update(entity, t -> t.mapField(id, f -> f.withAnnotations(List.of("@Id")))
        .mapField(part.name(), f -> {
          List<String> annotations = new ArrayList<>(List.of("@Id"));
          annotations.addAll(f.annotations());
          return f.withAnnotations(annotations);
        }));
  }

  private static String ascii(String name) {
    return name.replace("Ü", "Ue");
  }

  private Type current(Type type) {
    return types.stream().filter(t -> t.qualified().equals(type.qualified())).findFirst()
        .orElseThrow();
  }

  private Type update(Type type, java.util.function.UnaryOperator<Type> change) {
    Type old = current(type);
    Type changed = change.apply(old);
    types.set(types.indexOf(old), changed);
    return changed;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
