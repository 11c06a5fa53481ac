package dev.sluice.it.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import org.junit.jupiter.api.Disabled;

/**
 * passiveUpdates = false must reach referencing rows whose collection is not loaded: SQLAlchemy
 * loads the collection (by the old key) and updates each row.
 */
class PassiveUpdatesUnloadedBugTest {
  @Disabled("bug: passiveUpdates=false loads an unloaded collection by the NEW key, finds"
      + " nothing, and leaves the referencing rows with the old key")
  @DatabaseTest
  void renamingAWriterWhoseNovelsAreNotLoadedUpdatesTheNovels(TestDatabase db) {
    SessionFactory factory = db.create(BugSchema_Metadata.INSTANCE);
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
    // Observed: [tolkien, tolkien]; the books load ran WHERE writer_name IN ('jrr-tolkien').
    assertEquals(List.of("jrr-tolkien", "jrr-tolkien"),
        db.column("SELECT \"writer_name\" FROM \"novel\" ORDER BY \"id\""));
  }
}
