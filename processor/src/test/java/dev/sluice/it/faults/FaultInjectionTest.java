package dev.sluice.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.faults.Injector.Mode;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.FlushException;
import dev.sluice.runtime.PendingRollbackException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SluiceException;
import dev.sluice.runtime.TransactionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Fails every statement of a flush in turn (before it runs, after it runs, and as a database
 * error), every row it writes (a trigger; a sample of rows unless {@code -Dfaults.long=true}),
 * its RELEASE SAVEPOINT and the COMMIT, on every kind of flush, and checks each time: the
 * tables are unchanged, the exception names the statement, the session shows exactly what it
 * showed before, and a retry writes exactly what a clean run writes. A RELEASE that fails
 * after it ran, and a failed COMMIT, leave the session requiring rollback(); after it, the
 * tables are unchanged and a new session's run writes what a clean run writes.
 */
class FaultInjectionTest {
  private static final boolean LONG = Boolean.getBoolean("faults.long");

  @DatabaseTest
  void insertGraph(TestDatabase db) {
    new Run(db, Shape.INSERT_GRAPH).all();
  }

  @DatabaseTest
  void cascadeDelete(TestDatabase db) {
    new Run(db, Shape.CASCADE_DELETE).all();
  }

  @DatabaseTest
  void mixedFlush(TestDatabase db) {
    new Run(db, Shape.MIXED).all();
  }

  @DatabaseTest
  void naturalKeyChangeWithPassiveUpdatesOff(TestDatabase db) {
    new Run(db, Shape.KEY_CHANGE).all();
  }

  @DatabaseTest
  void playerMovedAfterItsTeamsDelete(TestDatabase db) {
    new Run(db, Shape.MOVED_AFTER_DELETE).all();
  }

  @DatabaseTest
  void joinedTables(TestDatabase db) {
    new Run(db, Shape.JOINED).all();
  }

  @DatabaseTest
  void compositeKeys(TestDatabase db) {
    new Run(db, Shape.COMPOSITE_KEY).all();
  }

  @DatabaseTest
  void deleteWhere(TestDatabase db) {
    new Run(db, Shape.DELETE_WHERE).all();
  }

  /** The injections of one shape on one database. */
  private static final class Run {
    private final FaultDatabase fdb;
    private final Shape shape;
    private String before;
    private String clean;
    private int points;

    Run(TestDatabase db, Shape shape) {
      // Without deletes the row-by-row variant repeats the set-based one: long runs only.
      assumeTrue(LONG || shape.deletes || db.setBasedDeletes(), "same as set-based");
      this.fdb = new FaultDatabase(db);
      this.shape = shape;
    }

    void all() {
      int[] counts = cleanRun();
      for (Mode mode : List.of(Mode.BEFORE, Mode.AFTER, Mode.DATABASE)) {
        for (int k = 1; k <= counts[0]; k++) {
          inject(mode, k);
        }
      }
      for (int k : rowSample(counts[1])) {
        inject(Mode.ROW, k);
      }
      for (int k = 1; k <= counts[2]; k++) {
        inject(Mode.RELEASE_BEFORE, k);
        injectPendingRollback(Mode.RELEASE_AFTER, k);
      }
      injectPendingRollback(Mode.COMMIT, 1);
      assertTrue(counts[0] > 0 && counts[1] > 0 && counts[2] > 0, "counted " + counts[0]
          + " statements, " + counts[1] + " rows, " + counts[2] + " releases");
      System.out.printf("faults %s %s: %d statements, %d rows, %d releases: %d points%n",
          shape, fdb.db, counts[0], counts[1], counts[2], points);
    }

    /** Statements, rows and releases of the operation, and the rows it commits. */
    private int[] cleanRun() {
      prepare();
      try (Session s = fdb.factory.openSession()) {
        shape.act(s);
        fdb.armRows(0);
        shape.op(s);
        int[] counts = {fdb.injector.statements(), fdb.rowsCounted(), fdb.injector.releases()};
        fdb.disarm();
        s.commit();
        clean = fdb.committed();
        return counts;
      }
    }

    private void prepare() {
      fdb.disarm();
      fdb.reset();
      try (Session s = fdb.factory.openSession()) {
        shape.setup(s);
        s.commit();
      }
      before = fdb.committed();
    }

    /** A fault the flush survives: nothing written, session unchanged, retry as clean. */
    private void inject(Mode mode, int k) {
      String where = shape + " " + fdb.db + " " + mode + " " + k;
      prepare();
      try (Session s = fdb.factory.openSession()) {
        List<Object> roots = shape.act(s); // may autoflush
        Fingerprint fingerprint = Fingerprint.take(s, roots);
        String tables = FaultDatabase.dump(s.handle());
        arm(mode, k);
        SluiceException e = assertThrows(SluiceException.class, () -> shape.op(s), where);
        String failed = fdb.injector.failedSql();
        List<String> executed = fdb.injector.executed();
        fdb.disarm();
        boolean struck = mode == Mode.ROW ? e.getMessage().contains("injected row fault")
            : failed != null;
        assertTrue(struck, where + ": the fault did not strike: " + e);
        checkNamesStatement(where, mode, e, failed, executed);
        assertEquals(tables, FaultDatabase.dump(s.handle()), where + ": tables changed");
        assertEquals(fingerprint.toString(), fingerprint.again(roots).toString(),
            where + ": session changed");
        shape.op(s);
        s.commit();
      }
      assertEquals(clean, fdb.committed(), where + ": the retry differs from a clean run");
      points++;
    }

    /** A fault after which the session requires rollback(), then a new session retries. */
    private void injectPendingRollback(Mode mode, int k) {
      String where = shape + " " + fdb.db + " " + mode + " " + k;
      prepare();
      try (Session s = fdb.factory.openSession()) {
        shape.act(s);
        arm(mode, k);
        SluiceException e = assertThrows(SluiceException.class,
            () -> {
              shape.op(s);
              s.commit();
            }, where);
        fdb.disarm();
        assertTrue(fdb.injector.fired(), where + ": the fault did not strike: " + e);
        TransactionFailedException failure = assertInstanceOf(TransactionFailedException.class,
            e instanceof PendingRollbackException ? e.getCause() : e, where);
        assertTrue(failure.statement().startsWith(mode == Mode.COMMIT ? "COMMIT" : "RELEASE"),
            where + ": " + failure.getMessage());
        assertThrows(PendingRollbackException.class, s::commit, where);
        assertThrows(PendingRollbackException.class, s::flush, where);
        s.rollback();
      }
      assertEquals(before, fdb.committed(), where + ": tables changed");
      try (Session s = fdb.factory.openSession()) {
        shape.act(s);
        shape.op(s);
        s.commit();
      }
      assertEquals(clean, fdb.committed(), where + ": the retry differs from a clean run");
      points++;
    }

    private void arm(Mode mode, int k) {
      if (mode == Mode.ROW) {
        fdb.armRows(k);
      } else {
        fdb.injector.arm(mode, k);
      }
    }

    private static void checkNamesStatement(String where, Mode mode, SluiceException e,
        String failed, List<String> executed) {
      if (mode == Mode.RELEASE_BEFORE) {
        TransactionFailedException t = assertInstanceOf(TransactionFailedException.class, e,
            where);
        assertTrue(t.statement().startsWith("RELEASE SAVEPOINT"), where);
        return;
      }
      FlushException flush = assertInstanceOf(FlushException.class, e, where + ": " + e);
      assertTrue(e.getMessage().contains("[SQL: " + flush.sql() + "]"), where);
      if (mode == Mode.ROW) {
        assertTrue(e.getMessage().contains("injected row fault"), where + ": " + e);
        assertTrue(executed.stream().anyMatch(sql -> sql.startsWith(flush.sql())),
            where + ": " + flush.sql() + " not among " + executed);
      } else {
        assertTrue(failed.startsWith(flush.sql()), where + ": the exception names "
            + flush.sql() + " but " + failed + " failed");
      }
    }

    /** Every row with the flag; else the first two, the middle and the last two. */
    private static List<Integer> rowSample(int rows) {
      if (LONG) {
        List<Integer> all = new ArrayList<>();
        for (int k = 1; k <= rows; k++) {
          all.add(k);
        }
        return all;
      }
      TreeSet<Integer> sample = new TreeSet<>();
      for (int k : new int[] {1, 2, (rows + 1) / 2, rows - 1, rows}) {
        if (k >= 1 && k <= rows) {
          sample.add(k);
        }
      }
      return new ArrayList<>(sample);
    }
  }
}
