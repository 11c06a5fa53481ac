package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.plan.SqlNames;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code XDao}: typed queries over a session (by id, all, first, count, a where clause,
 * finders for unique columns), relation loaders, and write shortcuts that flush at once.
 */
public final class DaoWriter {
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName STRING = ClassName.get(String.class);

  private final Entity entity;
  private final ClassName entityName;
  /** Method names already used, so finders and loaders never clash with them or each other. */
  private final Set<String> taken = new HashSet<>(List.of("findById", "findAll", "first",
      "count", "where", "insert", "update", "deleteWhere", "delete"));

  public DaoWriter(Entity entity) {
    this.entity = entity;
    this.entityName = Sources.entity(entity);
  }

  public GeneratedSource write() {
    ClassName dao = Sources.sibling(entity, "Dao");
    CodeText type = new CodeText()
        .javadoc("Data access for {@link $T} through a {@link $T}: queries go through the"
            + " session's identity map\nand flush pending changes first.\n", entityName,
            RuntimeNames.SESSION)
        .line("@$T($S)", RuntimeNames.GENERATED, Sources.PROCESSOR)
        .open("public final class $T", dao)
        .member().line("private final $T session;", RuntimeNames.SESSION)
        .member().javadoc("A DAO over {@code session} (a {@link $T} works too).\n",
            RuntimeNames.SCOPED_SESSION)
        .open("public $T($T session)", dao, RuntimeNames.SESSION)
        .line("this.session = $T.requireNonNull(session, $S);", ClassName.get(Objects.class),
            "session")
        .close();
    addQueries(type);
    addFinders(type);
    addLoaders(type);
    addWrites(type);
    return new TextSource(dao, Set.of(), type.close(), List.of(entity.element()));
  }

  private void addQueries(CodeText type) {
    if (entity.hasCompositeKey()) {
      addCompositeFindById(type);
    } else {
      Column id = entity.id();
      method(type, "The {@code $L} with this id, if it exists.\n", entity.simpleName())
          .open("public $L findById($T id)", optional(), Sources.type(id))
          .line("return $T.ofNullable(session.get($T.class, id));", OPTIONAL, entityName)
          .close();
    }
    method(type, "Every {@code $L}, by primary key.\n", entity.simpleName())
        .open("public $T<$T> findAll()", ClassName.get(List.class), entityName)
        .line("return session.query($T.class).list();", entityName).close();
    method(type, "The {@code $L} with the lowest primary key, if any.\n", entity.simpleName())
        .open("public $L first()", optional())
        .line("return session.query($T.class).first();", entityName).close();
    method(type, "The number of rows.\n")
        .open("public long count()")
        .line("return session.query($T.class).count();", entityName).close();
    method(type, "A query for the rows matching an SQL condition over column names, with"
        + " named parameters:\n{@code where(\"name = :name\").bind(\"name\", value).list()}.\n")
        .open("public $T<$T> where($T condition)", RuntimeNames.ENTITY_QUERY, entityName, STRING)
        .line("return session.query($T.class).where(condition);", entityName).close();
  }

  /**
   * {@code findById(a, b)} over the key's columns in table order; the parameters are named
   * after the fields, so the body reaches the session as {@code this.session}.
   */
  private void addCompositeFindById(CodeText type) {
    List<Column> ids = entity.ids();
    CodeText parameters = CodeText.of("");
    CodeText arguments = CodeText.of("");
    for (int i = 0; i < ids.size(); i++) {
      parameters.add(i == 0 ? "$T $L" : ", $T $L", Sources.type(ids.get(i)), ids.get(i).field());
      arguments.add(i == 0 ? "$L" : ", $L", ids.get(i).field());
    }
    method(type, "The {@code $L} with this composite key ($L), if it exists.\n",
            entity.simpleName(), String.join(", ", ids.stream().map(Column::field).toList()))
        .open("public $L findById($L)", optional(), parameters)
        .line("return $T.ofNullable(this.session.get($T.class, $T.asList($L)));", OPTIONAL,
            entityName, ClassName.get(Arrays.class), arguments)
        .close();
  }

  private void addFinders(CodeText type) {
    for (Column column : entity.columns()) {
      if (!column.unique() || column.id()) {
        continue;
      }
      // the parameter is "value", so a column named "session" cannot shadow the field; the
      // column needs no table alias: a query's conditions apply to its one table
      method(type, "The {@code $L} whose unique {@code $L} is {@code value}, if any.\n",
              entity.simpleName(), column.field())
          .open("public $L $L($T value)", optional(), unique("findBy", column.field()),
              Sources.type(column))
          .line("return session.query($T.class).where($S).bind($S, value).first();",
              entityName, SqlNames.quote(column.name()) + " = :value", "value")
          .close();
    }
  }

  private void addLoaders(CodeText type) {
    for (Relation relation : entity.relations()) {
      method(type, "Loads {@code $L} of every given object, in one query per 500 of them.\n",
              relation.field())
          .open("public void $L($T<? extends $T> owners)", unique("load", relation.field()),
              ClassName.get(Collection.class), entityName)
          .line("session.load($T.$L, owners);", Sources.sibling(entity, "_"),
              MetamodelWriter.constantName(entity, relation.field()))
          .close();
    }
  }

  private void addWrites(CodeText type) {
    method(type, "Adds the object (and what it cascades to) and flushes; its generated id is"
        + " then set.\n")
        .open("public $T insert($T entity)", entityName, entityName)
        .line("session.add(entity);").line("session.flush();").line("return entity;").close();
    method(type, "Flushes the object's changes; a detached copy is merged first. Returns"
        + " the session's instance.\n")
        .open("public $T update($T entity)", entityName, entityName)
        .line("$T managed = session.contains(entity) ? entity : session.merge(entity);",
            entityName)
        .line("session.flush();").line("return managed;").close();
    method(type, "Deletes the rows matching an SQL condition over column names, binding its"
        + " named parameters\nfrom {@code parameters}, with the cascades of a session delete"
        + " (set-based where the\nplan allows); returns the number of rows that matched.\n")
        .open("public int deleteWhere($T condition, $T<$T, ?> parameters)", STRING,
            ClassName.get(Map.class), STRING)
        .line("$T<$T> query = session.query($T.class).where(condition);",
            RuntimeNames.ENTITY_QUERY, entityName, entityName)
        .line("parameters.forEach(query::bind);")
        .line("return query.delete();").close();
    method(type, "Deletes the object (cascading as its relations say) and flushes.\n")
        .open("public void delete($T entity)", entityName)
        .line("session.delete(entity);").line("session.flush();").close();
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

  private CodeText optional() {
    return CodeText.of("$T<$T>", OPTIONAL, entityName);
  }

  /** Starts a member of the DAO with its Javadoc. */
  private static CodeText method(CodeText type, String javadoc, Object... args) {
    return type.member().javadoc(javadoc, args);
  }
}
