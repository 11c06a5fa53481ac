package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Direction;

/**
 * Reports a self-referential pair whose two sides resolved to the same join in the same
 * direction (both the one-to-many, or both the many-to-one), once, on the side to change.
 */
final class SelfPairCheck {
  private final Reporter reporter;

  SelfPairCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether both sides of a self-referential pair resolved to one join in one direction. */
  boolean resolvedToOneDirection(DeclaredSide side, Join own, Join other) {
    return side.owner() == side.target() && own.secondary() == null
        && own.direction() != Direction.MANY_TO_MANY && own.direction() == other.direction()
        && own.ownerFields().equals(other.ownerFields())
        && own.targetFields().equals(other.targetFields());
  }

  /** Reports the pair when {@code side} is the one to change; its partner stays silent. */
  void report(DeclaredSide side, DeclaredSide partner, Join join) {
    if (!isWrong(side, partner)) {
      return;
    }
    boolean toMany = join.direction() == Direction.ONE_TO_MANY;
    String fix = toMany
        ? "a RelatedRef whose remoteSide is empty or names the referenced key "
            + join.ownerFields().get(0)
        : "a collection, or a RelatedRef whose remoteSide names the foreign key "
            + join.ownerFields().get(0) + " (a one-to-one)";
    reporter.report(Diagnostic.SELF_PAIR_ONE_DIRECTION, Position.of(side.field().element(),
        side.mirror()), side.describe(), partner.describe(), join.describe(),
        side.describe(), toMany ? "many-to-one" : "one-to-many", fix);
  }

  /** The side to blame: the only reference, else the only one with remoteSide, else the later. */
  private boolean isWrong(DeclaredSide side, DeclaredSide partner) {
    boolean ref = !side.field().holder().isCollection();
    if (ref != !partner.field().holder().isCollection()) {
      return ref;
    }
    boolean remote = !side.relationship().remoteSide().isEmpty();
    if (remote != !partner.relationship().remoteSide().isEmpty()) {
      return remote;
    }
    return side.describe().compareTo(partner.describe()) > 0;
  }
}
