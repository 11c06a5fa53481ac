package dev.sluice.processor.base;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/** The default SQL names Sluice derives from Java names, and the Java names it reads. */
public final class Naming {
  private Naming() {}

  /** {@code com.example.Person} → {@code Person}; a name without a package is kept. */
  public static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /** {@code personId} → {@code person_id}, {@code HTTPRequest} → {@code http_request}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1))
            && name.charAt(i - 1) != '_';
        boolean beforeLower = i > 0 && i + 1 < name.length()
            && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1));
        if (afterLower || beforeLower) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code personId} → {@code PERSON_ID}: the constant name of a relation in a metamodel. */
  public static String constantCase(String name) {
    return snakeCase(name).toUpperCase(Locale.ROOT);
  }

  /**
   * A derived name ({@code fk_…}, {@code ix_…}) that fits PostgreSQL's 63 bytes: a longer one is
   * cut and ends in a hash of the whole, so two long names never become the same.
   */
  public static String fitIdentifier(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= 63) {
      return name;
    }
    String hash = String.format(Locale.ROOT, "_%08x", name.hashCode());
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      String next = new String(Character.toChars(codePoint));
      if ((cut + next + hash).getBytes(StandardCharsets.UTF_8).length > 63) {
        break;
      }
      cut.append(next);
      i += Character.charCount(codePoint);
    }
    return cut + hash;
  }

  /** {@code Person} → {@code person}. */
  public static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code logs} → {@code Logs}. */
  public static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The qualified name of the package an element is in. */
  public static String packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
