package dev.sluice.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eight threads on PostgreSQL: units that update the same rows in opposite orders never
 * deadlock (UPDATEs and DELETEs go in primary-key order), and a shared SessionFactory,
 * ScopedSession and DAO serve every thread. Without a version column, concurrent
 * read-modify-write units lose updates; the count is printed as a baseline.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int UNITS = Integer.getInteger("concurrency.units", 25);

  @DatabaseTest
  void unitsTouchingTheSameRowsInOppositeOrdersDoNotDeadlock(TestDatabase db) throws Exception {
    assumeTrue(db.dialect() == Dialect.POSTGRESQL && db.setBasedDeletes(), "PostgreSQL");
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    List<Long> ids = new ArrayList<>();
    try (Session session = factory.openSession()) {
      for (String name : List.of("a", "b", "c")) {
        Team team = new Team(name);
        session.add(team);
        session.flush();
        ids.add(team.id);
      }
      session.commit();
    }
    AtomicInteger deadlocks = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    run(thread -> {
      for (int unit = 0; unit < UNITS; unit++) {
        try (Session session = factory.openSession()) {
          List<Long> order = new ArrayList<>(ids);
          if (thread % 2 == 1) {
            Collections.reverse(order); // dirtied in the other order
          }
          List<Team> teams = new ArrayList<>();
          for (Long id : order) {
            teams.add(session.get(Team.class, id)); // loaded first: one flush writes all
          }
          for (Team team : teams) {
            team.name = "t" + thread + "-" + unit + "-" + team.id;
          }
          session.commit();
        } catch (RuntimeException e) {
          (isDeadlock(e) ? deadlocks : other).incrementAndGet();
        }
      }
    });
    System.out.printf("concurrency: %d units of %d threads updating 3 rows in opposite orders:"
        + " %d deadlocks, %d other failures%n", THREADS * UNITS, THREADS, deadlocks.get(),
        other.get());
    assertEquals(0, deadlocks.get(), "deadlocks");
    assertEquals(0, other.get(), "other failures");
  }

  @DatabaseTest
  void aSharedFactoryScopedSessionAndDaoServeEveryThread(TestDatabase db) throws Exception {
    assumeTrue(db.dialect() == Dialect.POSTGRESQL && db.setBasedDeletes(), "PostgreSQL");
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    ScopedSession scoped = new ScopedSession(factory);
    TeamDao teams = new TeamDao(scoped);
    run(thread -> {
      for (int unit = 0; unit < UNITS; unit++) {
        try {
          Team team = new Team("s" + thread + "-" + unit);
          team.players.add(new Player("p" + thread + "-" + unit));
          scoped.add(team);
          scoped.commit();
          assertTrue(teams.findById(team.id).isPresent());
        } finally {
          scoped.remove();
        }
      }
    });
    assertEquals(THREADS * UNITS, db.number("SELECT COUNT(*) FROM team"));
    assertEquals(THREADS * UNITS, db.number("SELECT COUNT(*) FROM player p JOIN team t"
        + " ON t.id = p.team_id AND substr(t.name, 2) = substr(p.name, 2)"));
  }

  /** The baseline for a later version column: increments lost by read-modify-write units. */
  @DatabaseTest
  void lostUpdatesWithoutAVersionColumnAreCounted(TestDatabase db) throws Exception {
    assumeTrue(db.dialect() == Dialect.POSTGRESQL && db.setBasedDeletes(), "PostgreSQL");
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new League("counter", "0"));
      session.commit();
    }
    run(thread -> {
      for (int unit = 0; unit < UNITS; unit++) {
        try (Session session = factory.openSession()) {
          League counter = session.get(League.class, "counter");
          counter.title = Integer.toString(Integer.parseInt(counter.title) + 1);
          session.commit();
        }
      }
    });
    int total = Integer.parseInt((String) db.column("SELECT title FROM league").get(0));
    assertTrue(total >= 1 && total <= THREADS * UNITS, "total " + total);
    System.out.printf("concurrency: %d increments by %d threads, %d lost (no version column)%n",
        THREADS * UNITS, THREADS, THREADS * UNITS - total);
  }

  /** Runs the body on eight threads at once and rethrows the first failure. */
  private static void run(ThreadBody body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          body.run(thread);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isDeadlock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The work of one thread. */
  private interface ThreadBody {
    void run(int thread) throws Exception;
  }
}
