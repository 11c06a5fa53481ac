package dev.sluice.processor.parse;

import dev.sluice.processor.base.Naming;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads a class listed in a schema, or named as an association table, into a declaration. */
public final class EntityParser {
  private final Mirrors mirrors;
  private final FieldParser fields;
  private final AnnotationReader annotations;

  public EntityParser(Mirrors mirrors, Types types) {
    this.mirrors = mirrors;
    this.fields = new FieldParser(mirrors, types);
    this.annotations = new AnnotationReader(mirrors);
  }

  public EntityDecl parse(TypeElement type) {
    AnnotationMirror entity = Mirrors.find(type, AnnotationNames.ENTITY);
    AnnotationMirror association = Mirrors.find(type, AnnotationNames.ASSOCIATION_TABLE);
    String table = "";
    if (entity != null) {
      table = mirrors.string(entity, "table");
    } else if (association != null) {
      table = mirrors.string(association, "name");
    }
    TypeElement entitySuperclass = entity == null ? null : entitySuperclass(type);
    HierarchyDecl hierarchy = entity == null ? null
        : hierarchy(type, table, entitySuperclass == null ? null : tableOf(entitySuperclass));
    if (hierarchy != null && entitySuperclass == null && hierarchy.polymorphicOn() == null
        && hierarchy.identityMirror() == null && hierarchy.keyJoin() == null) {
      hierarchy = null; // a plain entity
    }
    if (table.isEmpty() && entitySuperclass != null && hierarchy.discriminator() != null) {
      table = hierarchy.parentTable(); // single-table inheritance: the superclass's table
    } else if (table.isEmpty()) {
      table = Naming.snakeCase(type.getSimpleName().toString());
    }
    List<FieldDecl> declared = new ArrayList<>();
    List<TypeElement> ancestors = inheritedFrom(type);
    // the nearest entity superclass maps its own fields and those of every class above it
    int mappedByEntity = -1;
    for (int i = 0; i < ancestors.size(); i++) {
      if (Mirrors.find(ancestors.get(i), AnnotationNames.ENTITY) != null) {
        mappedByEntity = i;
      }
    }
    List<TypeElement> constrainedBy = new ArrayList<>(); // whose @Unique and keys apply here
    for (int i = 0; i < ancestors.size(); i++) {
      TypeElement superclass = ancestors.get(i);
      boolean fromEntity = i <= mappedByEntity;
      if (!fromEntity) {
        constrainedBy.add(superclass);
      }
      FieldDecl.Inherited inherited = new FieldDecl.Inherited(superclass,
          !Naming.packageOf(superclass).equals(Naming.packageOf(type)), fromEntity);
      for (VariableElement field : mapped(superclass)) {
        FieldDecl decl = fields.parse(field, inherited);
        // an entity superclass's relationships are its own: its holders are not re-declared
        if (!fromEntity || decl.role() == FieldDecl.Role.COLUMN) {
          declared.add(decl);
        }
      }
    }
    for (VariableElement field : mapped(type)) {
      declared.add(fields.parse(field));
    }
    constrainedBy.add(type);
    List<UniqueDecl> uniques = new ArrayList<>();
    List<ForeignKeyConstraintDecl> keys = new ArrayList<>();
    for (TypeElement declaring : constrainedBy) {
      uniques.addAll(uniques(declaring));
      for (AnnotationMirror key : repeated(declaring, AnnotationNames.FOREIGN_KEY_CONSTRAINT,
          AnnotationNames.FOREIGN_KEY_CONSTRAINTS)) {
        keys.add(annotations.foreignKeyConstraint(declaring, key));
      }
    }
    return new EntityDecl(type, entity, association, table, declared, List.copyOf(uniques),
        List.copyOf(keys), entitySuperclass, hierarchy, notAClass(type),
        type.getModifiers().contains(Modifier.ABSTRACT), unreachable(type),
        hasNoArgConstructor(type));
  }

  /** The non-static, non-transient fields a class declares. */
  private static List<VariableElement> mapped(TypeElement type) {
    List<VariableElement> mapped = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && !field.getModifiers().contains(Modifier.TRANSIENT)) {
        mapped.add(field);
      }
    }
    return mapped;
  }

  /**
   * The {@code @MappedSuperclass} and {@code @Entity} ancestors of a class, the farthest first
   * (their columns lead, so every class of a hierarchy starts with its root's columns).
   */
  private static List<TypeElement> inheritedFrom(TypeElement type) {
    List<TypeElement> found = new ArrayList<>();
    for (TypeElement superclass : ancestors(type)) {
      if (Mirrors.find(superclass, AnnotationNames.MAPPED_SUPERCLASS) != null
          || Mirrors.find(superclass, AnnotationNames.ENTITY) != null) {
        found.add(0, superclass);
      }
    }
    return found;
  }

  /**
   * The table an entity's own columns are in: the one its {@code @Entity} names, else its
   * entity superclass's (sharing it), else for the root its snake_case name.
   */
  private String tableOf(TypeElement entity) {
    String table = mirrors.string(Mirrors.find(entity, AnnotationNames.ENTITY), "table");
    TypeElement superclass = entitySuperclass(entity);
    if (table.isEmpty() && superclass != null) {
      return tableOf(superclass);
    }
    return table.isEmpty() ? Naming.snakeCase(entity.getSimpleName().toString()) : table;
  }

  /** The class's place in a hierarchy: its root, the root's discriminator, its own marks. */
  private HierarchyDecl hierarchy(TypeElement type, String writtenTable, String parentTable) {
    TypeElement root = type;
    for (TypeElement superclass : ancestors(type)) {
      if (Mirrors.find(superclass, AnnotationNames.ENTITY) != null) {
        root = superclass;
      }
    }
    AnnotationMirror rootOn = Mirrors.find(root, AnnotationNames.POLYMORPHIC_ON);
    AnnotationMirror identity = Mirrors.find(type, AnnotationNames.POLYMORPHIC_IDENTITY);
    AnnotationMirror keyJoin = Mirrors.find(type, AnnotationNames.PRIMARY_KEY_JOIN);
    return new HierarchyDecl(root, rootOn == null ? null : mirrors.string(rootOn, "value"),
        Mirrors.find(type, AnnotationNames.POLYMORPHIC_ON), identity,
        identity == null ? null : mirrors.string(identity, "value"), writtenTable, parentTable,
        keyJoin, keyJoin == null ? "" : mirrors.string(keyJoin, "column"),
        keyJoin == null || mirrors.bool(keyJoin, "constraint"),
        keyJoin != null && mirrors.bool(keyJoin, "passiveDeletes"));
  }

  /** The nearest ancestor annotated {@code @Entity}, or {@code null}. */
  private static TypeElement entitySuperclass(TypeElement type) {
    for (TypeElement superclass : ancestors(type)) {
      if (Mirrors.find(superclass, AnnotationNames.ENTITY) != null) {
        return superclass;
      }
    }
    return null;
  }

  /** The superclasses of a class, the nearest first. */
  private static List<TypeElement> ancestors(TypeElement type) {
    List<TypeElement> ancestors = new ArrayList<>();
    TypeMirror parent = type.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
      ancestors.add(superclass);
      parent = superclass.getSuperclass();
    }
    return ancestors;
  }

  /** The {@code @Unique} constraints written on a class, in order. */
  private List<UniqueDecl> uniques(TypeElement type) {
    List<UniqueDecl> uniques = new ArrayList<>();
    for (AnnotationMirror mirror
        : repeated(type, AnnotationNames.UNIQUE, AnnotationNames.UNIQUES)) {
      List<AnnotationValue> values = annotations.values(mirror, "value");
      uniques.add(new UniqueDecl(type, mirror, AnnotationReader.texts(values), values));
    }
    return List.copyOf(uniques);
  }

  /** A repeatable annotation of a class: one written alone, or several in their container. */
  private List<AnnotationMirror> repeated(TypeElement type, String annotation,
      String container) {
    List<AnnotationMirror> written = new ArrayList<>();
    AnnotationMirror single = Mirrors.find(type, annotation);
    if (single != null) {
      written.add(single);
    }
    AnnotationMirror several = Mirrors.find(type, container);
    if (several != null) {
      for (Object item : (List<?>) mirrors.value(several, "value").getValue()) {
        written.add((AnnotationMirror) ((AnnotationValue) item).getValue());
      }
    }
    return written;
  }

  private static String notAClass(TypeElement type) {
    switch (type.getKind()) {
      case CLASS:
        return null;
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a " + type.getKind();
    }
  }

  private static String unreachable(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement t = (TypeElement) e;
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return t == type ? "private" : "nested in private " + t.getSimpleName();
      }
      NestingKind nesting = t.getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return "a local class";
      }
      if (nesting == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
          && t.getKind() == ElementKind.CLASS) {
        return "an inner (non-static) class";
      }
    }
    return null;
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
