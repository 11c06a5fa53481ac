package dev.sluice.example;

import dev.sluice.example.cli.Options;
import dev.sluice.example.cli.UsageException;
import dev.sluice.example.tour.Database;
import dev.sluice.example.tour.Out;
import dev.sluice.example.tour.ScenarioInfo;
import dev.sluice.example.tour.TourRunner;
import java.io.PrintStream;
import java.util.List;

/** The tour's command line: parses the options and plays the chosen scenarios. */
public final class Main {
  /** Exit code of a command line that cannot be understood. */
  public static final int USAGE_ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tour; returns the exit code: 0, 1 when the database cannot be reached or a
   * scenario failed, 2 for a usage error.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args, Scenarios.names());
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println();
      err.println(Options.USAGE);
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.println(Options.USAGE);
      return 0;
    }
    if (options.list()) {
      for (ScenarioInfo info : Scenarios.all()) {
        out.printf("  %-12s %s%n", info.name(), info.title());
      }
      return 0;
    }
    List<ScenarioInfo> selected = options.scenarios().isEmpty() ? Scenarios.all()
        : options.scenarios().stream().map(Scenarios::named).toList();
    try (Database database = Database.open(options.url(), options.user(),
        options.password())) {
      return play(database, selected, !options.quiet(), out, err);
    }
  }

  private static int play(Database database, List<ScenarioInfo> selected, boolean echo,
      PrintStream out, PrintStream err) {
    try {
      database.inspector().open().close();
    } catch (RuntimeException e) {
      err.println("error: cannot connect to " + database.shownUrl() + ": " + e.getMessage());
      return 1;
    }
    Out printer = new Out(out);
    printer.wrapped("", "  ", "Sluice tour on " + database.describe() + ".");
    TourRunner runner = new TourRunner(printer, database, echo);
    int failed = 0;
    for (ScenarioInfo info : selected) {
      try {
        runner.run(info);
      } catch (RuntimeException e) {
        failed++;
        out.flush();
        err.println("error: scenario " + info.name() + " failed: " + e);
        e.printStackTrace(err);
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
