package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.JoinCondition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Infers how a one-to-many, many-to-one or one-to-one side joins: from the foreign keys between
 * the two entities, from {@code foreignKeys}, or from a {@code primaryJoin}; and, for a
 * self-referential single reference, which side is remote.
 */
final class JoinResolver {
  private final Reporter reporter;

  JoinResolver(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * A key: its columns on {@code holder}, and, when a {@code primaryJoin} says so, the column of
   * {@code referenced} each one equals ({@code null}: what its {@code @ForeignKey} references).
   */
  private record Candidate(Entity holder, Entity referenced, List<Column> columns,
      List<Column> pairs) {
    Candidate(Entity holder, Entity referenced, List<Column> columns) {
      this(holder, referenced, columns, null);
    }

    String describe() {
      return columns.stream().map(c -> holder.simpleName() + "." + c.field()).toList()
          .toString().replace("[", "").replace("]", "");
    }
  }

  /** The join, or {@code null} after reporting why there is none. */
  Join resolve(Entity owner, FieldDecl field, Entity target, AnnotationMirror mirror,
      boolean partnerIsCollection) {
    String described = owner.simpleName() + "." + field.name();
    boolean self = owner.qualifiedName().equals(target.qualifiedName());
    List<Candidate> candidates;
    String primary = field.relationship().primaryJoin();
    List<String> named = field.relationship().foreignKeys();
    if (!primary.isEmpty()) {
      candidates = fromCondition(owner, field, target, mirror, primary, named, described);
    } else if (!named.isEmpty()) {
      candidates = fromNames(owner, field, target, mirror, named, described);
    } else {
      candidates = new ArrayList<>();
      candidates.addAll(keysTo(target, owner));
      if (!self) {
        candidates.addAll(keysTo(owner, target));
      }
    }
    if (candidates == null) {
      return null;
    }
    if (!self && field.holder().isCollection()) {
      List<Candidate> onTarget = candidates.stream()
          .filter(c -> c.holder() == target).toList();
      if (onTarget.isEmpty() && !candidates.isEmpty()) {
        reporter.report(Diagnostic.WRONG_HOLDER, Position.of(field.element()), described,
            "many-to-one (" + candidates.get(0).describe() + " references " + target.simpleName()
                + ")", field.holder().simpleName(), "RelatedRef");
        return null;
      }
      candidates = onTarget;
    }
    if (candidates.isEmpty()) {
      if (partnerIsCollection) {
        return null; // reported once for the pair as a many-to-many without secondary
      }
      // a collection's key sits on the target and references the owner; a reference's key
      // usually sits on the owner and references the target
      reporter.report(Diagnostic.NO_JOIN_PATH, Position.of(field.element(), mirror), described,
          target.simpleName(), self ? owner.simpleName() : owner.simpleName() + ", and none of "
              + owner.simpleName() + " references " + target.simpleName(),
          field.holder().isCollection() ? owner.simpleName() : target.simpleName());
      return null;
    }
    if (candidates.size() > 1) {
      reporter.report(Diagnostic.AMBIGUOUS_JOIN, Position.of(field.element(), mirror), described,
          candidates.stream().map(Candidate::describe).toList());
      return null;
    }
    return build(owner, field, target, mirror, candidates.get(0), self, described);
  }

  private Join build(Entity owner, FieldDecl field, Entity target, AnnotationMirror mirror,
      Candidate key, boolean self, String described) {
    List<String> fkFields = new ArrayList<>();
    List<String> referencedFields = new ArrayList<>();
    List<Join.LogicalKey> logical = new ArrayList<>();
    boolean wholeKey = key.pairs() != null && isWholeKey(key.referenced(),
        key.columns().stream().map(column -> referencedColumn(column, key)).toList());
    for (Column column : key.columns()) {
      Column referenced = referencedColumn(column, key);
      if (referenced == null) {
        reporter.report(Diagnostic.NO_JOIN_PATH, Position.of(field.element(), mirror), described,
            key.holder().simpleName(), key.referenced().simpleName(),
            key.referenced().simpleName());
        return null;
      }
      String unfit = key.pairs() == null ? null : unfitPair(column, referenced, key, wholeKey);
      if (unfit != null) {
        reporter.report(Diagnostic.JOIN_PAIR_NOT_REFERENCEABLE, Position.of(field.element(),
            mirror, "primaryJoin"), described, key.holder().simpleName() + "." + column.field(),
            key.referenced().simpleName(), referenced.field(), unfit,
            key.referenced().simpleName());
        return null;
      }
      if (!ColumnLinker.compatible(column, referenced)) {
        reporter.report(Diagnostic.FK_TYPE_MISMATCH, Position.of(field.element(), mirror),
            key.holder().simpleName() + "." + column.field(),
            Naming.simpleName(column.javaType()), key.referenced().simpleName(),
            referenced.field(), Naming.simpleName(referenced.javaType()));
        return null;
      }
      fkFields.add(column.field());
      referencedFields.add(referenced.field());
      // in a join of several columns, those of a @ForeignKeyConstraint reference nothing
      // alone: the constraint is their key
      if (column.foreignKey() == null && !(key.columns().size() > 1
          && inCompositeKeyTo(key.holder(), column, key.referenced()))) {
        logical.add(new Join.LogicalKey(key.holder().qualifiedName(), column.field(),
            key.referenced().qualifiedName(), referenced.field()));
      }
    }
    Boolean fkOnTarget = self
        ? selfReferenceIsRemote(owner, field, mirror, fkFields, referencedFields, described)
        : Boolean.valueOf(key.holder() == target);
    if (fkOnTarget == null) {
      return null;
    }
    return fkOnTarget
        ? Join.keys(Direction.ONE_TO_MANY, referencedFields, fkFields, logical)
        : Join.keys(Direction.MANY_TO_ONE, fkFields, referencedFields, logical);
  }

  /**
   * For a self-referential side: a collection sees remote rows holding the key (one-to-many);
   * a reference is many-to-one unless {@code remoteSide} names the foreign key (one-to-one).
   * {@code null} after reporting an invalid {@code remoteSide}.
   */
  private Boolean selfReferenceIsRemote(Entity owner, FieldDecl field, AnnotationMirror mirror,
      List<String> fkFields, List<String> referencedFields, String described) {
    String remote = field.relationship().remoteSide();
    if (field.holder().isCollection()) {
      // a collection is the one-to-many side: its remote side can only be the foreign key
      if (remote.isEmpty() || fkFields.contains(remote)) {
        return true;
      }
      if (!referencedFields.contains(remote)) {
        return reportRemoteSide(owner, field, mirror, remote, fkFields, referencedFields,
            described);
      }
      reporter.report(Diagnostic.REMOTE_SIDE_INVALID, Position.of(field.element(), mirror,
          "remoteSide"), described, remote, "the referenced key, but a collection is the"
              + " one-to-many side, whose remote side is the foreign key " + fkFields,
          owner.simpleName());
      return null;
    }
    if (remote.isEmpty() || referencedFields.contains(remote)) {
      return false;
    }
    if (fkFields.contains(remote)) {
      return true;
    }
    return reportRemoteSide(owner, field, mirror, remote, fkFields, referencedFields, described);
  }

  private Boolean reportRemoteSide(Entity owner, FieldDecl field, AnnotationMirror mirror,
      String remote, List<String> fkFields, List<String> referencedFields, String described) {
    reporter.report(Diagnostic.REMOTE_SIDE_INVALID, Position.of(field.element(), mirror,
        "remoteSide"), described, remote, owner.column(remote) == null
            ? "which is not a field of " + owner.simpleName()
                + Spelling.hint(remote, columnFields(List.of(owner)))
            : "which is not part of the join " + fkFields + " = " + referencedFields,
        owner.simpleName());
    return null;
  }

  /**
   * Whether columns of {@code entity} are together its composite primary key or one of its
   * {@code @Unique} constraints, in any order: a key a join of several columns may reference.
   */
  private static boolean isWholeKey(Entity entity, List<Column> columns) {
    if (columns.size() < 2 || columns.contains(null)) {
      return false;
    }
    Set<String> fields = new HashSet<>();
    columns.forEach(column -> fields.add(column.field()));
    if (fields.equals(new HashSet<>(entity.ids().stream().map(Column::field).toList()))) {
      return true;
    }
    return entity.uniqueKeys().stream()
        .anyMatch(unique -> fields.equals(new HashSet<>(unique.fields())));
  }

  /**
   * Why the column a {@code primaryJoin} pairs a key with cannot be what the key references,
   * or {@code null} when it can; with {@code wholeKey}, the paired columns are together a
   * key of the referenced entity, whatever each is alone.
   */
  private static String unfitPair(Column column, Column paired, Candidate key,
      boolean wholeKey) {
    if (!wholeKey && !key.referenced().isReferenceable(paired)) {
      return paired.id() ? "which is one column of the composite primary key "
          + key.referenced().ids().stream().map(Column::field).toList()
          + ": pair every one of them" : "which is neither the primary key nor unique";
    }
    ForeignKey fk = column.foreignKey();
    if (fk != null && fk.referencedEntity().equals(key.referenced().qualifiedName())
        && !fk.referencedField().equals(paired.field())) {
      return "but its @ForeignKey references " + key.referenced().simpleName() + "."
          + fk.referencedField();
    }
    return null;
  }

  private static Column referencedColumn(Column column, Candidate key) {
    if (key.pairs() != null) { // the condition names it, as in "A.code = B.aCode"
      return key.pairs().get(key.columns().indexOf(column));
    }
    ForeignKey fk = column.foreignKey();
    if (fk != null && fk.referencedEntity().equals(key.referenced().qualifiedName())) {
      return key.referenced().column(fk.referencedField());
    }
    return key.columns().size() == 1 && !key.referenced().hasCompositeKey()
        ? key.referenced().id() : null;
  }

  /** Each foreign-key column of {@code holder} that references {@code referenced}. */
  private static List<Candidate> keysTo(Entity holder, Entity referenced) {
    List<Candidate> candidates = new ArrayList<>();
    for (Column column : holder.columns()) {
      ForeignKey fk = column.foreignKey();
      if (fk != null && fk.referencedEntity().equals(referenced.qualifiedName())) {
        candidates.add(new Candidate(holder, referenced, List.of(column)));
      }
    }
    return candidates;
  }

  /** The key named by {@code foreignKeys}: fields of one side, qualified or not. */
  private List<Candidate> fromNames(Entity owner, FieldDecl field, Entity target,
      AnnotationMirror mirror, List<String> names, String described) {
    boolean self = owner.qualifiedName().equals(target.qualifiedName());
    List<Column> onOwner = new ArrayList<>();
    List<Column> onTarget = new ArrayList<>();
    for (String name : names) {
      String type = name.contains(".") ? name.substring(0, name.indexOf('.')) : null;
      String fieldName = name.substring(name.indexOf('.') + 1);
      Column inTarget = type == null || type.equals(target.simpleName())
          ? target.column(fieldName) : null;
      Column inOwner = !self && (type == null || type.equals(owner.simpleName()))
          ? owner.column(fieldName) : null;
      if (inTarget != null && inOwner != null) {
        reporter.report(Diagnostic.AMBIGUOUS_JOIN, Position.of(field.element(), mirror,
            "foreignKeys"), described, List.of(owner.simpleName() + "." + fieldName,
                target.simpleName() + "." + fieldName));
        return null;
      }
      if (inTarget == null && inOwner == null) {
        reporter.report(Diagnostic.JOIN_UNKNOWN_FIELD, Position.of(field.element(), mirror,
            "foreignKeys"), "foreignKeys", described, name, "which is not a column of "
                + target.simpleName() + (self ? "" : " or " + owner.simpleName())
                + Spelling.hint(fieldName, columnFields(self ? List.of(target)
                    : List.of(target, owner))));
        return null;
      }
      (inTarget != null ? onTarget : onOwner).add(inTarget != null ? inTarget : inOwner);
    }
    if (!onOwner.isEmpty() && !onTarget.isEmpty()) {
      reporter.report(Diagnostic.AMBIGUOUS_JOIN, Position.of(field.element(), mirror,
          "foreignKeys"), described, names);
      return null;
    }
    return onTarget.isEmpty() ? List.of(new Candidate(owner, target, onOwner))
        : List.of(new Candidate(target, owner, onTarget));
  }

  /** The key a {@code primaryJoin} describes, its foreign-key side told apart. */
  private List<Candidate> fromCondition(Entity owner, FieldDecl field, Entity target,
      AnnotationMirror mirror, String text, List<String> named, String described) {
    JoinCondition condition;
    try {
      condition = JoinCondition.parse(text);
    } catch (JoinCondition.SyntaxError e) {
      reporter.report(Diagnostic.MALFORMED_JOIN, Position.of(field.element(), mirror,
          "primaryJoin"), "primaryJoin", described, e.getMessage());
      return null;
    }
    for (String name : named) {
      if (!mentions(condition, name)) {
        // a name the join does not use would be ignored, leaving the user's intent unchecked
        reporter.report(Diagnostic.JOIN_UNKNOWN_FIELD, Position.of(field.element(), mirror,
            "foreignKeys"), "foreignKeys", described, name, "which is not a field of its"
                + " primaryJoin \"" + text + "\"");
        return null;
      }
    }
    boolean self = owner.qualifiedName().equals(target.qualifiedName());
    List<Column> onOwner = new ArrayList<>();
    List<Column> onTarget = new ArrayList<>();
    List<Column> pairs = new ArrayList<>();
    for (JoinCondition.Equality equality : condition.equalities()) {
      Column left = column(owner, target, equality.left(), field, mirror, described);
      Column right = column(owner, target, equality.right(), field, mirror, described);
      if (left == null || right == null) {
        return null;
      }
      boolean leftOnOwner = !self && equality.left().type().equals(owner.simpleName());
      boolean rightOnOwner = !self && equality.right().type().equals(owner.simpleName());
      if (!self && leftOnOwner == rightOnOwner) {
        reporter.report(Diagnostic.MALFORMED_JOIN, Position.of(field.element(), mirror,
            "primaryJoin"), "primaryJoin", described, "\"" + equality.left() + " = "
                + equality.right() + "\" does not compare a field of " + owner.simpleName()
                + " with a field of " + target.simpleName());
        return null;
      }
      Column fk = foreignKeySide(left, right, self ? owner : (leftOnOwner ? owner : target),
          self ? owner : (rightOnOwner ? owner : target), named);
      if (fk == null) {
        reporter.report(Diagnostic.AMBIGUOUS_JOIN, Position.of(field.element(), mirror,
            "primaryJoin"), described, List.of(equality.left() + " = " + equality.right()
                + ": name its foreign key in foreignKeys"));
        return null;
      }
      boolean fkOnOwner = !self && (fk == left ? leftOnOwner : rightOnOwner);
      (fkOnOwner ? onOwner : onTarget).add(fk);
      pairs.add(fk == left ? right : left);
    }
    if (!onOwner.isEmpty() && !onTarget.isEmpty()) {
      reporter.report(Diagnostic.MALFORMED_JOIN, Position.of(field.element(), mirror,
          "primaryJoin"), "primaryJoin", described, "its foreign keys lie on both sides");
      return null;
    }
    return onTarget.isEmpty() ? List.of(new Candidate(owner, target, onOwner, pairs))
        : List.of(new Candidate(target, owner, onTarget, pairs));
  }

  /** Whether a {@code foreignKeys} entry, qualified or not, is a field the join compares. */
  private static boolean mentions(JoinCondition condition, String name) {
    String type = name.contains(".") ? name.substring(0, name.indexOf('.')) : null;
    String bare = name.substring(name.indexOf('.') + 1);
    return condition.equalities().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.left(), e.right()))
        .anyMatch(ref -> ref.field().equals(bare) && (type == null || type.equals(ref.type())));
  }

  /**
   * Which column of an equality is the foreign key: the one named in {@code foreignKeys}, else
   * the one with a {@code @ForeignKey} to the other's entity, else the one that is not a key.
   */
  private static Column foreignKeySide(Column left, Column right, Entity leftEntity,
      Entity rightEntity, List<String> named) {
    for (String name : named) {
      String type = name.contains(".") ? name.substring(0, name.indexOf('.')) : null;
      String bare = name.substring(name.indexOf('.') + 1);
      // a qualified name picks its class's side where both sides have a field of that name
      if (bare.equals(left.field()) && (type == null || type.equals(leftEntity.simpleName()))) {
        return left;
      }
      if (bare.equals(right.field())
          && (type == null || type.equals(rightEntity.simpleName()))) {
        return right;
      }
    }
    if (left.foreignKey() != null
        && left.foreignKey().referencedEntity().equals(rightEntity.qualifiedName())) {
      return left;
    }
    if (right.foreignKey() != null
        && right.foreignKey().referencedEntity().equals(leftEntity.qualifiedName())) {
      return right;
    }
    if (inCompositeKeyTo(leftEntity, left, rightEntity)) {
      return left;
    }
    if (inCompositeKeyTo(rightEntity, right, leftEntity)) {
      return right;
    }
    if (rightEntity.isReferenceable(right) && !leftEntity.isReferenceable(left)) {
      return left;
    }
    if (leftEntity.isReferenceable(left) && !rightEntity.isReferenceable(right)) {
      return right;
    }
    return null;
  }

  /** Whether a {@code @ForeignKeyConstraint} of {@code holder} to {@code referenced} has it. */
  private static boolean inCompositeKeyTo(Entity holder, Column column, Entity referenced) {
    return holder.compositeKeys().stream().anyMatch(key -> key.fields().contains(column.field())
        && key.referencedEntity().equals(referenced.qualifiedName()));
  }

  private Column column(Entity owner, Entity target, JoinCondition.Ref ref, FieldDecl field,
      AnnotationMirror mirror, String described) {
    Entity entity = ref.type().equals(owner.simpleName()) ? owner
        : ref.type().equals(target.simpleName()) ? target : null;
    Column column = entity == null ? null : entity.column(ref.field());
    if (column == null) {
      reporter.report(Diagnostic.JOIN_UNKNOWN_FIELD, Position.of(field.element(), mirror,
          "primaryJoin"), "primaryJoin", described, ref, entity == null
              ? "but " + ref.type() + " is neither " + owner.simpleName() + " nor "
                  + target.simpleName()
              : "which is not a column of " + entity.simpleName()
                  + Spelling.hint(ref.field(), columnFields(List.of(entity))));
    }
    return column;
  }

  /** The column fields of the entities, for "did you mean" hints. */
  static List<String> columnFields(List<Entity> entities) {
    List<String> fields = new ArrayList<>();
    entities.forEach(e -> e.columns().forEach(c -> fields.add(c.field())));
    return fields;
  }
}
