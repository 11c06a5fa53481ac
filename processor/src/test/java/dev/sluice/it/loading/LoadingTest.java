package dev.sluice.it.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Each loading strategy, counted in statements. */
class LoadingTest {
  @DatabaseTest
  void selectinLoadsTheChildrenOfAThousandParentsInAtMostTwoQueries(TestDatabase db) {
    SessionFactory factory = db.create(LoadingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Tag tag = new Tag("public");
      List<Library> libraries = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        Library library = new Library("library " + i);
        library.books.add(new Book("a" + i));
        library.books.add(new Book("b" + i));
        library.shelves.add(new Shelf("s" + i));
        library.tags.add(tag);
        libraries.add(library);
      }
      session.addAll(libraries);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      db.clearStatements();
      List<Library> all = new LibraryDao(session).findAll();
      assertEquals(1000, all.size());
      List<String> statements = db.statements();
      assertTrue(count(statements, "FROM \"book\"") <= 2, statements.toString());
      assertTrue(count(statements, "FROM \"tag\"") <= 2, statements.toString());
      assertEquals(0, count(statements, "FROM \"shelf\""), statements.toString());
      assertEquals(1, count(statements, "LEFT OUTER JOIN \"shelf\""), statements.toString());

      db.clearStatements();
      for (Library library : all) {
        assertEquals(2, library.books.size());
        assertEquals(1, library.shelves.size());
        assertEquals(1, library.tags.size());
      }
      assertEquals(List.of(), db.statements("SELECT"));
      assertEquals(List.of("b7", "a7"), all.get(7).books.stream().map(b -> b.title).toList());
      assertSame(all.get(7), all.get(7).books.get(0).library.get());
    }
  }

  @DatabaseTest
  void aLazyManyToOneComesFromTheIdentityMapWithoutSql(TestDatabase db) {
    SessionFactory factory = db.create(LoadingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Library library = new Library("central");
      library.books.add(new Book("odyssey"));
      session.add(library);
      session.commit();
      session.expungeAll();

      Book book = new BookDao(session).first().orElseThrow();
      db.clearStatements();
      Library loaded = book.library.get();
      assertEquals("central", loaded.name);
      assertEquals(1, count(db.statements(), "FROM \"library\""), db.statements().toString());

      db.clearStatements();
      Book again = session.get(Book.class, book.id);
      assertSame(loaded, again.library.get());
      assertEquals(List.of(), db.statements("SELECT"));
    }
  }

  @DatabaseTest
  void raiseRefusesToLoadUntilLoadedExplicitly(TestDatabase db) {
    SessionFactory factory = db.create(LoadingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Library library = new Library("central");
      library.notes.add(new Note("quiet please"));
      session.add(library);
      session.commit();
      session.expungeAll();

      Library loaded = new LibraryDao(session).first().orElseThrow();
      InvalidRequestException raised = assertThrows(InvalidRequestException.class,
          () -> loaded.notes.size());
      assertTrue(raised.getMessage().contains("Library.notes"), raised.getMessage());
      assertTrue(raised.getMessage().contains("LibraryDao.loadNotes"), raised.getMessage());

      new LibraryDao(session).loadNotes(List.of(loaded));
      assertEquals("quiet please", loaded.notes.get(0).text);
    }
  }

  @DatabaseTest
  void noloadNeverReadsTheRows(TestDatabase db) {
    SessionFactory factory = db.create(LoadingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Library library = new Library("central");
      library.drafts.add(new Draft("first"));
      session.add(library);
      session.commit();
      session.expungeAll();

      Library loaded = new LibraryDao(session).first().orElseThrow();
      assertTrue(loaded.drafts.isLoaded());
      assertTrue(loaded.drafts.isEmpty());
      loaded.drafts.add(new Draft("second"));
      session.commit();
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"draft\""));
  }

  @DatabaseTest
  void manyToManyLoadsBothWays(TestDatabase db) {
    SessionFactory factory = db.create(LoadingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Tag red = new Tag("red");
      Tag blue = new Tag("blue");
      Library one = new Library("one");
      Library two = new Library("two");
      one.tags.addAll(List.of(red, blue));
      two.tags.add(red);
      session.addAll(List.of(one, two));
      session.commit();
      assertEquals(Set.of(one, two), red.libraries);
      session.expungeAll();

      Tag loaded = new TagDao(session).where("name = 'red'").one();
      assertFalse(loaded.libraries.isLoaded());
      assertEquals(Set.of("one", "two"), Set.copyOf(loaded.libraries.stream()
          .map(l -> l.name).toList()));
    }
  }

  private static long count(List<String> statements, String fragment) {
    return statements.stream().filter(s -> s.contains(fragment)).count();
  }
}
