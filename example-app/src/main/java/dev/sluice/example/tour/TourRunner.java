package dev.sluice.example.tour;

import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.meta.TableDdl;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs scenarios on one database: wires each one's application over an echoed Jdbi, gives it
 * empty tables, plays it, prints and returns the rows it left, and drops its tables.
 */
public final class TourRunner {
  private final Out out;
  private final Database database;
  private final SqlEcho echo;
  private final Tour tour;
  private final Jdbi jdbi;

  public TourRunner(Out out, Database database, boolean echoSql) {
    this.out = out;
    this.database = database;
    ParameterRecorder recorder = new ParameterRecorder();
    this.echo = new SqlEcho(out, recorder, echoSql);
    this.tour = new Tour(out, database, echo, recorder);
    this.jdbi = database.jdbi(echo, recorder);
  }

  /** Plays one scenario; its final rows (none for a scenario without a schema). */
  public ScenarioResult run(ScenarioInfo info) {
    out.blank();
    String title = "=== " + info.name() + ": " + info.title() + " ";
    out.line(title + "=".repeat(Math.max(3, Out.WIDTH - title.length())));
    Scenario scenario = info.wiring().apply(jdbi);
    if (!(scenario instanceof SchemaScenario schemaScenario)) {
      scenario.play(tour);
      return new ScenarioResult(info.name(), List.of());
    }
    SessionFactory factory = schemaScenario.factory();
    List<String> tables = factory.schema().tables().stream().map(TableDdl::table).toList();
    // Tables left by an interrupted earlier run would not be empty: drop them first.
    echo.mute(() -> {
      factory.dropAll();
      factory.createAll();
    });
    out.wrapped("# ", "# ", "factory.createAll() made the tables " + String.join(", ", tables)
        + ".");
    try {
      try {
        scenario.play(tour);
      } finally {
        schemaScenario.session().remove();
      }
      List<TableRows> rows = tour.inspect(tables);
      out.blank();
      out.line("# The rows at the end of " + info.name() + ":");
      rows.forEach(tour::print);
      return new ScenarioResult(info.name(), rows);
    } finally {
      echo.mute(factory::dropAll);
    }
  }
}
