package dev.sluice.it.faults;

import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.SessionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.Function;

/**
 * A test database whose sessions run through an {@link Injector}, with triggers on every table
 * that fail the k-th row written as a real database error, and a canonical dump of its rows.
 */
final class FaultDatabase {
  static final List<String> TABLES = List.of("member", "club", "league", "player_skill",
      "player", "team", "skill", "coach", "scout", "staff", "squad", "slot", "roster");
  private static final Map<String, String> DUMP = new LinkedHashMap<>();

  static {
    DUMP.put("team", "SELECT name FROM team ORDER BY name");
    DUMP.put("player", "SELECT p.name, t.name AS team FROM player p LEFT JOIN team t"
        + " ON t.id = p.team_id ORDER BY p.name");
    DUMP.put("skill", "SELECT name FROM skill ORDER BY name");
    DUMP.put("player_skill", "SELECT p.name AS player, s.name AS skill FROM player_skill ps"
        + " JOIN player p ON p.id = ps.player_id JOIN skill s ON s.id = ps.skill_id"
        + " ORDER BY 1, 2");
    DUMP.put("league", "SELECT code, title FROM league ORDER BY code");
    DUMP.put("club", "SELECT name, league_code FROM club ORDER BY name");
    DUMP.put("member", "SELECT email, club_name FROM member ORDER BY email");
    DUMP.put("squad", "SELECT name FROM squad ORDER BY name");
    DUMP.put("staff", "SELECT s.name, s.role, q.name AS squad FROM staff s LEFT JOIN squad q"
        + " ON q.id = s.squad_id ORDER BY s.name");
    // by the base row's name: a joined row left without its base row shows as a NULL name
    DUMP.put("coach", "SELECT s.name, c.tactic FROM coach c LEFT JOIN staff s ON s.id = c.id"
        + " ORDER BY c.tactic");
    DUMP.put("scout", "SELECT s.name, c.region FROM scout c LEFT JOIN staff s ON s.id = c.id"
        + " ORDER BY c.region");
    DUMP.put("roster", "SELECT name FROM roster ORDER BY name");
    DUMP.put("slot", "SELECT r.name AS roster, s.number, s.role FROM slot s LEFT JOIN roster r"
        + " ON r.id = s.roster_id ORDER BY 1, 2");
  }

  final TestDatabase db;
  final Injector injector = new Injector();
  final SessionFactory factory;
  private final Jdbi jdbi;

  FaultDatabase(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(this::open);
    this.factory = SessionFactory.create(jdbi, FaultSchema_Metadata.INSTANCE)
        .withSetBasedDeletes(db.setBasedDeletes());
    factory.createAll();
    jdbi.useHandle(this::installRowFaults);
  }

  private Connection open() throws SQLException {
    Connection real = DriverManager.getConnection(db.url());
    if (db.dialect() == Dialect.SQLITE) {
      Function.create(real, "sluice_fault", new Function() {
        @Override
        protected void xFunc() throws SQLException {
          throw new SQLException("injected database fault");
        }
      });
      Function.create(real, "sluice_fault_tick", new Function() {
        @Override
        protected void xFunc() throws SQLException {
          result(injector.tickRow() ? 1 : 0);
        }
      });
    }
    return injector.wrap(real);
  }

  private void installRowFaults(Handle h) {
    if (db.dialect() == Dialect.SQLITE) {
      for (String table : TABLES) {
        for (String op : List.of("INSERT", "UPDATE", "DELETE")) {
          h.execute("CREATE TRIGGER sluice_fault_" + table + "_" + op + " BEFORE " + op + " ON "
              + table + " WHEN sluice_fault_tick() BEGIN SELECT RAISE(ABORT, 'injected row"
              + " fault on " + table + "'); END");
        }
      }
      return;
    }
    h.execute("CREATE SEQUENCE sluice_fault_seq");
    h.execute("CREATE TABLE sluice_fault_ctl (k INTEGER NOT NULL)");
    h.execute("INSERT INTO sluice_fault_ctl VALUES (0)");
    h.execute("CREATE FUNCTION sluice_fault() RETURNS integer LANGUAGE plpgsql AS"
        + " $$ BEGIN RAISE EXCEPTION 'injected database fault'; END $$");
    h.execute("CREATE FUNCTION sluice_fault_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " IF nextval('sluice_fault_seq') = (SELECT k FROM sluice_fault_ctl) THEN"
        + " RAISE EXCEPTION 'injected row fault on %', TG_TABLE_NAME; END IF;"
        + " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$");
    for (String table : TABLES) {
      h.execute("CREATE TRIGGER sluice_fault_row BEFORE INSERT OR UPDATE OR DELETE ON " + table
          + " FOR EACH ROW EXECUTE FUNCTION sluice_fault_row()");
    }
  }

  /** Arms the row fault at the k-th row from now (0: count only). */
  void armRows(int k) {
    injector.arm(Injector.Mode.ROW, k);
    if (db.dialect() == Dialect.POSTGRESQL) {
      db.jdbi().useHandle(h -> {
        h.execute("UPDATE sluice_fault_ctl SET k = ?", k);
        h.createQuery("SELECT setval('sluice_fault_seq', 1, false)").mapTo(Long.class).one();
      });
    }
  }

  /** Rows counted since {@link #armRows} (PostgreSQL: its sequence; SQLite: the injector). */
  int rowsCounted() {
    if (db.dialect() == Dialect.SQLITE) {
      return injector.rows();
    }
    return db.jdbi().withHandle(h -> h.createQuery("SELECT CASE WHEN is_called THEN last_value"
        + " ELSE 0 END FROM sluice_fault_seq").mapTo(Integer.class).one());
  }

  void disarm() {
    injector.disarm();
    if (db.dialect() == Dialect.POSTGRESQL) {
      db.jdbi().useHandle(h -> h.execute("UPDATE sluice_fault_ctl SET k = 0"));
    }
  }

  /** Empties every table (no fault armed). */
  void reset() {
    jdbi.useHandle(h -> TABLES.forEach(t -> h.execute("DELETE FROM " + t)));
  }

  /** Every table's rows by natural values (generated ids differ between runs on PostgreSQL). */
  static String dump(Handle h) {
    List<String> tables = new ArrayList<>();
    DUMP.forEach((table, sql) -> tables.add(table + "=" + h.createQuery(sql).mapToMap()
        .list()));
    return String.join("\n", tables);
  }

  /** The committed rows, read on a connection of its own. */
  String committed() {
    return db.jdbi().withHandle(FaultDatabase::dump);
  }
}
