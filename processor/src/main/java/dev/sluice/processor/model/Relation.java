package dev.sluice.processor.model;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.parse.Access;
import dev.sluice.processor.parse.HolderKind;
import dev.sluice.processor.parse.OrderItem;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A resolved relationship side. Join pairs are field names: {@code ownerFields[i]} of the owner
 * equals {@code targetFields[i]} of the target (for a many-to-many, both are the keys the
 * association columns reference). A backref side has no annotation of its own: its options
 * are written in the {@code backrefOptions} of the declaring side's {@code mirror}.
 *
 * @param element the holder field of this side
 * @param declaringElement the field whose {@code @Relationship} declared this side
 */
public record Relation(
    VariableElement element,
    VariableElement declaringElement,
    AnnotationMirror mirror,
    String owner,
    String field,
    HolderKind holder,
    Access access,
    String target,
    Direction direction,
    List<String> ownerFields,
    List<String> targetFields,
    String secondary,
    List<String> secondaryOwnerColumns,
    List<String> secondaryTargetColumns,
    String inverse,
    boolean writesLinks,
    Set<Cascade> cascade,
    PassiveDeletes passiveDeletes,
    boolean passiveUpdates,
    boolean postUpdate,
    boolean singleParent,
    Lazy loading,
    List<OrderItem> orderBy,
    boolean backrefSide) {

  /** A copy that does, or does not, write the association rows of a many-to-many. */
  public Relation withWritesLinks(boolean writes) {
    return new Relation(element, declaringElement, mirror, owner, field, holder, access, target,
        direction, ownerFields, targetFields, secondary, secondaryOwnerColumns,
        secondaryTargetColumns, inverse, writes, cascade, passiveDeletes, passiveUpdates,
        postUpdate, singleParent, loading, orderBy, backrefSide);
  }

  /** {@code Owner.field}, as messages name relationships. */
  public String describe() {
    return Naming.simpleName(owner) + "." + field;
  }

  public boolean cascades(Cascade kind) {
    return cascade.contains(kind);
  }

  /** Whether the target rows hold the foreign key (one-to-many, or its one-to-one form). */
  public boolean foreignKeyOnTarget() {
    return direction == Direction.ONE_TO_MANY;
  }

  /** The entity whose table holds the foreign-key columns, or {@code null} for many-to-many. */
  public String foreignKeyHolder() {
    switch (direction) {
      case ONE_TO_MANY:
        return target;
      case MANY_TO_ONE:
        return owner;
      default:
        return null;
    }
  }

  /** The foreign-key fields (on {@link #foreignKeyHolder()}). */
  public List<String> foreignKeyFields() {
    return direction == Direction.MANY_TO_ONE ? ownerFields : targetFields;
  }

  /** Whether this is a one-to-one (a single-valued one-to-many side). */
  public boolean isOneToOne() {
    return direction == Direction.ONE_TO_MANY && !holder.isCollection();
  }

  /** {@code one-to-one}, {@code one-to-many}, … as reports and messages name it. */
  public String kindWords() {
    return isOneToOne() ? "one-to-one" : direction.words();
  }
}
