package dev.sluice.processor.parse;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads every attribute of a field's {@code @Column}, {@code @ForeignKey} and
 * {@code @Relationship}, and of a class's {@code @ForeignKeyConstraint}.
 */
final class AnnotationReader {
  private final Mirrors mirrors;

  AnnotationReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  ColumnDecl column(AnnotationMirror mirror) {
    if (mirror == null) {
      return null;
    }
    return new ColumnDecl(mirror, mirrors.string(mirror, "name"),
        mirrors.bool(mirror, "nullable"), Mirrors.isExplicit(mirror, "nullable"),
        mirrors.bool(mirror, "unique"), mirrors.integer(mirror, "length"),
        mirrors.bool(mirror, "index"));
  }

  ForeignKeyDecl foreignKey(AnnotationMirror mirror) {
    if (mirror == null) {
      return null;
    }
    Object target = mirrors.value(mirror, "entity").getValue();
    TypeElement type = target instanceof TypeMirror ? Mirrors.typeElement((TypeMirror) target)
        : null;
    return new ForeignKeyDecl(mirror,
        type == null ? String.valueOf(target) : type.getQualifiedName().toString(),
        type == null ? String.valueOf(target) : type.getSimpleName().toString(),
        type != null && Mirrors.find(type, AnnotationNames.ENTITY) != null, resolved(target),
        mirrors.string(mirror, "column"), mirrors.string(mirror, "name"),
        Action.valueOf(mirrors.enumName(mirror, "onDelete")),
        Action.valueOf(mirrors.enumName(mirror, "onUpdate")),
        mirrors.bool(mirror, "constraint"));
  }

  ForeignKeyConstraintDecl foreignKeyConstraint(TypeElement declaredOn,
      AnnotationMirror mirror) {
    Object target = mirrors.value(mirror, "entity").getValue();
    TypeElement type = target instanceof TypeMirror ? Mirrors.typeElement((TypeMirror) target)
        : null;
    List<AnnotationValue> columns = values(mirror, "columns");
    List<AnnotationValue> references = values(mirror, "references");
    return new ForeignKeyConstraintDecl(declaredOn, mirror,
        type == null ? String.valueOf(target) : type.getQualifiedName().toString(),
        type == null ? String.valueOf(target) : type.getSimpleName().toString(),
        type != null && Mirrors.find(type, AnnotationNames.ENTITY) != null, resolved(target),
        texts(columns), columns, texts(references), references,
        Action.valueOf(mirrors.enumName(mirror, "onDelete")),
        Action.valueOf(mirrors.enumName(mirror, "onUpdate")), mirrors.string(mirror, "name"));
  }

  /** The items of an array attribute, each able to place a diagnostic on itself. */
  List<AnnotationValue> values(AnnotationMirror mirror, String attribute) {
    List<AnnotationValue> values = new ArrayList<>();
    for (Object item : (List<?>) mirrors.value(mirror, attribute).getValue()) {
      values.add((AnnotationValue) item);
    }
    return List.copyOf(values);
  }

  static List<String> texts(List<AnnotationValue> values) {
    return values.stream().map(value -> String.valueOf(value.getValue())).toList();
  }

  RelationshipDecl relationship(AnnotationMirror mirror) {
    if (mirror == null) {
      return null;
    }
    Object value = mirrors.value(mirror, "secondary").getValue();
    TypeMirror secondary = value instanceof TypeMirror
        && ((TypeMirror) value).getKind() != TypeKind.VOID ? (TypeMirror) value : null;
    return new RelationshipDecl(mirror, mirrors.string(mirror, "backPopulates"),
        mirrors.string(mirror, "backref"), secondary,
        secondary == null ? null : Mirrors.typeElement(secondary), resolved(value),
        mirrors.string(mirror, "primaryJoin"),
        mirrors.string(mirror, "secondaryJoin"), mirrors.strings(mirror, "foreignKeys"),
        mirrors.string(mirror, "remoteSide"), options(mirror),
        options(mirrors.annotation(mirror, "backrefOptions")));
  }

  /** Whether a class attribute's value names a type javac resolved. */
  private static boolean resolved(Object value) {
    return value instanceof TypeMirror && !Mirrors.isError((TypeMirror) value);
  }

  /**
   * The options of a {@code @Relationship} or {@code @Backref}; attributes left out take the
   * defaults of {@code @Relationship}, which {@code @Backref} shares.
   */
  private RelationOptions options(AnnotationMirror mirror) {
    String defaults = AnnotationNames.RELATIONSHIP;
    return new RelationOptions(
        cascades(Mirrors.enumNames(mirrors.value(mirror, "cascade", defaults))),
        PassiveDeletes.valueOf(Mirrors.enumName(mirrors.value(mirror, "passiveDeletes",
            defaults))),
        (Boolean) mirrors.value(mirror, "passiveUpdates", defaults).getValue(),
        (Boolean) mirrors.value(mirror, "postUpdate", defaults).getValue(),
        (Boolean) mirrors.value(mirror, "singleParent", defaults).getValue(),
        Lazy.valueOf(Mirrors.enumName(mirrors.value(mirror, "lazy", defaults))),
        (String) mirrors.value(mirror, "orderBy", defaults).getValue());
  }

  /** The cascades named by annotation constants, with ALL expanded as SQLAlchemy does. */
  private static Set<Cascade> cascades(List<String> names) {
    Set<Cascade> set = EnumSet.noneOf(Cascade.class);
    for (String name : names) {
      Cascade cascade = Cascade.valueOf(name);
      if (cascade == Cascade.ALL) {
        set.addAll(EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.EXPUNGE,
            Cascade.DELETE, Cascade.REFRESH_EXPIRE));
      } else {
        set.add(cascade);
      }
    }
    return set;
  }
}
