package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.FieldDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Resolves every {@code @Relationship} of a schema into relation sides: its target, join and
 * options; the side a {@code backPopulates} partner derives from a join declared on the other
 * side; and the sides named by {@code backref}. Pairing them is left to the next step.
 */
final class RelationResolver {
  private final Reporter reporter;
  private final JoinResolver joins;
  private final SecondaryJoinResolver secondaries;
  private final AssociationLinker associations;
  private final List<Join.LogicalKey> logicalKeys = new ArrayList<>();
  private Map<String, EntityDecl> decls = Map.of();

  /** {@code roots}: the root entity of each class of a hierarchy, by qualified name. */
  RelationResolver(Reporter reporter, AssociationLinker associations,
      Map<String, String> roots) {
    this.reporter = reporter;
    this.joins = new JoinResolver(reporter);
    this.secondaries = new SecondaryJoinResolver(reporter, roots);
    this.associations = associations;
  }

  /** Foreign-key fields the relations use without a {@code @ForeignKey}. */
  List<Join.LogicalKey> logicalKeys() {
    return logicalKeys;
  }

  /** The declared sides with their joins, in declaration order; failures are reported. */
  Map<DeclaredSide, Join> resolve(List<DeclaredSide> declared, Map<String, Entity> entities,
      Set<String> invalid, String schema) {
    Map<DeclaredSide, Join> resolved = new LinkedHashMap<>();
    List<DeclaredSide> derived = new ArrayList<>();
    Set<DeclaredSide> failed = new HashSet<>();
    Partners partners = new Partners(declared);
    for (DeclaredSide side : declared) {
      DeclaredSide partner = partners.of(side);
      if (!declaresJoin(side) && partner != null && declaresJoin(partner)) {
        derived.add(side);
        continue;
      }
      if (failed.contains(partner) && partners.of(partner) == side) {
        continue; // the pair shares one join, whose problem was reported on the partner
      }
      Join join = join(side, partner, declared, entities, invalid, schema);
      if (join != null) {
        resolved.put(side, join);
        logicalKeys.addAll(join.logicalKeys());
      } else {
        failed.add(side);
      }
    }
    for (DeclaredSide side : derived) {
      Join partnerJoin = resolved.get(partners.of(side));
      if (partnerJoin != null) {
        resolved.put(side, partnerJoin.reversed());
      }
    }
    return resolved;
  }

  /** The declared sides of a schema's entities; unresolvable targets are reported. */
  List<DeclaredSide> declared(List<Entity> entities, Map<String, EntityDecl> decls,
      Map<String, Entity> byName, Set<String> invalid, String schema) {
    this.decls = decls;
    List<DeclaredSide> declared = new ArrayList<>();
    for (Entity owner : entities) {
      for (FieldDecl field : decls.get(owner.qualifiedName()).fields()) {
        if (field.relationship() == null || field.role() != FieldDecl.Role.HOLDER
            || field.holderTarget() == null) {
          continue; // reported by the entity rules
        }
        AnnotationMirror mirror = field.relationship().mirror();
        String described = owner.simpleName() + "." + field.name();
        Entity target = target(field, described, byName, invalid, schema);
        if (!field.relationship().backPopulates().isEmpty()
            && !field.relationship().backref().isEmpty()) {
          reporter.report(Diagnostic.BACK_POPULATES_AND_BACKREF, Position.of(field.element(),
              mirror, "backref"), described);
          continue;
        }
        if (target != null) {
          declared.add(new DeclaredSide(owner, field, target));
        }
      }
    }
    return declared;
  }

  private Join join(DeclaredSide side, DeclaredSide partner, List<DeclaredSide> all,
      Map<String, Entity> entities, Set<String> invalid, String schema) {
    TypeMirror secondary = side.relationship().secondary();
    if (secondary != null) {
      TypeElement type = side.relationship().secondaryClass();
      Position where = Position.of(side.field().element(), side.mirror(), "secondary");
      if (type == null) {
        // an array or primitive class literal: dropping the side silently would leave only
        // javac's complaint about the missing holder factory
        reporter.report(Diagnostic.SECONDARY_NOT_ASSOCIATION, where, side.describe(), secondary,
            secondary);
        return null;
      }
      Association table = associations.link(type, where, side.describe(), entities, invalid,
          schema);
      if (table == null) {
        return null;
      }
      if (!side.field().holder().isCollection()) {
        reporter.report(Diagnostic.WRONG_HOLDER, Position.of(side.field().element()),
            side.describe(), "many-to-many", side.field().holder().simpleName(),
            "RelatedList, RelatedSet or RelatedQuery");
        return null;
      }
      return secondaries.resolve(side.owner(), side.field(), side.target(), side.mirror(), table);
    }
    FieldDecl backref = backrefField(side);
    boolean bothCollections = side.field().holder().isCollection()
        && (partner != null && partner.field().holder().isCollection() && !declaresJoin(partner)
            || backref != null && backref.holder() != null && backref.holder().isCollection());
    int errors = reporter.errorCount();
    Join join = joins.resolve(side.owner(), side.field(), side.target(), side.mirror(),
        bothCollections);
    // the join resolver stays silent only when it found no key between two collections
    if (join == null && bothCollections && reporter.errorCount() == errors
        && (partner == null || all.indexOf(side) < all.indexOf(partner))) {
      reporter.report(Diagnostic.MANY_TO_MANY_WITHOUT_SECONDARY, Position.of(
          side.field().element(), side.mirror()), side.describe(), partner != null
              ? partner.describe() : side.target().simpleName() + "." + side.backref());
    }
    return join;
  }

  /** The field of the target that a side's {@code backref} names, if it exists. */
  private FieldDecl backrefField(DeclaredSide side) {
    if (side.backref().isEmpty()) {
      return null;
    }
    EntityDecl target = decls.get(side.target().qualifiedName());
    return target == null ? null : target.fields().stream()
        .filter(f -> f.name().equals(side.backref())).findFirst().orElse(null);
  }

  private Entity target(FieldDecl field, String described, Map<String, Entity> entities,
      Set<String> invalid, String schema) {
    TypeElement type = field.holderTarget();
    String name = type.getQualifiedName().toString();
    Entity target = entities.get(name);
    if (target == null && !invalid.contains(name)) {
      String simple = type.getSimpleName().toString();
      if (field.holderTargetIsEntity()) {
        reporter.report(Diagnostic.RELATION_TARGET_NOT_IN_SCHEMA, Position.of(field.element()),
            described, simple, schema, simple);
      } else {
        reporter.report(Diagnostic.RELATION_TARGET_NOT_ENTITY, Position.of(field.element()),
            described, simple);
      }
    }
    return target;
  }

  private boolean declaresJoin(DeclaredSide side) {
    return side.relationship().declaresJoin();
  }

  /** The side each {@code backPopulates} names, indexed once rather than searched per side. */
  private static final class Partners {
    private final Map<Entity, Map<String, DeclaredSide>> byOwner = new IdentityHashMap<>();

    Partners(List<DeclaredSide> all) {
      for (DeclaredSide side : all) {
        byOwner.computeIfAbsent(side.owner(), owner -> new HashMap<>())
            .putIfAbsent(side.field().name(), side);
      }
    }

    DeclaredSide of(DeclaredSide side) {
      if (side.backPopulates().isEmpty()) {
        return null;
      }
      Map<String, DeclaredSide> sides = byOwner.get(side.target());
      return sides == null ? null : sides.get(side.backPopulates());
    }
  }
}
