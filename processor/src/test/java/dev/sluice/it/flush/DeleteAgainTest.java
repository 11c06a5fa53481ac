package dev.sluice.it.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/**
 * delete() of an object a flush of this transaction already deleted: back in the session as
 * deleted, with no statement left to send, and never made persistent again without its row.
 */
class DeleteAgainTest {
  private static Long stored(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Customer customer = new Customer("jack");
      session.add(customer);
      session.commit();
      return customer.id;
    }
  }

  @DatabaseTest
  void aRollbackAfterDeletingAgainBringsTheObjectAndItsRowBack(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer customer = session.get(Customer.class, id);
      session.delete(customer);
      session.flush();
      session.delete(customer);
      assertEquals(ObjectState.PERSISTENT, session.state(customer)); // marked, not flushed
      session.rollback();
      assertEquals(ObjectState.PERSISTENT, session.state(customer));
      assertSame(customer, session.get(Customer.class, id));
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  @DatabaseTest
  void anObjectDeletedAgainCannotBeAddedOrExpungedBackToLife(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer customer = session.get(Customer.class, id);
      session.delete(customer);
      session.flush();
      session.delete(customer);
      InvalidRequestException add = assertThrows(InvalidRequestException.class,
          () -> session.add(customer));
      assertTrue(add.getMessage().contains("was deleted"), add.getMessage());
      session.expunge(customer);
      assertEquals(ObjectState.DETACHED, session.state(customer));
      assertThrows(InvalidRequestException.class, () -> session.add(customer));
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  @DatabaseTest
  void deletingAgainWhileANewObjectHoldsTheKeyIsRefused(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer customer = session.get(Customer.class, id);
      session.delete(customer);
      Customer replacement = new Customer("jill");
      replacement.id = id;
      session.add(replacement);
      session.flush(); // a row switch: the row now belongs to the replacement
      InvalidRequestException again = assertThrows(InvalidRequestException.class,
          () -> session.delete(customer));
      assertTrue(again.getMessage().contains("has its key"), again.getMessage());
      assertEquals(ObjectState.DELETED, session.state(customer));
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"customers\""));
  }
}
