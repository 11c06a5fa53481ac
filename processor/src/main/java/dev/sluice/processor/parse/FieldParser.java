package dev.sluice.processor.parse;

import dev.sluice.processor.base.Naming;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads one field: what its type makes of it, and how generated code reaches it. */
final class FieldParser {
  private static final Map<String, ValueKind> DECLARED_KINDS = Map.ofEntries(
      Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
      Map.entry("java.lang.Integer", ValueKind.INTEGER),
      Map.entry("java.lang.Long", ValueKind.LONG),
      Map.entry("java.lang.Double", ValueKind.DOUBLE),
      Map.entry("java.math.BigDecimal", ValueKind.DECIMAL),
      Map.entry("java.lang.String", ValueKind.STRING),
      Map.entry("java.util.UUID", ValueKind.UUID),
      Map.entry("java.time.LocalDate", ValueKind.DATE),
      Map.entry("java.time.LocalDateTime", ValueKind.DATE_TIME),
      Map.entry("java.time.Instant", ValueKind.INSTANT),
      Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATE_TIME));

  private final Types types;
  private final AnnotationReader annotations;

  FieldParser(Mirrors mirrors, Types types) {
    this.types = types;
    this.annotations = new AnnotationReader(mirrors);
  }

  /** A field the entity declares itself. */
  FieldDecl parse(VariableElement field) {
    return parse(field, null);
  }

  /** A field of the entity, or one it inherits from a mapped superclass. */
  FieldDecl parse(VariableElement field, FieldDecl.Inherited inherited) {
    TypeMirror type = field.asType();
    String name = field.getSimpleName().toString();
    FieldDecl.Role role = FieldDecl.Role.UNSUPPORTED;
    ValueKind kind = null;
    HolderKind holder = null;
    TypeElement holderTarget = null;
    String javaType = type.toString();
    boolean primitive = type.getKind().isPrimitive();
    if (primitive) {
      kind = primitiveKind(type.getKind());
    } else if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      kind = ValueKind.BYTES;
      javaType = "byte[]";
    } else if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      javaType = element.getQualifiedName().toString();
      holder = HolderKind.of(javaType);
      if (holder != null) {
        holderTarget = holderTarget((DeclaredType) type);
      } else if (element.getKind() == ElementKind.ENUM) {
        kind = ValueKind.ENUM;
      } else {
        kind = DECLARED_KINDS.get(javaType);
      }
    }
    if (holder != null) {
      role = FieldDecl.Role.HOLDER;
    } else if (kind != null) {
      role = FieldDecl.Role.COLUMN;
    }
    return new FieldDecl(field, name, role, kind, javaType, primitive, holder, holderTarget,
        holderTarget != null && Mirrors.find(holderTarget, AnnotationNames.ENTITY) != null,
        access(field, role, kind, inherited != null && inherited.otherPackage()),
        field.getModifiers().contains(Modifier.FINAL),
        Mirrors.find(field, AnnotationNames.ID),
        Mirrors.find(field, AnnotationNames.GENERATED_VALUE),
        annotations.column(Mirrors.find(field, AnnotationNames.COLUMN)),
        annotations.foreignKey(Mirrors.find(field, AnnotationNames.FOREIGN_KEY)),
        annotations.relationship(Mirrors.find(field, AnnotationNames.RELATIONSHIP)), inherited);
  }

  /** Whether code in the entity's package can name the member. */
  private static boolean reachable(Element member, boolean otherPackage) {
    return otherPackage ? member.getModifiers().contains(Modifier.PUBLIC)
        : !member.getModifiers().contains(Modifier.PRIVATE);
  }

  private static ValueKind primitiveKind(TypeKind kind) {
    switch (kind) {
      case BOOLEAN:
        return ValueKind.BOOLEAN;
      case INT:
        return ValueKind.INTEGER;
      case LONG:
        return ValueKind.LONG;
      case DOUBLE:
        return ValueKind.DOUBLE;
      default:
        return null;
    }
  }

  private static TypeElement holderTarget(DeclaredType holder) {
    List<? extends TypeMirror> arguments = holder.getTypeArguments();
    return arguments.size() == 1 ? Mirrors.typeElement(arguments.get(0)) : null;
  }

  /**
   * Direct access for a non-private field; for a private one, non-private accessors named
   * after it (a holder needs only the getter). {@code null} when neither exists. Declared in
   * another package than the entity's ({@code otherPackage}), only public members count.
   */
  private Access access(VariableElement field, FieldDecl.Role role, ValueKind kind,
      boolean otherPackage) {
    if (reachable(field, otherPackage)) {
      return Access.FIELD;
    }
    String suffix = Naming.capitalize(field.getSimpleName().toString());
    Element owner = field.getEnclosingElement();
    String getter = null;
    String setter = null;
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!reachable(method, otherPackage) || method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = method.getSimpleName().toString();
      boolean getterName = name.equals("get" + suffix)
          || (kind == ValueKind.BOOLEAN && name.equals("is" + suffix));
      if (getterName && method.getParameters().isEmpty()
          && types.isSameType(method.getReturnType(), field.asType())) {
        getter = name;
      }
      if (name.equals("set" + suffix) && method.getParameters().size() == 1
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        setter = name;
      }
    }
    if (getter == null || (setter == null && role != FieldDecl.Role.HOLDER)) {
      return null;
    }
    return new Access(getter, setter);
  }
}
