package dev.sluice.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.concurrent.CompletableFuture;

/** One session per thread, as SQLAlchemy's scoped_session. */
class ScopedSessionTest {
  @DatabaseTest
  void eachThreadHasItsOwnSessionUntilRemoved(TestDatabase db) throws Exception {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    ScopedSession scoped = new ScopedSession(factory);
    OwnerDao owners = new OwnerDao(scoped);
    Session mine = scoped.current();
    assertSame(mine, scoped.current());
    owners.insert(new Owner("main"));
    scoped.commit();

    Session other = CompletableFuture.supplyAsync(() -> {
      Session session = scoped.current();
      owners.insert(new Owner("worker"));
      scoped.commit();
      scoped.remove();
      return session;
    }).get();
    assertNotSame(mine, other);
    assertThrows(InvalidRequestException.class, other::flush, "removed means closed");

    assertEquals(2, owners.count());
    scoped.remove();
    assertNotSame(mine, scoped.current());
    scoped.remove();
  }
}
