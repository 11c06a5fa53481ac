package dev.sluice.it.joincolumn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A primaryJoin "Team.number = Player.teamNumber" on a key without @ForeignKey: the key holds
 * the team's number (10, 20), never its id (1, 2), when written, loaded and deleted.
 */
class JoinColumnTest {
  private static void addTeams(Session session) {
    Team red = new Team(10, "red");
    red.players.add(new Player("ann"));
    red.players.add(new Player("bob"));
    Team blue = new Team(20, "blue");
    blue.players.add(new Player("cid"));
    session.add(red);
    session.add(blue);
    session.commit();
  }

  @DatabaseTest
  void theKeyHoldsTheNamedColumnAndLoadsByIt(TestDatabase db) {
    SessionFactory factory = db.create(JoinColumnSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addTeams(session);
      assertEquals(List.of(10L, 10L, 20L), db.column(
          "SELECT \"team_number\" FROM \"players\" ORDER BY \"name\"").stream()
              .map(v -> ((Number) v).longValue()).toList());
      session.expungeAll();

      Team red = new TeamDao(session).where("name = 'red'").one();
      assertEquals(List.of("ann", "bob"),
          red.players.stream().map(p -> p.name).sorted().toList());
      Player cid = new PlayerDao(session).where("name = 'cid'").one();
      assertEquals("blue", cid.team.get().name);
    }
  }

  @DatabaseTest
  void movingAPlayerWritesTheOtherTeamsNumber(TestDatabase db) {
    SessionFactory factory = db.create(JoinColumnSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addTeams(session);
      Player cid = new PlayerDao(session).where("name = 'cid'").one();
      Team red = new TeamDao(session).where("name = 'red'").one();
      cid.team.set(red);
      session.commit();
    }
    assertEquals(List.of(10L), db.column(
        "SELECT \"team_number\" FROM \"players\" WHERE \"name\" = 'cid'").stream()
            .map(v -> ((Number) v).longValue()).toList());
  }

  @DatabaseTest
  void deletingAnUnloadedTeamDeletesThePlayersThatHoldItsNumber(TestDatabase db) {
    SessionFactory factory = db.create(JoinColumnSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addTeams(session);
      session.expungeAll();
      session.delete(new TeamDao(session).where("name = 'red'").one());
      session.commit();
    }
    assertEquals(List.of("cid"), db.column("SELECT \"name\" FROM \"players\""));
  }
}
