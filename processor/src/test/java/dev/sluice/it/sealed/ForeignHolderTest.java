package dev.sluice.it.sealed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import org.junit.jupiter.api.Test;

/**
 * The holder interfaces can be implemented by anyone, but the runtime works only with the
 * holders the generated factories make: a field holding anything else is refused, with what to
 * write instead, before either side changes.
 */
class ForeignHolderTest {
  private static final String FIX = "Shelf.keeper is not made by the generated factory:"
      + " initialize the field with Shelf_.keeper(this)";

  @Test
  void linkingThroughTheOtherSideRefusesTheForeignHolder() {
    Keeper keeper = new Keeper(1);
    Shelf shelf = new Shelf(1);
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> keeper.shelves.add(shelf));
    assertEquals(FIX, e.getMessage());
    assertTrue(keeper.shelves.isEmpty(), "nothing was linked");
  }

  @DatabaseTest
  void addingTheObjectToASessionRefusesTheForeignHolder(TestDatabase db) {
    try (Session session = db.create(SealedSchema_Metadata.INSTANCE).openSession()) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> session.add(new Shelf(1)));
      assertEquals(FIX, e.getMessage());
    }
  }
}
