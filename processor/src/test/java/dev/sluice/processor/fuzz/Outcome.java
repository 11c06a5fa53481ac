package dev.sluice.processor.fuzz;

import com.google.testing.compile.Compilation;
import java.util.List;

/** What compiling one model gave, classified; {@code detail} says why for a failure. */
record Outcome(Kind kind, String detail, int sluiceErrors, int knockOnErrors,
    Compilation compilation) {

  /** The classes of outcome; the last five are failures of Sluice. */
  enum Kind {
    /** Compiled; no warning except Sluice's own. */
    ACCEPTED(false),
    /** Rejected with Sluice errors on the user's sources, and nothing generated. */
    REJECTED(false),
    /** The processor threw, or reported an internal error. */
    CRASH(true),
    /** Accepted, but the generated code does not compile or makes javac warn. */
    GENERATED_FAILS(true),
    /** An error without a position, or not on the element the mistake is in. */
    MISPLACED(true),
    /** A mistake the processor should reject was accepted. */
    MISSED(true),
    /** Accepted, but the database rejected its schema or a row, or dropAll failed. */
    DATABASE_FAILS(true);

    final boolean failure;

    Kind(boolean failure) {
      this.failure = failure;
    }
  }

  static Outcome of(Kind kind, String detail, Compilation compilation) {
    return new Outcome(kind, detail, 0, 0, compilation);
  }

  Outcome withCounts(int sluice, int knockOn) {
    return new Outcome(kind, detail, sluice, knockOn, compilation);
  }

  Outcome as(Kind changed, String why) {
    return new Outcome(changed, why, sluiceErrors, knockOnErrors, compilation);
  }

  /** The first lines of the diagnostics, for a report. */
  static String summary(List<String> lines) {
    return String.join("\n", lines.stream().limit(6).toList());
  }
}
