package dev.sluice.it.faults;

import dev.sluice.runtime.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kind of flush to inject faults into: the rows committed first, the changes made in memory,
 * and the operation that writes them (a flush, or a bulk delete).
 */
enum Shape {
  /** Three teams of four players, three shared skills, two skills a player: 42 rows. */
  INSERT_GRAPH(false) {
    @Override
    List<Object> act(Session s) {
      return graph(s, "alpha", "beta", "gamma");
    }
  },
  /** Two teams deleted with their players and links; one team's players loaded, one not. */
  CASCADE_DELETE(true) {
    @Override
    void setup(Session s) {
      graph(s, "alpha", "beta", "gamma");
    }

    @Override
    List<Object> act(Session s) {
      List<Team> teams = s.query(Team.class).where("name IN ('alpha', 'beta')").list();
      teams.get(0).players.size();
      teams.forEach(s::delete);
      return new ArrayList<>(teams);
    }
  },
  /** New rows, a renamed row, a moved child, an orphan, a link removed and one added. */
  MIXED(true) {
    @Override
    void setup(Session s) {
      graph(s, "alpha", "beta", "gamma");
    }

    @Override
    List<Object> act(Session s) {
      Team alpha = team(s, "alpha");
      Team beta = team(s, "beta");
      Team gamma = team(s, "gamma");
      Skill pass = s.query(Skill.class).where("name = 'pass'").one();
      Player renamed = alpha.players.get(0);
      Player moved = alpha.players.get(1);
      Player linked = alpha.players.get(2);
      beta.players.size();
      gamma.players.size();
      linked.skills.size();
      // Nothing below loads, so no autoflush: the flush under test writes every change.
      Team delta = new Team("delta");
      for (int i = 1; i <= 2; i++) {
        Player p = new Player("delta-" + i);
        p.skills.add(pass);
        delta.players.add(p);
      }
      s.add(delta);
      renamed.name = "alpha-1b";
      beta.players.add(moved);
      gamma.players.remove(0);
      linked.skills.remove(0);
      linked.skills.add(new Skill("defend"));
      return List.of(alpha, beta, gamma, delta, pass);
    }
  },
  /** Two levels of natural keys changed with passiveUpdates = false, children unloaded. */
  KEY_CHANGE(false) {
    @Override
    void setup(Session s) {
      League league = new League("PL", "Premier");
      for (String name : List.of("arsenal", "chelsea")) {
        Club club = new Club(name);
        for (int i = 1; i <= 2; i++) {
          club.members.add(new Member(name + i + "@example.com"));
        }
        league.clubs.add(club);
      }
      s.add(league);
    }

    @Override
    List<Object> act(Session s) {
      League league = s.get(League.class, "PL");
      Club arsenal = s.get(Club.class, "arsenal");
      league.code = "EPL"; // after the gets: both changes go to one flush
      arsenal.name = "arsenal-fc";
      return List.of(league, arsenal);
    }
  },
  /**
   * A player of a deleted team moved to another team: the flush writes it there and keeps it
   * marked for deletion (SQLAlchemy's cancel_delete), so the commit's second flush deletes it.
   */
  MOVED_AFTER_DELETE(true) {
    @Override
    void setup(Session s) {
      graph(s, "alpha", "beta", "gamma");
    }

    @Override
    List<Object> act(Session s) {
      Team alpha = team(s, "alpha");
      Team gamma = team(s, "gamma");
      gamma.players.size();
      Player moved = alpha.players.get(0);
      s.delete(alpha);
      gamma.players.add(moved);
      return List.of(alpha, gamma, moved);
    }
  },
  /**
   * Rows of joined tables: a new coach (two INSERTs), a subclass column and a base column
   * changed (an UPDATE each), an orphan with a base row only, and a team deleted with its
   * coach and scout (the joined rows first).
   */
  JOINED(true) {
    @Override
    void setup(Session s) {
      Squad alpha = new Squad("alpha");
      alpha.staff.addAll(List.of(new Coach("alpha-coach", "press"),
          new Scout("alpha-scout", "north"), new Staff("alpha-physio")));
      Squad beta = new Squad("beta");
      beta.staff.addAll(List.of(new Coach("beta-coach", "counter"),
          new Scout("beta-scout", "south")));
      s.add(alpha);
      s.add(beta);
    }

    @Override
    List<Object> act(Session s) {
      Squad alpha = s.query(Squad.class).where("name = 'alpha'").one();
      Squad beta = s.query(Squad.class).where("name = 'beta'").one();
      List<Staff> staff = new ArrayList<>(alpha.staff);
      beta.staff.size();
      // Nothing below loads, so no autoflush: the flush under test writes every change.
      ((Coach) staff.get(0)).tactic = "gegenpress";
      staff.get(1).name = "alpha-scout-2";
      alpha.staff.remove(staff.get(2));
      alpha.staff.add(new Coach("alpha-coach-2", "zonal"));
      s.delete(beta);
      List<Object> roots = new ArrayList<>(staff);
      roots.add(alpha);
      roots.add(beta);
      return roots;
    }
  },
  /**
   * Rows keyed by two columns: a new slot, a changed one, an orphan, two slots renumbered (one
   * onto the other's old number) and a roster deleted with its unloaded slots.
   */
  COMPOSITE_KEY(true) {
    @Override
    void setup(Session s) {
      for (String name : List.of("alpha", "beta")) {
        Roster roster = new Roster(name);
        for (int number = 1; number <= 4; number++) {
          roster.slots.add(new Slot(number, name + "-" + number));
        }
        s.add(roster);
      }
    }

    @Override
    List<Object> act(Session s) {
      Roster alpha = s.query(Roster.class).where("name = 'alpha'").one();
      Roster beta = s.query(Roster.class).where("name = 'beta'").one();
      List<Slot> slots = new ArrayList<>(alpha.slots);
      // Nothing below loads, so no autoflush: the flush under test writes every change.
      slots.get(0).role = "captain";
      alpha.slots.remove(slots.get(1));
      slots.get(2).number = 6;
      slots.get(3).number = 3;
      alpha.slots.add(new Slot(7, "alpha-7"));
      s.delete(beta);
      List<Object> roots = new ArrayList<>(slots);
      roots.add(alpha);
      roots.add(beta);
      return roots;
    }
  },
  /** A DAO's deleteWhere: the key SELECT and the set-based deletes it runs at once. */
  DELETE_WHERE(true) {
    @Override
    void setup(Session s) {
      graph(s, "alpha", "beta", "gamma");
    }

    @Override
    List<Object> act(Session s) {
      Team beta = team(s, "beta");
      beta.players.size();
      return List.of(beta);
    }

    @Override
    void op(Session s) {
      new TeamDao(s).deleteWhere("name <> :keep", Map.of("keep", "alpha"));
    }
  };

  /** Whether the flush deletes rows (so set-based and row-by-row deletes differ). */
  final boolean deletes;

  Shape(boolean deletes) {
    this.deletes = deletes;
  }

  /** Rows committed before the session under test opens. */
  void setup(Session s) {}

  /** Changes made in memory; returns the objects whose state the test compares. */
  abstract List<Object> act(Session s);

  /** The operation that fails. */
  void op(Session s) {
    s.flush();
  }

  static Team team(Session s, String name) {
    return s.query(Team.class).where("name = :n").bind("n", name).one();
  }

  static List<Object> graph(Session s, String... teams) {
    List<Skill> skills = List.of(new Skill("pass"), new Skill("shoot"), new Skill("run"));
    List<Object> created = new ArrayList<>(skills);
    for (String name : teams) {
      Team team = new Team(name);
      for (int i = 0; i < 4; i++) {
        Player player = new Player(name + "-" + (i + 1));
        player.skills.add(skills.get(i % 3));
        player.skills.add(skills.get((i + 1) % 3));
        team.players.add(player);
        created.add(player);
      }
      s.add(team);
      created.add(team);
    }
    return created;
  }
}
