package dev.sluice.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.example.cli.Options;
import dev.sluice.example.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour's command line: options, errors and exit codes. */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listPrintsEveryScenarioWithItsTitle() {
    assertEquals(0, run("--list"));
    for (String name : Scenarios.names()) {
      assertTrue(out().contains("  " + name + " "), out());
    }
    assertEquals(Scenarios.names().size(), out().lines().count());
    assertEquals("", err());
  }

  @Test
  void helpPrintsTheUsage() {
    assertEquals(0, run("--help"));
    assertEquals(Options.USAGE + System.lineSeparator(), out());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(2, run("--bogus"));
    assertTrue(err().startsWith("error: unknown option --bogus"), err());
    assertTrue(err().contains(Options.USAGE), err());
    assertEquals("", out());
  }

  @Test
  void anUnknownScenarioIsAUsageErrorNamingTheKnownOnes() {
    assertEquals(2, run("--scenario", "nope"));
    assertTrue(err().startsWith("error: unknown scenario nope; the scenarios are notebook,"),
        err());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertEquals(2, run("--url"));
    assertTrue(err().startsWith("error: --url needs a value"), err());
  }

  @Test
  void aUrlOfAnotherDatabaseIsAUsageError() {
    assertEquals(2, run("--url", "jdbc:mysql://localhost/db"));
    assertTrue(err().contains("jdbc:sqlite: or jdbc:postgresql:"), err());
  }

  @Test
  void anInMemorySqliteUrlIsAUsageError() {
    assertEquals(2, run("--url", "jdbc:sqlite::memory:"));
    assertTrue(err().startsWith("error: --url must name a SQLite file"), err());
  }

  @Test
  void urlSchemesAreCaseInsensitive() throws UsageException {
    Options options = Options.parse(new String[] {"--url", "JDBC:SQLITE:/tmp/tour.db"},
        Scenarios.names());
    assertEquals("JDBC:SQLITE:/tmp/tour.db", options.url());
  }

  @Test
  void dashHIsHelpToo() {
    assertEquals(0, run("-h"));
    assertEquals(Options.USAGE + System.lineSeparator(), out());
    assertTrue(Options.USAGE.contains("--help, -h"));
  }

  @Test
  void optionsAcceptBothSpellingsAndRepeatedScenarios() throws UsageException {
    Options options = Options.parse(new String[] {"--scenario=tree", "--scenario", "audit",
        "--quiet", "--url=jdbc:postgresql://h/db", "--user", "u", "--password", "p"},
        Scenarios.names());
    assertEquals(List.of("tree", "audit"), options.scenarios());
    assertTrue(options.quiet());
    assertEquals("jdbc:postgresql://h/db", options.url());
    assertEquals("u", options.user());
    assertEquals("p", options.password());
    assertThrows(UsageException.class,
        () -> Options.parse(new String[] {"--quiet=yes"}, Scenarios.names()));
  }

  @Test
  void quietRunsWithoutTheSqlEchoOnTheDefaultSqlite() {
    assertEquals(0, run("--quiet", "--scenario", "widgets"));
    assertTrue(out().startsWith("Sluice tour on SQLite in a temporary file"), out());
    assertTrue(out().contains(">>> session.delete(widget);"), out());
    assertFalse(out().contains("UPDATE \"widget\""), out());
    assertTrue(out().contains("  node (1 row)"), out());
  }

  @Test
  void aPasswordInTheUrlIsNotPrintedWhenTheConnectionFails() {
    assertEquals(1, run("--url", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret",
        "--scenario", "tree"));
    assertTrue(err().startsWith(
        "error: cannot connect to jdbc:postgresql://127.0.0.1:1/none?user=u&password=***"),
        err());
    assertFalse(err().contains("secret"), err());
  }

  @Test
  void anUnreachableDatabaseFailsWithExitCodeOne() {
    assertEquals(1, run("--url", "jdbc:postgresql://127.0.0.1:1/none", "--scenario", "tree"));
    assertTrue(err().startsWith("error: cannot connect to jdbc:postgresql://127.0.0.1:1/none"),
        err());
  }
}
