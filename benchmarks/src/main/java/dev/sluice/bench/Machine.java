package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A description of the machine and software a run measured on. */
final class Machine {
  private Machine() {}

  static String describe() {
    return "- processors (nproc): " + Runtime.getRuntime().availableProcessors() + "\n"
        + "- CPU: " + procLine("/proc/cpuinfo", "model name") + "\n"
        + "- RAM: " + memory() + "\n"
        + "- Java: " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
        + ")\n"
        + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch") + "\n"
        + "- Hibernate ORM " + org.hibernate.Version.getVersionString()
        + ", SQLite " + sqliteVersion() + " (sqlite-jdbc), " + postgresVersion() + "\n";
  }

  /** The server of this run, as it reports its version; the runner starts it on this host. */
  private static String postgresVersion() {
    String url = System.getProperty(EmbeddedPostgres.URL_PROPERTY, "");
    if (url.isEmpty()) {
      return "PostgreSQL not used";
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
      String where = url.contains("//127.0.0.1:") || url.contains("//localhost:")
          ? "on 127.0.0.1, same machine" : "at " + url.replaceAll("\\?.*", "");
      return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + " (" + where + ")";
    } catch (java.sql.SQLException e) {
      return "PostgreSQL (version unknown: " + e.getMessage() + ")";
    }
  }

  private static String procLine(String file, String key) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      return lines.stream().filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String memory() {
    String kb = procLine("/proc/meminfo", "MemTotal").replace("kB", "").trim();
    try {
      return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
    } catch (NumberFormatException e) {
      return "unknown";
    }
  }

  private static String sqliteVersion() {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
      return c.getMetaData().getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "unknown";
    }
  }
}
