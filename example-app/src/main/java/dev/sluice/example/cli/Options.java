package dev.sluice.example.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The tour's command-line options, parsed and checked against the known scenario names. */
public record Options(boolean help, boolean list, boolean quiet, List<String> scenarios,
    String url, String user, String password) {
  /** The usage text printed by {@code --help} and after a usage error. */
  public static final String USAGE = String.join("\n",
      "Usage: java -jar sluice-example-app.jar [options]",
      "",
      "A tour of SQLAlchemy's relationship scenarios done with Sluice: each step's Java,",
      "the SQL it ran and the rows that resulted.",
      "",
      "Options:",
      "  --list               list the scenarios and exit",
      "  --scenario NAME      run only this scenario (repeatable; default: all)",
      "  --url JDBC_URL       the database (default: SQLite in a temporary file);",
      "                       jdbc:postgresql://HOST:PORT/DB runs on PostgreSQL",
      "  --user NAME          the database user",
      "  --password SECRET    the database password",
      "  --quiet              do not echo the SQL",
      "  --help, -h           show this help");

  private static final Set<String> WITH_VALUE = Set.of("--scenario", "--url", "--user",
      "--password");

  /** Parses arguments; {@code known} are the scenario names {@code --scenario} accepts. */
  public static Options parse(String[] args, List<String> known) throws UsageException {
    boolean help = false;
    boolean list = false;
    boolean quiet = false;
    List<String> scenarios = new ArrayList<>();
    String url = null;
    String user = null;
    String password = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      String value = null;
      int equals = option.indexOf('=');
      if (option.startsWith("--") && equals > 0) {
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
      }
      if (WITH_VALUE.contains(option) && value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(option + " needs a value");
        }
        value = args[++i];
      } else if (!WITH_VALUE.contains(option) && value != null) {
        throw new UsageException(option + " takes no value");
      }
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--list" -> list = true;
        case "--quiet" -> quiet = true;
        case "--scenario" -> scenarios.add(checkScenario(value, known));
        case "--url" -> url = checkUrl(value);
        case "--user" -> user = value;
        case "--password" -> password = value;
        default -> throw new UsageException("unknown option " + option);
      }
    }
    return new Options(help, list, quiet, List.copyOf(scenarios), url, user, password);
  }

  private static String checkScenario(String name, List<String> known) throws UsageException {
    if (!known.contains(name)) {
      throw new UsageException("unknown scenario " + name + "; the scenarios are "
          + String.join(", ", known));
    }
    return name;
  }

  private static String checkUrl(String url) throws UsageException {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:sqlite:") && !lower.startsWith("jdbc:postgresql:")) {
      throw new UsageException("--url must be a jdbc:sqlite: or jdbc:postgresql: URL, not "
          + url);
    }
    if (lower.startsWith("jdbc:sqlite:") && (lower.contains(":memory:")
        || lower.contains("mode=memory"))) {
      // each connection of the tour would see its own empty in-memory database
      throw new UsageException("--url must name a SQLite file, not an in-memory database: "
          + url);
    }
    return url;
  }
}
