package dev.sluice.processor;

import com.google.auto.service.AutoService;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.link.SchemaLinker;
import dev.sluice.processor.parse.AnnotationNames;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.EntityParser;
import dev.sluice.processor.parse.Mirrors;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.parse.SchemaDecl;
import dev.sluice.processor.parse.SchemaParser;
import dev.sluice.processor.plan.Planner;
import dev.sluice.processor.plan.SchemaPlan;
import dev.sluice.processor.validate.CycleNeedsPostUpdateRule;
import dev.sluice.processor.validate.DeleteOnManyToOneRule;
import dev.sluice.processor.validate.DeleteOrphanNeedsSingleParentRule;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.validate.DynamicLoadingRule;
import dev.sluice.processor.validate.EntityRules;
import dev.sluice.processor.validate.GeneratedNameRule;
import dev.sluice.processor.validate.NullifyRules;
import dev.sluice.processor.validate.OrderByOnCollectionsRule;
import dev.sluice.processor.validate.PassiveDeletesAllWithDeleteRule;
import dev.sluice.processor.validate.PassiveUpdatesCheckedKeyRule;
import dev.sluice.processor.validate.PassiveDeletesWithoutCascadeRule;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.validate.PostUpdateNotNullRule;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.validate.SchemaRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Sluice's annotation processor. It only wires the steps: parse each {@code @Schema}, check
 * its entities, link the model, check the schema's rules, plan, and write; a schema with
 * errors generates nothing. Schemas whose classes javac has not resolved yet wait a round.
 */
@AutoService(Processor.class)
public final class SluiceProcessor extends AbstractProcessor {
  private static final List<SchemaRule> RULES = List.of(
      new DynamicLoadingRule(),
      new OrderByOnCollectionsRule(),
      new DeleteOrphanNeedsSingleParentRule(),
      new PassiveDeletesAllWithDeleteRule(),
      new PassiveUpdatesCheckedKeyRule(),
      new PostUpdateNotNullRule(),
      new CycleNeedsPostUpdateRule(),
      new NullifyRules(),
      new PassiveDeletesWithoutCascadeRule(),
      new DeleteOnManyToOneRule());

  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> done = new HashSet<>();
  private final Map<String, String> schemaOfEntity = new HashMap<>();
  private final Set<String> declaredEntities = new LinkedHashSet<>();
  private Reporter reporter;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AnnotationNames.SCHEMA, AnnotationNames.ENTITY);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
    }
    for (Element entity : annotated(annotations, round, AnnotationNames.ENTITY)) {
      if (entity instanceof TypeElement) {
        declaredEntities.add(((TypeElement) entity).getQualifiedName().toString());
      }
    }
    Set<TypeElement> schemas = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement schema = processingEnv.getElementUtils().getTypeElement(name);
      if (schema != null) {
        schemas.add(schema);
      }
    }
    for (Element schema : annotated(annotations, round, AnnotationNames.SCHEMA)) {
      if (schema instanceof TypeElement) {
        schemas.add((TypeElement) schema);
      }
    }
    for (TypeElement schema : schemas) {
      try {
        processSchema(schema);
      } catch (Throwable e) { // even a StackOverflowError must not take javac down
        reporter.report(Diagnostic.INTERNAL_ERROR, Position.of(schema),
            schema.getQualifiedName(), e + " at " + whereThrown(e));
      }
    }
    if (round.processingOver() && deferred.isEmpty()) {
      // a schema still deferred names a class that never appeared: javac reports that, and
      // its entities would only be warned about as unlisted
      warnUnlisted();
    }
    return false;
  }

  private void processSchema(TypeElement element) {
    String name = element.getQualifiedName().toString();
    if (done.contains(name)) {
      return;
    }
    Mirrors mirrors = new Mirrors(processingEnv.getElementUtils());
    EntityParser entities = new EntityParser(mirrors, processingEnv.getTypeUtils());
    SchemaDecl decl = new SchemaParser(mirrors, entities).parse(element);
    if (decl == null) {
      deferred.add(name);
      return;
    }
    deferred.remove(name);
    done.add(name);
    int errors = reporter.errorCount();
    Set<String> invalid = new HashSet<>();
    checkListedOnce(decl, invalid);
    List<EntityDecl> valid = new EntityRules(reporter).check(decl, invalid);
    valid.removeIf(entity -> invalid.contains(entity.qualifiedName()));
    Schema schema = new SchemaLinker(entities, reporter).link(decl, valid, invalid);
    if (reporter.errorCount() > errors) {
      return;
    }
    for (SchemaRule rule : RULES) {
      rule.check(schema, reporter);
    }
    new GeneratedNameRule(processingEnv.getElementUtils()).check(schema, reporter);
    if (reporter.errorCount() > errors) {
      return;
    }
    SchemaPlan plan = Planner.plan(schema);
    new GeneratedOutput(processingEnv).write(plan);
  }

  /** An entity belongs to one schema: its generated classes exist once. */
  private void checkListedOnce(SchemaDecl decl, Set<String> invalid) {
    for (SchemaDecl.Listed listed : decl.listed()) {
      String entity = listed.entity().qualifiedName();
      String other = schemaOfEntity.putIfAbsent(entity, decl.qualifiedName());
      if (other != null && !other.equals(decl.qualifiedName())) {
        String otherSimple = Naming.simpleName(other);
        boolean sameName = otherSimple.equals(decl.simpleName()); // then say which package
        reporter.report(Diagnostic.ENTITY_IN_TWO_SCHEMAS, new Position(decl.element(),
            decl.mirror(), listed.value()), listed.entity().simpleName(),
            sameName ? other : otherSimple, sameName ? decl.qualifiedName() : decl.simpleName());
        invalid.add(entity);
      }
    }
  }

  private void warnUnlisted() {
    for (String name : declaredEntities) {
      TypeElement entity = processingEnv.getElementUtils().getTypeElement(name);
      if (entity == null || schemaOfEntity.containsKey(name)) {
        continue;
      }
      Position where = Position.of(entity, Mirrors.find(entity, AnnotationNames.ENTITY));
      TypeElement listedAncestor = listedEntityAncestor(entity);
      if (listedAncestor != null) {
        String schema = schemaOfEntity.get(listedAncestor.getQualifiedName().toString());
        reporter.report(Diagnostic.SUBCLASS_NOT_IN_SCHEMA, where, entity.getSimpleName(),
            listedAncestor.getSimpleName(), Naming.simpleName(schema), entity.getSimpleName());
      } else {
        reporter.report(Diagnostic.UNLISTED_ENTITY, where, entity.getSimpleName());
      }
    }
  }

  /** The nearest {@code @Entity} superclass a schema lists, or {@code null}. */
  private TypeElement listedEntityAncestor(TypeElement entity) {
    TypeMirror parent = entity.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
      if (schemaOfEntity.containsKey(superclass.getQualifiedName().toString())) {
        return superclass;
      }
      parent = superclass.getSuperclass();
    }
    return null;
  }

  /** The innermost frame of the processor's own code, to make a bug report useful. */
  private static String whereThrown(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.sluice.")) {
        return frame.toString();
      }
    }
    return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
  }

  /**
   * The elements of this round annotated with {@code annotation}, found only when javac says
   * the round has any: the rounds after the first hold the generated sources, whose every
   * member a search would visit.
   */
  private static Set<? extends Element> annotated(Set<? extends TypeElement> present,
      RoundEnvironment round, String annotation) {
    for (TypeElement type : present) {
      if (type.getQualifiedName().contentEquals(annotation)) {
        return round.getElementsAnnotatedWith(type);
      }
    }
    return Set.of();
  }
}
