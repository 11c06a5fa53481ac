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
    int run = 0; // where the text not yet appended starts
    int length = format.length();
    for (int i = format.indexOf('$'); i >= 0; i = format.indexOf('$', run)) {
      appendText(format, run, i);
      char kind = ++i < length ? format.charAt(i) : ' ';
      switch (kind) {
        case '$' -> appendText("$", 0, 1);
        case '>' -> indent++;
        case '<' -> indent--;
        case 'T' -> type((TypeName) argument(format, args, next++));
        case 'S' -> literal(argument(format, args, next++));
        case 'L' -> value(argument(format, args, next++));
        default -> throw new IllegalArgumentException("unknown $" + kind + " in " + format);
      }
      run = i + 1;
    }
    appendText(format, run, length);
    if (next != args.length) {
      throw new IllegalArgumentException(args.length + " arguments for " + format);
    }
    return this;
  }

  /** {@code format} and a line break. */
  CodeText line(String format, Object... args) {
    add(format, args);
    newLine();
    return this;
  }

  /** A Javadoc comment of the text {@code format}, which ends with a line break. */
  CodeText javadoc(String format, Object... args) {
    add("/**\n");
    linePrefix = " * ";
    add(format, args);
    if (!lineStart) {
      newLine();
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
      newLine();
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
          appendText(piece, 0, piece.length());
        }
      }
    } else {
      CharSequence piece = value instanceof CharSequence chars ? chars : String.valueOf(value);
      appendText(piece, 0, piece.length());
    }
  }

  private void type(TypeName type) {
    if (type instanceof ClassName name) {
      reference(name);
    } else if (type instanceof ParameterizedTypeName parameterized) {
      reference(parameterized.rawType());
      value("<");
      List<TypeName> arguments = parameterized.typeArguments();
      for (int i = 0; i < arguments.size(); i++) {
        value(i == 0 ? "" : ", ");
        type(arguments.get(i));
      }
      value(">");
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
      value("?");
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
      escape(c, literal);
      if (c == '\n' && i + 1 < string.length()) {
        literal.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
      }
    }
    value(literal.append('"'));
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '\b' -> out.append("\\b");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\f' -> out.append("\\f");
      case '\r' -> out.append("\\r");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      default -> {
        if (Character.isISOControl(c)) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }

  /**
   * Appends {@code chars[from, to)}, indenting each line as it starts: copied a run at a time,
   * since this is where the processor writes every character it generates.
   */
  private void appendText(CharSequence chars, int from, int to) {
    while (from < to) {
      int newline = indexOfNewline(chars, from, to);
      int end = newline < 0 ? to : newline;
      if (end > from) {
        if (lineStart) {
          startLine();
        }
        text.append(chars, from, end);
      }
      if (newline < 0) {
        return;
      }
      newLine();
      from = newline + 1;
    }
  }

  private static int indexOfNewline(CharSequence chars, int from, int to) {
    if (chars instanceof String string) {
      int newline = string.indexOf('\n', from);
      return newline < to ? newline : -1;
    }
    for (int i = from; i < to; i++) {
      if (chars.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Ends the line; an empty line inside a Javadoc comment still gets its {@code *}. */
  private void newLine() {
    if (lineStart && !linePrefix.isEmpty()) {
      indentation();
      text.append(linePrefix.stripTrailing());
    }
    text.append('\n');
    lineStart = true;
  }

  private void startLine() {
    indentation();
    text.append(linePrefix);
    lineStart = false;
  }

  private void indentation() {
    for (int i = 0; i < indent; i++) {
      text.append(INDENT);
    }
  }

  private void flush() {
    if (text.length() > 0) {
      parts.add(text.toString());
      text.setLength(0);
    }
  }
}
