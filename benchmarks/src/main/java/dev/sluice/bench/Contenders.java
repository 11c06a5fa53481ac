package dev.sluice.bench;

import java.util.Locale;

/** Makes the contender of a benchmark parameter: {@code jdbi}, {@code sluice} or {@code hibernate}. */
public final class Contenders {
  /** The contenders, the baseline first. */
  public static final String[] NAMES = {"jdbi", "sluice", "hibernate"};

  private Contenders() {}

  /** A contender whose tables have just been created in the database. */
  public static Contender create(String name, Database db) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "jdbi" -> new JdbiContender(db, true);
      case "sluice" -> new SluiceContender(db);
      case "hibernate" -> new HibernateContender(db, true, false);
      default -> throw new IllegalArgumentException("No contender " + name);
    };
  }
}
