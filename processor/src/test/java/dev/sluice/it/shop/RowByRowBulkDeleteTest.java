package dev.sluice.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.SluiceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A DAO's {@code deleteWhere} over owners, whose plan needs per-row work (their toys are
 * deleted through a link table): the objects are loaded and deleted in the session. A failure
 * on the way leaves the transaction usable and the session as it was.
 */
class RowByRowBulkDeleteTest {
  /**
   * Wraps connections (a JDK proxy, test code only) so that, once armed, the first statement
   * whose SQL contains a marker fails as a real database error: an overflow evaluated in its
   * SELECT list or WHERE clause, which aborts the transaction on PostgreSQL.
   */
  private static final class FailingStatement {
    private static final String OVERFLOW = "abs(-9223372036854775807 - 1)";
    private volatile String marker;
    private volatile String failed;

    void arm(String marker) {
      this.marker = marker;
    }

    Connection wrap(Connection real) {
      return (Connection) Proxy.newProxyInstance(FailingStatement.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            String armed = marker;
            if (method.getName().startsWith("prepare") && armed != null
                && args[0] instanceof String sql && sql.contains(armed)) {
              marker = null;
              failed = sql;
              args[0] = sql.startsWith("SELECT ")
                  ? "SELECT " + OVERFLOW + ", " + sql.substring(7)
                  : sql.replaceFirst(" WHERE ", " WHERE " + OVERFLOW + " = 0 AND ");
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    SessionFactory factory(TestDatabase db) {
      SessionFactory factory = SessionFactory.create(
          Jdbi.create(() -> wrap(DriverManager.getConnection(db.url()))),
          ShopSchema_Metadata.INSTANCE).withSetBasedDeletes(db.setBasedDeletes());
      factory.createAll();
      return factory;
    }
  }

  private static void seed(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      ann.pets.add(new Pet("rex"));
      ann.toys.addAll(List.of(new Toy("ball"), new Toy("rope")));
      Owner bob = new Owner("bob");
      bob.toys.add(new Toy("bone"));
      session.addAll(List.of(ann, bob));
      session.commit();
    }
  }

  @DatabaseTest
  void aFailingLoadLeavesTheTransactionUsableAndNothingMarked(TestDatabase db) {
    FailingStatement fault = new FailingStatement();
    SessionFactory factory = fault.factory(db);
    seed(factory);
    try (Session session = factory.openSession()) {
      OwnerDao owners = new OwnerDao(session);
      Owner bob = owners.where("name = 'bob'").one();
      bob.name = "robert"; // a pending change, flushed before the bulk delete
      fault.arm("\"owner_toy\""); // the load of ann's toys, to delete them with her
      SluiceException e = assertThrows(SluiceException.class,
          () -> owners.deleteWhere("name = :n", Map.of("n", "ann")));
      assertTrue(fault.failed != null && e.getMessage().contains("owner_toy"), e.getMessage());
      assertTrue(session.deletedObjects().isEmpty(), "nothing stays marked");
      assertTrue(session.isActive());
      assertEquals(2, owners.count(), "the transaction is usable, on PostgreSQL too");
      Owner ann = owners.where("name = 'ann'").one();
      assertEquals(ObjectState.PERSISTENT, session.state(ann));

      assertEquals(1, owners.deleteWhere("name = :n", Map.of("n", "ann")));
      assertEquals(ObjectState.DELETED, session.state(ann));
      session.commit();
    }
    assertEquals(List.of("robert"), db.column("SELECT \"name\" FROM \"owner\""));
    assertEquals(List.of("bone"), db.column("SELECT \"name\" FROM \"toy\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"pet\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"owner_toy\""));
  }

  @DatabaseTest
  void aFailingFlushUnmarksWhatTheBulkDeleteMarked(TestDatabase db) {
    FailingStatement fault = new FailingStatement();
    SessionFactory factory = fault.factory(db);
    seed(factory);
    try (Session session = factory.openSession()) {
      OwnerDao owners = new OwnerDao(session);
      fault.arm("DELETE FROM \"toy\""); // in the flush that writes the bulk delete
      SluiceException e = assertThrows(SluiceException.class,
          () -> owners.deleteWhere("name = :n", Map.of("n", "ann")));
      assertTrue(fault.failed != null && e.getMessage().contains("toy"), e.getMessage());
      assertTrue(session.deletedObjects().isEmpty(), "nothing stays marked");
      assertEquals(2, owners.count());
      session.commit(); // writes nothing
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"owner\""));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"toy\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"pet\""));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"owner_toy\""));
  }
}
