package dev.sluice.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * passiveUpdates = false must reach referencing rows whose collection is not loaded: SQLAlchemy
 * loads the collection (by the old key) and updates each row.
 */
class PassiveUpdatesUnloadedTest {
  @DatabaseTest
  void renamingAWriterWhoseNovelsAreNotLoadedUpdatesTheNovels(TestDatabase db) {
    SessionFactory factory = db.create(EdgeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Writer writer = new Writer("tolkien");
      writer.novels.add(new Novel("The Hobbit"));
      writer.novels.add(new Novel("The Silmarillion"));
      session.add(writer);
      session.commit();
      session.expungeAll();

      Writer loaded = session.get(Writer.class, "tolkien");
      loaded.name = "jrr-tolkien";
      session.commit();
    }
    assertEquals(List.of("jrr-tolkien", "jrr-tolkien"),
        db.column("SELECT \"writer_name\" FROM \"novel\" ORDER BY \"id\""));
  }
}
