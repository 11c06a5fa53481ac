package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.plan.SqlNames;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDao}: typed queries over a session (by id, all, first, count, a where clause,
 * finders for unique columns), relation loaders, and write shortcuts that flush at once.
 */
public final class DaoWriter {
  private final Entity entity;
  private final ClassName entityName;
  /** Method names already used, so finders and loaders never clash with them or each other. */
  private final Set<String> taken = new HashSet<>(List.of("findById", "findAll", "first",
      "count", "where", "insert", "update", "deleteWhere", "delete"));

  public DaoWriter(Entity entity) {
    this.entity = entity;
    this.entityName = Sources.entity(entity);
  }

  public JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(Sources.sibling(entity, "Dao"))
        .addJavadoc("Data access for {@link $T} through a {@link $T}: queries go through the"
            + " session's identity map\nand flush pending changes first.\n", entityName,
            RuntimeNames.SESSION)
        .addAnnotation(Sources.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(entity.element())
        .addField(FieldSpec.builder(RuntimeNames.SESSION, "session", Modifier.PRIVATE,
            Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("A DAO over {@code session} (a {@link $T} works too).\n",
                RuntimeNames.SCOPED_SESSION)
            .addParameter(RuntimeNames.SESSION, "session")
            .addStatement("this.session = $T.requireNonNull(session, $S)", Objects.class,
                "session").build());
    addQueries(type);
    addFinders(type);
    addLoaders(type);
    addWrites(type);
    return Sources.file(entityName.packageName(), type.build());
  }

  private void addQueries(TypeSpec.Builder type) {
    Column id = entity.id();
    type.addMethod(method("findById", optional())
        .addJavadoc("The {@code $L} with this id, if it exists.\n", entity.simpleName())
        .addParameter(Sources.type(id), "id")
        .addStatement("return $T.ofNullable(session.get($T.class, id))", Optional.class,
            entityName).build());
    type.addMethod(method("findAll", ParameterizedTypeName.get(ClassName.get(List.class),
        entityName)).addJavadoc("Every {@code $L}, by primary key.\n", entity.simpleName())
        .addStatement("return session.query($T.class).list()", entityName).build());
    type.addMethod(method("first", optional())
        .addJavadoc("The {@code $L} with the lowest primary key, if any.\n", entity.simpleName())
        .addStatement("return session.query($T.class).first()", entityName).build());
    type.addMethod(method("count", TypeName.LONG)
        .addJavadoc("The number of rows.\n")
        .addStatement("return session.query($T.class).count()", entityName).build());
    type.addMethod(method("where", ParameterizedTypeName.get(RuntimeNames.ENTITY_QUERY,
        entityName))
        .addJavadoc("A query for the rows matching an SQL condition over column names, with"
            + " named parameters:\n{@code where(\"name = :name\").bind(\"name\", value).list()}."
            + "\n")
        .addParameter(String.class, "condition")
        .addStatement("return session.query($T.class).where(condition)", entityName).build());
  }

  private void addFinders(TypeSpec.Builder type) {
    for (Column column : entity.columns()) {
      if (!column.unique() || column.id()) {
        continue;
      }
      // the parameter is "value", so a column named "session" cannot shadow the field
      type.addMethod(method(unique("findBy", column.field()), optional())
          .addJavadoc("The {@code $L} whose unique {@code $L} is {@code value}, if any.\n",
              entity.simpleName(), column.field())
          .addParameter(Sources.type(column), "value")
          .addStatement("return session.query($T.class).where($S).bind($S, value).first()",
              entityName, "t." + SqlNames.quote(column.name()) + " = :value", "value")
          .build());
    }
  }

  private void addLoaders(TypeSpec.Builder type) {
    TypeName owners = ParameterizedTypeName.get(ClassName.get(Collection.class),
        WildcardTypeName.subtypeOf(entityName));
    for (Relation relation : entity.relations()) {
      type.addMethod(method(unique("load", relation.field()), TypeName.VOID)
          .addJavadoc("Loads {@code $L} of every given object, in one query per 500 of them.\n",
              relation.field())
          .addParameter(owners, "owners")
          .addStatement("session.load($T.$L, owners)", Sources.sibling(entity, "_"),
              MetamodelWriter.constantName(entity, relation.field())).build());
    }
  }

  private void addWrites(TypeSpec.Builder type) {
    type.addMethod(method("insert", entityName)
        .addJavadoc("Adds the object (and what it cascades to) and flushes; its generated id is"
            + " then set.\n")
        .addParameter(entityName, "entity")
        .addStatement("session.add(entity)").addStatement("session.flush()")
        .addStatement("return entity").build());
    type.addMethod(method("update", entityName)
        .addJavadoc("Flushes the object's changes; a detached copy is merged first. Returns"
            + " the session's instance.\n")
        .addParameter(entityName, "entity")
        .addStatement("$T managed = session.contains(entity) ? entity : session.merge(entity)",
            entityName)
        .addStatement("session.flush()").addStatement("return managed").build());
    type.addMethod(method("deleteWhere", TypeName.INT)
        .addJavadoc("Deletes the rows matching an SQL condition over column names, binding its"
            + " named parameters\nfrom {@code parameters}, with the cascades of a session delete"
            + " (set-based where the\nplan allows); returns the number of rows that matched.\n")
        .addParameter(String.class, "condition")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class)), "parameters")
        .addStatement("$T<$T> query = session.query($T.class).where(condition)",
            RuntimeNames.ENTITY_QUERY, entityName, entityName)
        .addStatement("parameters.forEach(query::bind)")
        .addStatement("return query.delete()").build());
    type.addMethod(method("delete", TypeName.VOID)
        .addJavadoc("Deletes the object (cascading as its relations say) and flushes.\n")
        .addParameter(entityName, "entity")
        .addStatement("session.delete(entity)").addStatement("session.flush()").build());
  }

  /**
   * {@code prefix} + the capitalized field, or, if another method has that name ({@code @Id uid}
   * and a unique {@code id}; fields {@code aB} and {@code AB}), {@code prefix_field}, numbered
   * if need be.
   */
  private String unique(String prefix, String field) {
    String name = prefix + Naming.capitalize(field);
    if (!taken.add(name)) {
      name = prefix + "_" + field;
      String base = name;
      for (int n = 2; !taken.add(name); n++) {
        name = base + n;
      }
    }
    return name;
  }

  private TypeName optional() {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), entityName);
  }

  private static MethodSpec.Builder method(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }
}
