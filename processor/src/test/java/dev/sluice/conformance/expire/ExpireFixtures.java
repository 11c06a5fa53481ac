package dev.sluice.conformance.expire;

import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.SessionFactory;

/** The rows of SQLAlchemy's standard fixtures that test_expire.py reads, for one user table. */
final class ExpireFixtures {
  private ExpireFixtures() {}

  /** A factory whose users (and addresses) tables of the given names hold jack, ed, fred, chuck. */
  static SessionFactory seeded(TestDatabase db, String users, String addresses) {
    SessionFactory factory = db.create(ExpireSchema_Metadata.INSTANCE);
    db.jdbi().useHandle(h -> {
      h.execute("INSERT INTO \"" + users + "\" (\"id\", \"name\") VALUES (7, 'jack'), (8, 'ed'),"
          + " (9, 'fred'), (10, 'chuck')");
      h.execute("INSERT INTO \"" + addresses + "\" (\"id\", \"email_address\", \"user_id\") VALUES"
          + " (1, 'jack@bean.com', 7), (2, 'ed@wood.com', 8), (3, 'ed@bettyboop.com', 8),"
          + " (4, 'ed@lala.com', 8), (5, 'fred@fred.com', 9)");
      h.execute("INSERT INTO \"orders\" (\"id\", \"description\", \"isopen\") VALUES"
          + " (1, 'order 1', 0), (3, 'order 3', 1)");
    });
    db.clearStatements();
    return factory;
  }

  static SessionFactory seeded(TestDatabase db) {
    return seeded(db, "users", "addresses");
  }
}
