package dev.sluice.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Java source text whose type names are resolved only when its file is rendered (see
 * {@link TextSource}), built from JavaPoet-style formats: {@code $T} a type, {@code $S} a string
 * literal, {@code $L} anything as it is (another {@code CodeText} included), {@code $>}/{@code $<}
 * one level of indentation more or less, {@code $$} a dollar. Every line is indented as it is
 * written. The per-entity sources are written this way because JavaPoet's formatting, token by
 * token and twice per file, was about half of the processor's time.
 */
final class CodeText {
  private static final String INDENT = "  ";

  /** Text and {@link ClassName} references, in order. */
  private final List<Object> parts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  /** Per open block: whether a member was written in it yet. */
  private final Deque<boolean[]> blocks = new ArrayDeque<>();
  private int indent;
  private String linePrefix = "";
  private boolean lineStart = true;

  static CodeText of(String format, Object... args) {
    return new CodeText().add(format, args);
  }

  /** The pieces with {@code separator} between them. */
  static CodeText join(List<CodeText> pieces, String separator) {
    CodeText joined = new CodeText();
    for (int i = 0; i < pieces.size(); i++) {
      joined.add(i == 0 ? "$L" : separator + "$L", pieces.get(i));
    }
    return joined;
  }

  CodeText add(String format, Object... args) {
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '$') {
        append(c);
        continue;
      }
      char kind = ++i < format.length() ? format.charAt(i) : ' ';
      switch (kind) {
        case '$' -> append('$');
        case '>' -> indent++;
        case '<' -> indent--;
        case 'T' -> type((TypeName) argument(format, args, next++));
        case 'S' -> literal(argument(format, args, next++));
        case 'L' -> value(argument(format, args, next++));
        default -> throw new IllegalArgumentException("unknown $" + kind + " in " + format);
      }
    }
    if (next != args.length) {
      throw new IllegalArgumentException(args.length + " arguments for " + format);
    }
    return this;
  }

  /** {@code format} and a line break. */
  CodeText line(String format, Object... args) {
    return add(format, args).append('\n');
  }

  /** A Javadoc comment of the text {@code format}, which ends with a line break. */
  CodeText javadoc(String format, Object... args) {
    add("/**\n");
    linePrefix = " * ";
    add(format, args);
    if (!lineStart) {
      append('\n');
    }
    linePrefix = "";
    return add(" */\n");
  }

  /** {@code format} and an opening brace: a type or method body follows. */
  CodeText open(String format, Object... args) {
    add(format, args).add(" {\n");
    indent++;
    blocks.push(new boolean[1]);
    return this;
  }

  /** The closing brace of the last {@link #open}. */
  CodeText close() {
    indent--;
    blocks.pop();
    return add("}\n");
  }

  /** Before each member of a type: a blank line unless it is the first one. */
  CodeText member() {
    boolean[] written = blocks.peek();
    if (written[0]) {
      append('\n');
    }
    written[0] = true;
    return this;
  }

  /** The text and class references, for {@link TextSource} to resolve. */
  List<Object> parts() {
    flush();
    return parts;
  }

  private static Object argument(String format, Object[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException("too few arguments for " + format);
    }
    return args[index];
  }

  private void value(Object value) {
    if (value instanceof CodeText code) {
      for (Object part : code.parts()) {
        if (part instanceof ClassName name) {
          reference(name);
        } else {
          String piece = (String) part;
          for (int i = 0; i < piece.length(); i++) {
            append(piece.charAt(i));
          }
        }
      }
    } else {
      String piece = String.valueOf(value);
      for (int i = 0; i < piece.length(); i++) {
        append(piece.charAt(i));
      }
    }
  }

  private void type(TypeName type) {
    if (type instanceof ClassName name) {
      reference(name);
    } else if (type instanceof ParameterizedTypeName parameterized) {
      reference(parameterized.rawType());
      append('<');
      List<TypeName> arguments = parameterized.typeArguments();
      for (int i = 0; i < arguments.size(); i++) {
        value(i == 0 ? "" : ", ");
        type(arguments.get(i));
      }
      append('>');
    } else if (type instanceof ArrayTypeName array) {
      type(array.componentType());
      value("[]");
    } else if (type instanceof WildcardTypeName wildcard) {
      wildcard(wildcard);
    } else {
      value(type.withoutAnnotations().toString()); // primitives, void, type variables
    }
  }

  private void wildcard(WildcardTypeName wildcard) {
    if (!wildcard.lowerBounds().isEmpty()) {
      value("? super ");
      type(wildcard.lowerBounds().get(0));
    } else if (wildcard.upperBounds().get(0).equals(ClassName.OBJECT)) {
      append('?');
    } else {
      value("? extends ");
      type(wildcard.upperBounds().get(0));
    }
  }

  private void reference(ClassName name) {
    if (lineStart) {
      startLine();
    }
    flush();
    parts.add(name);
  }

  /** A string literal as JavaPoet writes {@code $S}, or {@code null}. */
  private void literal(Object value) {
    if (value == null) {
      value("null");
      return;
    }
    String string = (String) value;
    StringBuilder literal = new StringBuilder(string.length() + 2).append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      literal.append(escape(c));
      if (c == '\n' && i + 1 < string.length()) {
        literal.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
      }
    }
    value(literal.append('"'));
  }

  private static String escape(char c) {
    return switch (c) {
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default -> Character.isISOControl(c) ? String.format("\\u%04x", (int) c)
          : String.valueOf(c);
    };
  }

  private CodeText append(char c) {
    if (c == '\n') {
      if (lineStart && !linePrefix.isEmpty()) {
        text.append(INDENT.repeat(indent)).append(linePrefix.stripTrailing());
      }
      text.append('\n');
      lineStart = true;
      return this;
    }
    if (lineStart) {
      startLine();
    }
    text.append(c);
    return this;
  }

  private void startLine() {
    text.append(INDENT.repeat(indent)).append(linePrefix);
    lineStart = false;
  }

  private void flush() {
    if (text.length() > 0) {
      parts.add(text.toString());
      text.setLength(0);
    }
  }
}
