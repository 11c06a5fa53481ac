package dev.sluice.it.random;

import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Runs a sequence against Sluice and the model on emptied tables: before a step that loads
 * (and so autoflushes) both flush explicitly, so the model sees the same flushes; after every
 * commit, rollback and reopen the rows (and, after a commit, states and loaded relations) are
 * compared.
 */
final class SequenceRunner {
  /** What one run did: its steps, and the divergence it ended with, if any. */
  record Outcome(List<Op> ops, Divergence failure, int executed, int skipped) {}

  private final TestDatabase db;
  private final SessionFactory factory;
  /** One connection for emptying and reading the tables, opened once (connections cost). */
  private Handle reader;

  SequenceRunner(TestDatabase db, SessionFactory factory) {
    this.db = db;
    this.factory = factory;
  }

  /** Generates and runs a sequence of {@code length} steps, ending with a commit. */
  Outcome generate(long seed, int length) {
    Generator generator = new Generator(seed);
    return execute(null, generator, length, null);
  }

  /** Runs given steps again (shrinking), logging them as Java when {@code log} is given. */
  Outcome replay(List<Op> ops, List<String> log) {
    return execute(ops, null, ops.size(), log);
  }

  private Outcome execute(List<Op> given, Generator generator, int length, List<String> log) {
    empty();
    Model model = new Model();
    World world = new World(factory, log);
    List<Op> ops = new ArrayList<>();
    int executed = 0;
    int skipped = 0;
    try {
      for (int i = 0; i < length; i++) {
        Op op = given != null ? given.get(i)
            : i == length - 1 ? new SessionOps.Commit() : generator.next(model, world);
        ops.add(op);
        if (step(op, model, world, log)) {
          executed++;
        } else {
          skipped++;
        }
      }
      return new Outcome(ops, null, executed, skipped);
    } catch (Divergence d) {
      return new Outcome(ops, d, executed, skipped);
    } catch (RuntimeException e) {
      return new Outcome(ops, new Divergence(signature(e), describe(e)), executed, skipped);
    } finally {
      try {
        world.close();
      } catch (RuntimeException e) {
        // the failure being reported matters more than a failing close
      }
    }
  }

  private boolean step(Op op, Model model, World world, List<String> log) {
    if (!op.applicable(model, world)) {
      return false;
    }
    if (loads(op, model, world)) {
      // a load would autoflush here: flush both sides, so the model sees it
      world.log("session.flush(); // the next step loads, which autoflushes");
      world.session.flush();
      model.flush();
      world.readIds(model);
      if (!op.applicable(model, world)) {
        return false;
      }
    }
    for (MObj o : op.objects(model)) {
      if (o != null && world.needsFetch(o)) {
        world.obj(o);
      }
    }
    world.log(op.java(model));
    op.run(model, world);
    if (op instanceof SessionOps.Commit) {
      Checks.rows(reader(), model);
      Checks.memory(model, world);
    } else if (op instanceof SessionOps.Rollback || op instanceof SessionOps.Reopen) {
      Checks.rows(reader(), model);
    }
    return true;
  }

  private static boolean loads(Op op, Model model, World world) {
    for (MObj o : op.objects(model)) {
      if (o != null && world.needsFetch(o)) {
        return true;
      }
    }
    return op.loadsCollection(model, world);
  }

  private void empty() {
    for (String table : List.of("r_parent_tag", "r_joined_child", "r_child", "r_note", "r_tag",
        "r_parent")) {
      reader().execute("DELETE FROM \"" + table + "\"");
    }
  }

  private Handle reader() {
    if (reader == null) {
      reader = db.jdbi().open();
    }
    return reader;
  }

  /** Closes the reading connection. */
  void close() {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  /** The exception's class and message with numbers blanked, to group like failures. */
  static String signature(Throwable e) {
    String message = String.valueOf(e.getMessage()).split("\n")[0].replaceAll("[0-9]+", "#");
    return e.getClass().getSimpleName() + ": "
        + (message.length() > 90 ? message.substring(0, 90) : message);
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e));
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(8, trace.length); i++) {
      text.append("\n    at ").append(trace[i]);
    }
    return text.toString();
  }
}
