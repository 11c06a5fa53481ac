package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.FieldDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Completes relation sides into pairs: creates the sides {@code backref} names, checks that
 * {@code backPopulates} partners name each other and agree on the join, picks which side of a
 * many-to-many writes the association rows, and rejects holders no relationship claims.
 */
final class RelationPairs {
  private final Reporter reporter;
  private final RelationBuilder builder;
  private final SelfPairCheck selfPairs;

  RelationPairs(Reporter reporter) {
    this.reporter = reporter;
    this.builder = new RelationBuilder(reporter);
    this.selfPairs = new SelfPairCheck(reporter);
  }

  /** Every relation side by owner entity, backref sides included. */
  Map<String, List<Relation>> complete(Map<DeclaredSide, Join> resolved,
      List<Entity> entities, Map<String, EntityDecl> decls, List<EntityDecl> listed) {
    Map<String, List<Relation>> sides = new LinkedHashMap<>();
    entities.forEach(e -> sides.put(e.qualifiedName(), new ArrayList<>()));
    Map<String, DeclaredSide> declaredByName = new LinkedHashMap<>();
    Map<String, String> backrefOwners = new LinkedHashMap<>();
    resolved.keySet().forEach(d -> declaredByName.put(key(d.owner(), d.field().name()), d));
    // every side first checks the field it names, so that a pair's mistake is reported on the
    // side that makes it before the other side could blame its partner
    Map<DeclaredSide, FieldDecl> partners = new LinkedHashMap<>();
    for (var entry : resolved.entrySet()) {
      DeclaredSide side = entry.getKey();
      if (side.backref().isEmpty() && !side.backPopulates().isEmpty()) {
        partners.put(side, checkedOtherSide(side, entry.getValue(), "backPopulates",
            side.backPopulates(), decls));
      }
    }
    for (var entry : resolved.entrySet()) {
      DeclaredSide side = entry.getKey();
      Join join = entry.getValue();
      String inverse = side.backref().isEmpty() ? emptyToNull(side.backPopulates())
          : side.backref();
      Relation relation = builder.build(side, join, side.relationship().options(),
          side.field(), side.owner(), side.target(), inverse, false);
      if (relation == null) {
        continue;
      }
      if (!side.backref().isEmpty()) {
        Relation back = backref(side, join, decls, backrefOwners);
        if (back == null) {
          continue;
        }
        sides.get(back.owner()).add(back);
      } else if (!side.backPopulates().isEmpty() && !partnerAgrees(side, join,
          partners.get(side), resolved, declaredByName)) {
        continue;
      }
      sides.get(relation.owner()).add(relation);
    }
    chooseLinkWriters(sides);
    reportUnclaimed(entities, decls, listed);
    return sides;
  }

  private Relation backref(DeclaredSide side, Join join,
      Map<String, EntityDecl> decls, Map<String, String> backrefOwners) {
    FieldDecl field = checkedOtherSide(side, join, "backref", side.backref(), decls);
    if (field == null) {
      return null;
    }
    String first = backrefOwners.putIfAbsent(key(side.target(), field.name()), side.describe());
    if (first != null) {
      reporter.report(Diagnostic.BACKREF_NAMED_TWICE, Position.of(side.field().element(),
          side.mirror(), "backref"), side.describe(), side.target().simpleName(), field.name(),
          first, side.target().simpleName());
      return null;
    }
    if (field.relationship() != null) {
      reporter.report(Diagnostic.BACKREF_SIDE_ANNOTATED, Position.of(side.field().element(),
          side.mirror(), "backref"), side.describe(), side.target().simpleName(), field.name());
      return null;
    }
    Join reversed = join.reversed();
    if (!holderFits(reversed.direction(), field, side.target().simpleName() + "."
        + field.name())) {
      return null;
    }
    return builder.build(side, reversed, side.relationship().backrefOptions(), field,
        side.target(), side.owner(), side.field().name(), true);
  }

  private boolean holderFits(Direction direction, FieldDecl field, String described) {
    if (direction == Direction.MANY_TO_ONE && field.holder().isCollection()) {
      reporter.report(Diagnostic.WRONG_HOLDER, Position.of(field.element()), described,
          "many-to-one", field.holder().simpleName(), "RelatedRef");
      return false;
    }
    if (direction == Direction.MANY_TO_MANY && !field.holder().isCollection()) {
      reporter.report(Diagnostic.WRONG_HOLDER, Position.of(field.element()), described,
          "many-to-many", field.holder().simpleName(), "RelatedList, RelatedSet or RelatedQuery");
      return false;
    }
    return true;
  }

  /** Checks the field a backPopulates names; reports and returns false when it does not fit. */
  private boolean partnerAgrees(DeclaredSide side, Join join, FieldDecl field,
      Map<DeclaredSide, Join> resolved,
      Map<String, DeclaredSide> declaredByName) {
    if (field == null || reporter.hasError(field.element())) {
      return false; // reported on this side, or on the partner, whose mistake it is
    }
    Position where = Position.of(side.field().element(), side.mirror(), "backPopulates");
    String otherName = side.target().simpleName() + "." + field.name();
    if (field.relationship() == null) {
      reporter.report(Diagnostic.INVERSE_MISMATCH, where, side.describe(),
          side.target().simpleName(), field.name(), "has no @Relationship");
      return false;
    }
    String back = field.relationship().backPopulates();
    if (!back.equals(side.field().name())) {
      reporter.report(Diagnostic.INVERSE_MISMATCH, where, side.describe(),
          side.target().simpleName(), field.name(), back.isEmpty() ? "names no backPopulates"
              : "names " + side.owner().simpleName() + "." + back + " instead");
      return false;
    }
    DeclaredSide partner = declaredByName.get(key(side.target(), field.name()));
    Join other = partner == null ? null : resolved.get(partner);
    if (other == null) {
      return false; // the partner's own mistake is reported on it
    }
    Join expected = join.reversed();
    boolean agrees = expected.direction() == other.direction()
        && expected.ownerFields().equals(other.ownerFields())
        && expected.targetFields().equals(other.targetFields())
        && Objects.equals(expected.secondary(), other.secondary())
        && expected.secondaryOwnerColumns().equals(other.secondaryOwnerColumns())
        && expected.secondaryTargetColumns().equals(other.secondaryTargetColumns());
    if (!agrees && selfPairs.resolvedToOneDirection(side, join, other)) {
      selfPairs.report(side, partner, join);
      return false;
    }
    // both sides get here: the one first by qualified name reports
    if (!agrees && key(side.owner(), side.field().name())
        .compareTo(key(side.target(), field.name())) < 0) {
      reporter.report(Diagnostic.SIDES_DISAGREE, where, side.describe(), otherName,
          join.describe(), other.describe());
    }
    return agrees;
  }

  /** The field on the target a backref or backPopulates names, if it is a fitting holder. */
  private FieldDecl checkedOtherSide(DeclaredSide side, Join join,
      String attribute, String name, Map<String, EntityDecl> decls) {
    Position where = Position.of(side.field().element(), side.mirror(), attribute);
    EntityDecl target = decls.get(side.target().qualifiedName());
    FieldDecl field = target.fields().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElse(null);
    String owner = side.owner().simpleName();
    String targetName = side.target().simpleName();
    if (field == null) {
      String meant = Spelling.closest(name, holdersOf(target, side.owner()));
      if (meant != null) {
        reporter.report(Diagnostic.INVERSE_MISSPELLED, where, attribute, side.describe(),
            targetName, name, targetName, meant, meant, targetName, name);
        return null;
      }
      // the other side of a one-to-many (or one-to-one) is a many-to-one reference; of a
      // many-to-one or many-to-many, a collection
      String holder = join.direction() == Direction.ONE_TO_MANY ? "RelatedRef" : "RelatedList";
      reporter.report(Diagnostic.INVERSE_MISSING, where, attribute, side.describe(), targetName,
          name, targetName, holder, owner, name, targetName, name);
      return null;
    }
    if (field.role() != FieldDecl.Role.HOLDER || field.holderTarget() == null) {
      reporter.report(Diagnostic.INVERSE_NOT_RELATIONSHIP, where, attribute, side.describe(),
          targetName, name, targetName);
      return null;
    }
    if (!field.holderTarget().getQualifiedName().contentEquals(side.owner().qualifiedName())) {
      if (reporter.hasError(field.element())) {
        return null; // that field's own error says what is wrong with its target
      }
      reporter.report(Diagnostic.INVERSE_WRONG_TYPE, where, attribute, side.describe(),
          targetName, name, field.holderTarget().getSimpleName(), owner, targetName, owner);
      return null;
    }
    return field;
  }

  /** The names of the holder fields of {@code entity} whose holders target {@code owner}. */
  private static List<String> holdersOf(EntityDecl entity, Entity owner) {
    return entity.fields().stream()
        .filter(f -> f.role() == FieldDecl.Role.HOLDER && f.holderTarget() != null
            && f.holderTarget().getQualifiedName().contentEquals(owner.qualifiedName()))
        .map(FieldDecl::name).toList();
  }

  /** Of two many-to-many sides that both declare the table, the first by name writes links. */
  private static void chooseLinkWriters(Map<String, List<Relation>> sides) {
    for (List<Relation> relations : sides.values()) {
      for (int i = 0; i < relations.size(); i++) {
        Relation relation = relations.get(i);
        if (relation.direction() != Direction.MANY_TO_MANY || !relation.writesLinks()
            || relation.inverse() == null) {
          continue;
        }
        Relation other = sides.getOrDefault(relation.target(), List.of()).stream()
            .filter(r -> r.field().equals(relation.inverse()) && r.writesLinks()
                && r.owner().equals(relation.target())).findFirst().orElse(null);
        if (other != null && (relation.owner() + "." + relation.field()).compareTo(
            other.owner() + "." + other.field()) > 0) {
          relations.set(i, relation.withWritesLinks(false));
        }
      }
    }
  }

  /**
   * Reports holders no relationship claims. A field some {@code backref} or
   * {@code backPopulates} names (or nearly names) is claimed even when that relationship, or
   * its whole entity, failed: that error says what is wrong.
   */
  private void reportUnclaimed(List<Entity> entities, Map<String, EntityDecl> decls,
      List<EntityDecl> listed) {
    Set<String> claimed = new HashSet<>();
    for (EntityDecl decl : listed) {
      for (FieldDecl field : decl.fields()) {
        if (field.relationship() != null && field.holderTarget() != null) {
          String target = field.holderTarget().getQualifiedName().toString();
          for (String name : List.of(field.relationship().backref(),
              field.relationship().backPopulates())) {
            if (name.isEmpty()) {
              continue; // names no field, and must not be "corrected" to a short one
            }
            claimed.add(target + "." + name);
            EntityDecl targetDecl = decls.get(target);
            List<String> fields = targetDecl == null ? List.of()
                : targetDecl.fields().stream().map(FieldDecl::name).toList();
            String meant = fields.contains(name) ? null : Spelling.closest(name, fields);
            if (meant != null) {
              claimed.add(target + "." + meant);
            }
          }
        }
      }
    }
    for (Entity entity : entities) {
      for (FieldDecl field : decls.get(entity.qualifiedName()).fields()) {
        if (field.role() == FieldDecl.Role.HOLDER && field.relationship() == null
            && !claimed.contains(key(entity, field.name()))) {
          reporter.report(Diagnostic.HOLDER_WITHOUT_RELATIONSHIP, Position.of(field.element()),
              entity.simpleName() + "." + field.name());
        }
      }
    }
  }

  private static String key(Entity entity, String field) {
    return entity.qualifiedName() + "." + field;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
