package dev.sluice.it.compositecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * The post-update notes' widget/entry cycle through a composite primary key: a board's
 * favorite pin is referenced by the board's own id and the pin's number, written by a
 * post-update that never touches the board's key.
 */
class CompositeCycleTest {
  private static final String FAVORITES = "SELECT b.\"name\" || ' ' || COALESCE(p.\"name\","
      + " '-') FROM \"board\" b LEFT JOIN \"pin\" p ON p.\"board_id\" = b.\"board_id\" AND"
      + " p.\"pin_no\" = b.\"favorite_no\" ORDER BY 1";

  private static Board board(String name, int... numbers) {
    Board board = new Board(name);
    for (int number : numbers) {
      board.pins.add(new Pin(number, name + "-" + number));
    }
    return board;
  }

  @DatabaseTest
  void theBoardGoesInWithoutItsFavoriteWhichAPostUpdateSets(TestDatabase db) {
    SessionFactory factory = db.create(BoardSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Board board = board("home", 1, 2);
      board.favorite.set(board.pins.get(1));
      session.add(board);
      db.clearStatements();
      session.commit();
      assertEquals(List.of("INSERT board", "INSERT pin", "UPDATE board"), db.writes());
      assertEquals(2, board.favoriteNo);
      assertSame(board.pins.get(1), board.favorite.get());
    }
    try (Session session = factory.openSession()) {
      Board board = session.query(Board.class).one();
      assertEquals("home-2", board.favorite.get().name);
    }
    assertEquals(List.of("home home-2"), db.column(FAVORITES));
  }

  @DatabaseTest
  void anotherFavoriteOfTheSameBoardIsOneUpdate(TestDatabase db) {
    SessionFactory factory = db.create(BoardSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Board board = board("home", 1, 2);
      board.favorite.set(board.pins.get(0));
      session.add(board);
      session.commit();
      board.favorite.set(board.pins.get(1));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"board\" SET \"favorite_no\" = ? WHERE \"board_id\" = ?"),
          db.statements("UPDATE"));
    }
    assertEquals(List.of("home home-2"), db.column(FAVORITES));
  }

  @DatabaseTest
  void aFavoriteOfAnotherBoardIsRefusedAndTheChangeKept(TestDatabase db) {
    SessionFactory factory = db.create(BoardSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Board home = board("home", 1, 2);
      Board work = board("work", 5);
      session.addAll(List.of(home, work));
      session.commit();
      Long homeId = home.boardId;
      home.favorite.set(work.pins.get(0));
      assertEquals(homeId, home.boardId, "the board keeps its key");
      assertThrows(IntegrityException.class, session::flush);
      assertSame(work.pins.get(0), home.favorite.get());
      home.favorite.set(home.pins.get(0));
      session.commit();
    }
    assertEquals(List.of("home home-1", "work -"), db.column(FAVORITES));
  }

  @DatabaseTest
  void deletingABoardClearsItsFavoriteFirst(TestDatabase db) {
    SessionFactory factory = db.create(BoardSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Board home = board("home", 1, 2);
      home.favorite.set(home.pins.get(1));
      Board work = board("work", 1);
      work.favorite.set(work.pins.get(0));
      session.addAll(List.of(home, work));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      session.delete(session.query(Board.class).where("\"name\" = 'home'").one());
      session.commit();
    }
    assertEquals(List.of("work work-1"), db.column(FAVORITES));
    assertEquals(1L, db.number("SELECT COUNT(*) FROM \"pin\""));
  }
}
