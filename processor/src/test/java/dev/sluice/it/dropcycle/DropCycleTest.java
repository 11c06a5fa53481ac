package dev.sluice.it.dropcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.internal.sql.SchemaDdl;
import java.util.List;

/**
 * dropAll on a schema whose tables form a cycle closed by a post-update, one table of which has
 * a second parent: with rows in every table, and after deleting them, it drops every table, and
 * createAll makes them again.
 */
class DropCycleTest {
  private static final List<String> TABLES = List.of("authors", "books", "publishers");

  private static void addRows(Session session) {
    Publisher publisher = new Publisher(1);
    Author author = new Author(1);
    Book first = new Book(1);
    Book second = new Book(2);
    author.books.add(first);
    author.books.add(second);
    author.favorite.set(second);
    publisher.books.add(first);
    publisher.books.add(second);
    session.add(author);
    session.add(publisher);
    session.commit();
  }

  private static List<String> existing(TestDatabase db) {
    return db.jdbi().withHandle(h -> TABLES.stream()
        .filter(t -> SchemaDdl.exists(h, db.dialect(), t)).toList());
  }

  @DatabaseTest
  void dropAllDropsTablesThatStillHoldTheCycle(TestDatabase db) {
    SessionFactory factory = db.create(DropCycleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addRows(session);
    }
    assertEquals(2L, db.number("SELECT \"favorite_id\" FROM \"authors\""));
    assertEquals(2L, db.number("SELECT COUNT(*) FROM \"books\" WHERE \"publisher_id\" = 1"));

    factory.dropAll();

    assertEquals(List.of(), existing(db));
    factory.createAll();
    assertEquals(TABLES, existing(db));
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"books\""));
    factory.dropAll();
    assertEquals(List.of(), existing(db));
  }

  @DatabaseTest
  void dropAllAfterTheRowsAreDeleted(TestDatabase db) {
    SessionFactory factory = db.create(DropCycleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addRows(session);
      session.delete(session.get(Author.class, 1L));
      session.delete(session.get(Publisher.class, 1L));
      session.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"books\""));

    factory.dropAll();
    factory.createAll();
    factory.dropAll();

    assertEquals(List.of(), existing(db));
  }
}
