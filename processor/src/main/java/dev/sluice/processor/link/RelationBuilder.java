package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.JoinCondition;
import dev.sluice.processor.parse.OrderBy;
import dev.sluice.processor.parse.OrderItem;
import dev.sluice.processor.parse.RelationOptions;
import java.util.List;

/**
 * Builds a relation side from its join and options, the {@code orderBy} checked against the
 * target's columns: for a declared side, and for the side its {@code backref} creates.
 */
final class RelationBuilder {
  private final Reporter reporter;

  RelationBuilder(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Builds a side's relation from its join and options; {@code null} if orderBy is bad. */
  Relation build(DeclaredSide side, Join join, RelationOptions options, FieldDecl field,
      Entity owner, Entity target, String inverse, boolean backref) {
    List<OrderItem> order = orderBy(side, options.orderBy(), owner, target, backref);
    if (order == null) {
      return null;
    }
    return new Relation(field.element(), side.field().element(), side.mirror(),
        owner.qualifiedName(), field.name(), field.holder(), field.access(),
        target.qualifiedName(), join.direction(), join.ownerFields(), join.targetFields(),
        join.secondary(), join.secondaryOwnerColumns(), join.secondaryTargetColumns(), inverse,
        !backref, options.cascade(), options.passiveDeletes(), options.passiveUpdates(),
        options.postUpdate(), options.singleParent(), options.loading(), order, backref);
  }

  private List<OrderItem> orderBy(DeclaredSide side, String text, Entity owner, Entity target,
      boolean backref) {
    Position where = Position.of(side.field().element(), side.mirror(),
        backref ? "backrefOptions" : "orderBy");
    // a backref side is owned by the declaring side's target
    String described = backref ? owner.simpleName() + "." + side.backref() : side.describe();
    try {
      List<OrderItem> items = OrderBy.parse(text);
      for (OrderItem item : items) {
        if (target.column(item.field()) == null) {
          reporter.report(Diagnostic.ORDER_BY_INVALID, where, described, "\"" + item.field()
              + "\" is not a column field of " + target.simpleName() + Spelling.hint(
                  item.field(), JoinResolver.columnFields(List.of(target))),
              target.simpleName());
          return null;
        }
      }
      return items;
    } catch (JoinCondition.SyntaxError e) {
      reporter.report(Diagnostic.ORDER_BY_INVALID, where, described, e.getMessage(),
          target.simpleName());
      return null;
    }
  }
}
