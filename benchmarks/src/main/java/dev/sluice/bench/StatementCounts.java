package dev.sluice.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.stat.Statistics;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements W2 sends (a JDBC batch counts once) with 10 and with 100 children per
 * parent: through a Jdbi {@link SqlLogger} for Sluice and hand-written Jdbi, through Hibernate's
 * statistics (statements prepared) for Hibernate.
 */
public final class StatementCounts {
  /** One count. */
  public record Count(Database.Kind db, String impl, int children, long statements,
      String shapes) {}

  /** Records the statements Jdbi runs while switched on. */
  static final class Recorder implements SqlLogger {
    final List<String> sql = new ArrayList<>();
    boolean on;

    @Override
    public void logBeforeExecution(StatementContext context) {
      if (on) {
        sql.add(context.getRenderedSql());
      }
    }
  }

  private StatementCounts() {}

  /** W2 with each number of children, on each database, for each contender. */
  public static List<Count> measure(List<Database.Kind> kinds, int... childCounts) {
    List<Count> counts = new ArrayList<>();
    for (Database.Kind kind : kinds) {
      for (String impl : Contenders.NAMES) {
        for (int children : childCounts) {
          counts.add(measure(kind, impl, children));
        }
      }
    }
    return counts;
  }

  private static Count measure(Database.Kind kind, String impl, int children) {
    try (Database db = Database.open(kind)) {
      Recorder recorder = new Recorder();
      db.jdbi().setSqlLogger(recorder);
      Contender contender = impl.equals("hibernate") ? new HibernateContender(db, true, true)
          : Contenders.create(impl, db);
      try {
        Seeder seeder = new Seeder(db, contender.tables());
        seeder.tags();
        seeder.seed(1000, children, 0);
        Statistics stats = contender instanceof HibernateContender h
            ? h.sessionFactory().getStatistics() : null;
        if (stats != null) {
          stats.clear();
        }
        recorder.on = true;
        contender.deleteAllParents();
        recorder.on = false;
        Workload.W2_DELETE.check(db, contender.tables());
        if (stats != null) {
          return new Count(kind, impl, children, stats.getPrepareStatementCount(),
              "JDBC statements prepared (Hibernate statistics)");
        }
        return new Count(kind, impl, children, recorder.sql.size(), shapes(recorder.sql));
      } finally {
        contender.close();
      }
    }
  }

  /** "2× DELETE FROM child, …": each statement's first words, counted in order. */
  static String shapes(List<String> sql) {
    Map<String, Integer> shapes = new LinkedHashMap<>();
    for (String s : sql) {
      String[] words = s.trim().replaceAll("\\s+", " ").split(" ");
      String shape;
      if (words[0].equalsIgnoreCase("SELECT")) {
        int from = indexOf(words, "FROM");
        shape = "SELECT … FROM " + (from >= 0 && from + 1 < words.length ? words[from + 1] : "?");
      } else {
        shape = String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
      }
      shapes.merge(shape.replace("\"", ""), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    shapes.forEach((shape, n) -> parts.add((n > 1 ? n + "× " : "") + shape));
    return String.join("; ", parts);
  }

  private static int indexOf(String[] words, String word) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].toUpperCase(Locale.ROOT).equals(word)) {
        return i;
      }
    }
    return -1;
  }
}
