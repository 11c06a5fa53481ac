package dev.sluice.processor.base;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every message the processor can report: a stable code, what is wrong and how to fix it.
 * Warnings carry a name for {@code @SuppressWarnings("sluice:<name>")}. Tests format the same
 * constants they expect.
 */
public enum Diagnostic {
  // ---- entities and columns ----
  NO_ID(101, "Entity %s has no @Id field",
      "Mark its primary-key field with @Id (an integer id may add @GeneratedValue)"),
  COMPOSITE_ID_IN_HIERARCHY(102, "Entity %s of a class hierarchy has %d @Id fields (%s); the"
      + " classes of a hierarchy share a key of one column",
      "Keep one @Id on the root class and make the others unique with"
          + " @Column(unique = true)"),
  UNSUPPORTED_TYPE(103, "Field %s has type %s, which Sluice cannot store in a column",
      "Use one of " + supported() + "; or mark the field transient"),
  GENERATED_NOT_INTEGER(104, "@GeneratedValue on %s, whose type %s is not an integer",
      "Use int, Integer, long or Long for a generated id, or assign ids yourself and remove"
          + " @GeneratedValue"),
  GENERATED_NOT_ID(105, "@GeneratedValue on %s, which is not the @Id",
      "Only the primary key is generated: remove @GeneratedValue"),
  DUPLICATE_TABLE(106, "%s and %s both map table \"%s\" in schema %s",
      "Give one of them another table with @Entity(table = \"…\") or"
          + " @AssociationTable(name = \"…\")"),
  DUPLICATE_COLUMN(107, "Fields %s and %s of %s both map column \"%s\"",
      "Rename one column with @Column(name = \"…\")"),
  ENTITY_NOT_A_CLASS(108, "@Entity %s is %s, not a class",
      "Put @Entity on a concrete class with settable fields"),
  ENTITY_ABSTRACT(109, "@Entity %s is abstract",
      "Make it concrete: generated code creates its instances"),
  ENTITY_UNREACHABLE(110, "@Entity %s is %s, so generated code cannot create it",
      "Make it a top-level class, or a static nested class that is not private"),
  NO_NO_ARG_CONSTRUCTOR(111, "@Entity %s has no constructor without parameters that generated"
      + " code can call", "Add one that is not private (package-private is enough)"),
  FIELD_UNREACHABLE(112, "Field %s is private and has no %s",
      "Make the field package-private, add non-private %s, or mark the field transient"),
  FINAL_COLUMN(113, "Column field %s is final, so loaded rows cannot be written into it",
      "Remove final, or mark the field transient if it is not a column"),
  NOT_AN_ENTITY(114, "%s is listed in @Schema %s but is not annotated @Entity",
      "Annotate it with @Entity, or remove it from entities (association tables are found"
          + " through secondary)"),
  ENTITY_IN_TWO_SCHEMAS(115, "Entity %s is listed in @Schema %s and in @Schema %s",
      "List each entity in one schema: its generated classes belong to one"),
  PRIMITIVE_NULLABLE(116, "@Column(nullable = true) on %s, whose primitive type cannot hold NULL",
      "Use the boxed type, or remove nullable = true"),
  EMPTY_SCHEMA(117, "@Schema %s lists no entities", "Name its entity classes in entities"),
  ID_ON_HOLDER(118, "@Id on %s, a relationship holder rather than a column",
      "Put @Id on the primary-key column; a reference's key column is its @ForeignKey field"),
  GENERATED_NAME_TAKEN(120, "Sluice generates class %s for %s, but %s",
      "Rename that class or the entity: Sluice generates <Entity>_ and <Entity>Dao"
          + " beside each entity, and <Schema>_Metadata and <Schema>_Module beside the schema"),
  NAMES_DIFFER_IN_CASE(121, "%s name \"%s\" of %s and \"%s\" of %s differ only in case,"
      + " which SQLite takes for the same name", "Rename one of them"),
  BAD_IDENTIFIER(122, "The %s name of %s %s",
      "Choose another name with @Entity(table = \"…\"), @Column(name = \"…\"),"
          + " @ForeignKey(name = \"…\") or @ForeignKeyConstraint(name = \"…\")"),
  BYTES_ID(123, "@Id %s is a byte[]: Java compares arrays by identity, so the session could"
      + " not find a row by its key", "Key the entity by an integer, String or UUID, and keep"
      + " the bytes in a unique column"),
  UNIQUE_WITHOUT_FIELDS(124, "@Unique on %s names no field",
      "List the column fields the constraint covers, as in @Unique({\"widgetId\", \"entryId\"}),"
          + " or remove it"),
  UNIQUE_NOT_A_COLUMN(125, "@Unique(%s) on %s names %s, %s",
      "Name column fields of %s (a reference's key column is its @ForeignKey field)"),
  UNIQUE_FIELD_REPEATED(126, "@Unique(%s) on %s names %s twice",
      "Name each column once: a constraint covers a set of columns"),
  INHERITED_FIELD_UNREACHABLE(127, "Field %s is not public, and superclass %s is in"
      + " another package than the entity, so generated code cannot reach it",
      "Make the field public, give it public %s, or move %s into the entity's package"),
  HOLDER_IN_MAPPED_SUPERCLASS(128, "Relationship holder %s is declared in @MappedSuperclass %s",
      "Declare relationships on each entity: a holder is initialized with the entity's own"
          + " <Entity>_.<field>(this)"),
  ENTITY_EXTENDS_ENTITY(129, "@Entity %s extends @Entity %s, but the hierarchy's root %s names"
      + " no discriminator", "Add @PolymorphicOn(\"<String field>\") to %s and"
      + " @PolymorphicIdentity(\"…\") to each concrete class to map the hierarchy to one table;"
      + " or mark %s @MappedSuperclass if it needs no table of its own"),
  POLYMORPHIC_ON_SUBCLASS(130, "@PolymorphicOn on %s, which extends @Entity %s: only the root"
      + " of a hierarchy names its discriminator", "Move it to %s"),
  DISCRIMINATOR_NOT_A_COLUMN(131, "@PolymorphicOn(\"%s\") on %s names %s",
      "Name a String column field of %s: it holds each row's @PolymorphicIdentity"),
  NO_POLYMORPHIC_IDENTITY(132, "%s is a concrete class of the hierarchy of %s but has no"
      + " @PolymorphicIdentity", "Add @PolymorphicIdentity(\"…\"), the discriminator value of"
      + " its rows, or make the class abstract"),
  DUPLICATE_POLYMORPHIC_IDENTITY(133, "@PolymorphicIdentity(\"%s\") of %s is also the identity"
      + " of %s", "Give each class of the hierarchy its own value"),
  IDENTITY_WITHOUT_HIERARCHY(134, "@PolymorphicIdentity on %s, which is in no hierarchy: neither"
      + " it nor an @Entity it extends has @PolymorphicOn", "Add @PolymorphicOn(\"<String field>\")"
      + " to the root entity, or remove @PolymorphicIdentity"),
  SUBCLASS_ID(136, "@Id on %s: the rows of a hierarchy are keyed by its root's @Id",
      "Remove it; %s inherits the id of %s"),
  SUBCLASS_COLUMN_NOT_NULL(137, "Column %s of subclass %s is %s, but rows of the other classes"
      + " in table \"%s\" leave it NULL", "Make it nullable: a wrapper type (Integer, not int),"
      + " without @Column(nullable = false); or give %s a table of its own"),
  HIERARCHY_COLUMN_CONFLICT(138, "Column \"%s\" of %s is also mapped by %s, and both are in"
      + " %s", "Name one of them apart with @Column(name = \"…\"), or move the field"
      + " to a class both extend"),
  HIERARCHY_ROOT_NOT_IN_SCHEMA(139, "%s extends @Entity %s, which is not in @Schema %s",
      "Add %s to the schema: a subclass is stored in its root's table"),
  ABSTRACT_WITH_IDENTITY(141, "@PolymorphicIdentity on abstract %s: no row can be loaded as"
      + " an abstract class", "Remove @PolymorphicIdentity, or make %s concrete"),
  KEY_JOIN_NOT_JOINED(142, "@PrimaryKeyJoin on %s, which %s", "Remove it, or give %s a"
      + " table of its own with @Entity(table = \"…\")"),
  CONSTRAINT_ACROSS_TABLES(144, "%s(%s) on %s names %s, which it inherits: its column is in a"
      + " superclass's table, not in %s's own table \"%s\"", "A constraint holds within one"
      + " table: declare it on the superclass that maps %s, or name only columns %s declares"),
  KEY_JOIN_PASSIVE_WITHOUT_KEY(145, "@PrimaryKeyJoin of %s has passiveDeletes = true and"
      + " constraint = false: no foreign key would delete the rows of table \"%s\"",
      "Declare the key (constraint = true, its ON DELETE CASCADE deletes them), or let Sluice"
          + " delete them (passiveDeletes = false)"),
  KEY_JOIN_COLUMN_CONFLICT(143, "Key column \"%s\" of table \"%s\" (the table of %s) is also"
      + " the column of %s", "Name the key column apart with @PrimaryKeyJoin(column = \"…\"), or"
      + " the field with @Column(name = \"…\")"),
  COMPOSITE_ID_GENERATED(146, "@GeneratedValue on %s, a column of the composite primary key of"
      + " %s (%s)", "Assign the key's values yourself and remove @GeneratedValue, or key the"
      + " entity by the generated column alone"),
  COMPOSITE_ID_REFERENCED(147, "@ForeignKey on %s references %s, whose primary key %s has"
      + " several columns, which one column cannot reference", "Reference every key column"
      + " with @ForeignKeyConstraint(columns = {…}, entity = %s.class, references ="
      + " {\"%s\"}), or reference a unique column"),
  SUBCLASS_NOT_IN_SCHEMA(140, "@Entity %s extends %s of @Schema %s but is not listed in it, so"
      + " its rows could not be loaded", "Add %s to the schema's entities"),
  UNLISTED_ENTITY(119, "unlisted-entity", "@Entity %s is listed in no @Schema, so nothing is"
      + " generated for it", "Add it to a @Schema(entities = {…})"),

  // ---- foreign keys ----
  FK_TARGET_NOT_ENTITY(201, "@ForeignKey on %s references %s, which is not an @Entity",
      "Reference an entity class of the same schema"),
  FK_TARGET_NOT_IN_SCHEMA(202, "@ForeignKey on %s references %s, which is not in @Schema %s",
      "Add %s to the schema's entities"),
  FK_MISSING_COLUMN(203, "@ForeignKey on %s references \"%s\", which is not a column of %s;"
      + " its columns are %s", "Name one of them, or leave column empty to reference its @Id"),
  FK_TYPE_MISMATCH(204, "Foreign key %s has type %s but references %s.%s of type %s",
      "Declare the field with the referenced column's type (boxed or primitive alike)"),
  FK_NOT_REFERENCEABLE(205, "@ForeignKey on %s references %s.%s, which is neither the primary"
      + " key nor unique", "Reference the @Id, or mark the referenced column"
      + " @Column(unique = true)"),
  COMPOSITE_KEY_SIZE(206, "@ForeignKeyConstraint(%s) on %s names %d column field(s) and %d"
      + " reference(s)", "Name two or more column fields and as many references, pairwise in"
      + " the same order; a key of one column is @ForeignKey on its field"),
  COMPOSITE_KEY_NOT_A_COLUMN(207, "@ForeignKeyConstraint(%s) on %s names %s, %s",
      "Name column fields of %s (a reference's key column is its @ForeignKey field)"),
  COMPOSITE_KEY_FIELD_REPEATED(208, "@ForeignKeyConstraint(%s) on %s names %s twice",
      "Name each column once: a key pairs distinct columns"),
  COMPOSITE_KEY_TARGET_NOT_ENTITY(209, "@ForeignKeyConstraint(%s) on %s references %s, which"
      + " is not an @Entity", "Reference an entity class of the same schema"),
  COMPOSITE_KEY_TARGET_NOT_IN_SCHEMA(210, "@ForeignKeyConstraint(%s) on %s references %s, which"
      + " is not in @Schema %s", "Add %s to the schema's entities"),
  COMPOSITE_KEY_TYPE_MISMATCH(211, "@ForeignKeyConstraint(%s) on %s pairs %s of type %s with"
      + " %s.%s of type %s", "Pair columns of the same type, or change the field's type"),
  COMPOSITE_KEY_NOT_UNIQUE(212, "@ForeignKeyConstraint(%s) on %s references %s of %s, but"
      + " neither the primary key nor a @Unique of %s covers exactly those columns",
      "Add @Unique({%s}) to %s: the database finds the referenced row through a UNIQUE"
          + " constraint of exactly the key's columns"),
  COMPOSITE_KEY_SAME_TABLE(213, "@ForeignKeyConstraint(%s) on %s references table \"%s\","
      + " its own", "Reference another table: the flush orders the rows of one table by"
      + " single-column keys only, so a multi-column key within a table is not supported"),

  // ---- relationships ----
  RELATIONSHIP_NOT_A_HOLDER(301, "@Relationship on %s, whose type %s is not a relationship"
      + " holder", "Declare it as RelatedList<T>, RelatedSet<T>, RelatedRef<T> or"
      + " RelatedQuery<T> of an entity T, initialized with %s"),
  HOLDER_WITHOUT_TARGET(302, "Relationship field %s has type %s, which names no entity",
      "Give the holder its target entity, as in RelatedList<Log>"),
  RELATION_TARGET_NOT_ENTITY(303, "Relationship %s targets %s, which is not an @Entity",
      "Target an entity class of the same schema"),
  RELATION_TARGET_NOT_IN_SCHEMA(304, "Relationship %s targets %s, which is not in @Schema %s",
      "Add %s to the schema's entities"),
  NO_JOIN_PATH(305, "Relationship %s has no join path: no foreign key of %s references %s",
      "Add @ForeignKey(entity = %s.class) to the referencing field, or name it with foreignKeys"
          + " (and primaryJoin if it does not reference the @Id)"),
  AMBIGUOUS_JOIN(306, "Relationship %s has several join paths: %s",
      "Name the foreign key to use with foreignKeys = {\"…\"}"),
  MALFORMED_JOIN(307, "%s of %s is not a join condition: %s",
      "Write equalities of Entity.field joined by AND, such as \"Parent.id = Child.parentId\""),
  JOIN_UNKNOWN_FIELD(308, "%s of %s names %s, %s",
      "Name fields of the entities (or association table) this relationship joins"),
  MANY_TO_MANY_WITHOUT_SECONDARY(309, "Relationships %s and %s are both collections, which is a"
      + " many-to-many, and a many-to-many needs secondary: neither names an association table",
      "Declare an @AssociationTable class with a @ForeignKey to each side and name it with"
          + " secondary = X.class"),
  SECONDARY_NOT_ASSOCIATION(310, "secondary of %s is %s, which is not an @AssociationTable",
      "Annotate %s with @AssociationTable and declare its @ForeignKey fields"),
  ASSOCIATION_KEYS(311, "Association table %s has %d foreign keys to %s (and %d to %s); a"
      + " many-to-many through it needs exactly one to each side",
      "Declare one @ForeignKey field per side, or name the columns with primaryJoin and"
          + " secondaryJoin"),
  UNIQUE_ON_ASSOCIATION(344, "@Unique on @AssociationTable %s, whose rows are unique over all"
      + " its columns already (they are its primary key)", "Remove it; to link each target to"
      + " one owner only, map a one-to-many with a foreign key on the target instead"),
  SELF_MANY_TO_MANY_NEEDS_JOINS(312, "Self-referential many-to-many %s needs primaryJoin and"
      + " secondaryJoin: both foreign keys of %s reference %s", "Add, for example, primaryJoin ="
      + " \"%s.%s = %s.<fromField>\" and secondaryJoin = \"%s.%s = %s.<toField>\""),
  INVERSE_MISSING(313, "%s of %s names %s.%s, which does not exist",
      "Declare it on %s: final %s<%s> %s = %s_.%s(this);"),
  INVERSE_NOT_RELATIONSHIP(314, "%s of %s names %s.%s, which is not a relationship holder",
      "Name a RelatedList, RelatedSet, RelatedRef or RelatedQuery field of %s"),
  INVERSE_WRONG_TYPE(315, "%s of %s names %s.%s, which holds %s rather than %s",
      "Name a field of %s whose holder targets %s"),
  INVERSE_MISMATCH(316, "backPopulates of %s names %s.%s, but that side %s",
      "Make both sides name each other with backPopulates"),
  BACKREF_SIDE_ANNOTATED(317, "backref of %s names %s.%s, which has its own @Relationship",
      "Use backPopulates on both sides, or remove that @Relationship and configure the side"
          + " with backrefOptions"),
  HOLDER_WITHOUT_RELATIONSHIP(318, "Field %s is a relationship holder without @Relationship and"
      + " no backref names it", "Annotate it with @Relationship, or name it as the backref of"
      + " the other side"),
  WRONG_HOLDER(319, "Relationship %s is a %s, but its field is a %s",
      "Use %s for this side"),
  DYNAMIC_ON_SINGLE(320, "Relationship %s is lazy = DYNAMIC on a single-valued side",
      "DYNAMIC suits collections only: use another lazy strategy"),
  DYNAMIC_NEEDS_QUERY(321, "Relationship %s %s",
      "Use a RelatedQuery<T> field together with lazy = DYNAMIC"),
  ORDER_BY_INVALID(322, "orderBy of %s is invalid: %s",
      "Name fields of %s, each optionally followed by ASC or DESC, as in \"timestamp DESC, id\""),
  REMOTE_SIDE_INVALID(323, "remoteSide of %s names %s, %s",
      "Name the referenced key (for a many-to-one) or the foreign key (for a one-to-one) of %s"),
  BACK_POPULATES_AND_BACKREF(324, "Relationship %s sets both backPopulates and backref",
      "Use backPopulates when both sides are annotated, backref when only this one is"),
  SIDES_DISAGREE(325, "%s and %s name each other but resolve to different joins (%s, and %s)",
      "Give both sides the same foreignKeys / primaryJoin, or annotate one side and use backref"),
  DELETE_ORPHAN_NEEDS_SINGLE_PARENT(326, "DELETE_ORPHAN on %s, a %s, needs singleParent = true:"
      + " otherwise a %s removed from one parent could still belong to another",
      "Add singleParent = true, or drop DELETE_ORPHAN"),
  PASSIVE_ALL_WITH_DELETE(327, "%s combines passiveDeletes = ALL with a DELETE cascade: ALL"
      + " never touches children, DELETE deletes them", "Drop DELETE (and ALL) from cascade, or use"
      + " passiveDeletes = ON to leave unloaded children to the database's ON DELETE"),
  POST_UPDATE_NOT_NULL(328, "postUpdate on %s writes %s.%s after the INSERT, but the column is NOT"
      + " NULL", "Make the column nullable (a boxed type without nullable = false): post-update"
      + " inserts NULL first"),
  CYCLE_NEEDS_POST_UPDATE(329, "Tables form a dependency cycle %s and no relationship on it has"
      + " postUpdate = true, so no insert order works", "Put postUpdate = true on one of %s"),
  ORDER_BY_ON_SINGLE(330, "Relationship %s has orderBy, but its field is a RelatedRef: one"
      + " object has no order", "Remove orderBy, or put it on the collection side"),
  INVERSE_MISSPELLED(340, "%s of %s names %s.%s, which does not exist, but %s.%s does",
      "Did you mean \"%s\"? Correct the name, or declare %s.%s"),
  FOREIGN_KEY_ON_HOLDER(341, "@ForeignKey on %s, a relationship holder rather than a column",
      "Put @ForeignKey on the key column instead, as in @ForeignKey(entity = %s.class) Long %sId;"
          + " the relationship finds it"),
  SELF_PAIR_ONE_DIRECTION(342, "%s and %s name each other, but both resolve to the %s, so"
      + " neither is its other side", "Make %s the %s: %s"),
  JOIN_PAIR_NOT_REFERENCEABLE(343, "primaryJoin of %s pairs %s with %s.%s, %s",
      "Pair the key with the @Id or a unique column of %s (@Column(unique = true)), the one its"
          + " @ForeignKey references if it has one"),
  BACKREF_NAMED_TWICE(331, "backref of %s names %s.%s, which is already the backref of %s",
      "A field is the other side of one relationship: declare another field on %s for this"
          + " one"),
  PASSIVE_UPDATES_CHECKED_KEY(332, "%s has passiveUpdates = false, but %s.%s is a foreign-key"
      + " constraint without ON UPDATE CASCADE, so the database rejects the new key before"
      + " Sluice can update the rows that reference the old one", "Declare the key with"
      + " @ForeignKey(constraint = false) so Sluice propagates it, or with onUpdate ="
      + " Action.CASCADE and keep passiveUpdates = true"),

  // ---- warnings about cascades ----
  PASSIVE_DELETES_WITHOUT_CASCADE(401, "passive-deletes-without-cascade", "%s has passiveDeletes"
      + " = ON, but %s, so unloaded children keep referencing a deleted row",
      "Declare the key with @ForeignKey(onDelete = Action.CASCADE) and a real constraint,"
          + " or remove passiveDeletes"),
  NULLIFY_NOT_NULL(402, "nullify-not-null", "Deleting %s sets %s.%s to NULL (the default of"
      + " %s), but the column is NOT NULL, so the delete will fail", "Fix it one of three ways:"
      + " cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN} to delete the children; passiveDeletes ="
      + " ON with onDelete = Action.CASCADE to let the database delete them; or make the column"
      + " nullable"),
  DELETE_ON_MANY_TO_ONE(403, "delete-many-to-one", "DELETE cascade on the many-to-one %s:"
      + " deleting %s deletes its %s, which other rows may still reference",
      "Put the cascade on the one-to-many side instead"),
  NULLIFY_DEFEATS_DATABASE_CASCADE(404, "nullify-defeats-cascade", "Deleting %s first sets %s.%s"
      + " to NULL (the default of %s), which defeats the column's ON DELETE CASCADE",
      "Add passiveDeletes = PassiveDeletes.ON to leave unloaded children to the database"),

  INTERNAL_ERROR(999, "Sluice failed unexpectedly while processing %s: %s",
      "This is a bug in Sluice; please report it with this message");

  private final int number;
  private final String suppressionName;
  private final String problem;
  private final String fix;

  Diagnostic(int number, String problem, String fix) {
    this(number, null, problem, fix);
  }

  Diagnostic(int number, String suppressionName, String problem, String fix) {
    this.number = number;
    this.suppressionName = suppressionName;
    this.problem = problem;
    this.fix = fix;
  }

  /** Whether this is a warning (it then has a suppression name). */
  public boolean isWarning() {
    return suppressionName != null;
  }

  /** {@code SLUICE-E101} or {@code SLUICE-W401}. */
  public String code() {
    return "SLUICE-" + (isWarning() ? "W" : "E") + number;
  }

  /** The name accepted by {@code @SuppressWarnings("sluice:<name>")}, or {@code null}. */
  public String suppressionName() {
    return suppressionName;
  }

  /**
   * The full message: code, problem and fix. The problem's arguments come first, then the
   * fix's, in the order of their {@code %s}.
   */
  public String format(Object... args) {
    int problemArgs = countPlaceholders(problem);
    Object[] first = Arrays.copyOfRange(args, 0, Math.min(problemArgs, args.length));
    Object[] rest = args.length > problemArgs
        ? Arrays.copyOfRange(args, problemArgs, args.length) : new Object[0];
    return "[" + code() + "] " + String.format(Locale.ROOT, problem, first) + ". "
        + String.format(Locale.ROOT, fix, rest) + ".";
  }

  private static int countPlaceholders(String template) {
    int count = 0;
    for (int i = 0; i < template.length() - 1; i++) {
      if (template.charAt(i) == '%' && template.charAt(i + 1) != '%') {
        count++;
      }
    }
    return count;
  }

  /** The Java types a column can have; a test keeps this in step with the parser's kinds. */
  private static String supported() {
    return "boolean / Boolean, int / Integer, long / Long, double / Double, BigDecimal, String,"
        + " byte[], UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime, an enum (stored by"
        + " name)";
  }
}
