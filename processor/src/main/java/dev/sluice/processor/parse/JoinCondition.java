package dev.sluice.processor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code primaryJoin} / {@code secondaryJoin}: equalities of {@code Class.field}
 * references joined by AND ({@code =} or {@code ==}), such as
 * {@code "Parent.id = Child.parentId AND Parent.kind = Child.kind"}.
 */
public record JoinCondition(List<Equality> equalities) {
  /** {@code Class.field}. */
  public record Ref(String type, String field) {
    @Override
    public String toString() {
      return type + "." + field;
    }
  }

  /** {@code left = right}. */
  public record Equality(Ref left, Ref right) {}

  /** Thrown for text that is not a join condition; the message says what is wrong. */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  public static JoinCondition parse(String text) throws SyntaxError {
    List<Equality> equalities = new ArrayList<>();
    for (String part : text.trim().split("(?i)\\s+AND\\s+")) {
      String[] sides = part.split("==|=", -1);
      if (part.isBlank()) {
        throw new SyntaxError("it is empty");
      }
      if (sides.length != 2) {
        throw new SyntaxError("\"" + part.trim() + "\" is not one equality of the form"
            + " A.field = B.field");
      }
      equalities.add(new Equality(ref(sides[0]), ref(sides[1])));
    }
    return new JoinCondition(equalities);
  }

  private static Ref ref(String text) throws SyntaxError {
    String ref = text.trim();
    String[] parts = ref.split("\\.", -1);
    if (parts.length != 2 || !isIdentifier(parts[0]) || !isIdentifier(parts[1])) {
      throw new SyntaxError("\"" + ref + "\" is not of the form ClassName.field");
    }
    return new Ref(parts[0], parts[1]);
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    return s.chars().allMatch(Character::isJavaIdentifierPart);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Equality e : equalities) {
      parts.add(e.left() + " = " + e.right());
    }
    return String.join(" AND ", parts);
  }
}
