package dev.sluice.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A key the database cascades (ON UPDATE CASCADE): loaded objects carry the new value as soon
 * as the flush succeeds, at every level, with no reload.
 */
class OnUpdateCascadeTest {
  @DatabaseTest
  void loadedChildrenCarryTheNewKeyAtOnceThroughEveryLevel(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Region north = new Region("north");
      Office office = new Office("Main St");
      office.region.set(north);
      Room room = new Room("r1");
      room.office.set(office);
      session.addAll(List.of(north, office, room));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Region north = session.get(Region.class, "north");
      Office office = north.offices.get(0);
      Room room = session.query(Room.class).one();
      north.code = "south";
      session.flush();
      db.clearStatements();
      assertEquals("south", office.regionCode);
      assertEquals("south", room.officeCode);
      assertSame(office, session.get(Office.class, "south"));
      assertSame(office, room.office.get());
      assertEquals(List.of(), db.statements(), "nothing is reloaded");
      session.commit();
    }
    assertEquals(List.of("south"), db.column("SELECT \"office_code\" FROM \"rooms\""));
  }

  @DatabaseTest
  void aRollbackRestoresTheOldKeyInMemoryAsInTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Region north = new Region("north");
      Office office = new Office("Main St");
      office.region.set(north);
      session.addAll(List.of(north, office));
      session.commit();
      north.code = "south";
      session.flush();
      assertEquals("south", office.regionCode);
      session.rollback();
      assertEquals("north", office.regionCode);
      assertSame(office, session.get(Office.class, "north"));
    }
  }

  @DatabaseTest
  void loadedReferrersCarryANewUniqueValueTheDatabaseCascaded(TestDatabase db) {
    SessionFactory factory = db.create(KeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Region north = new Region("north");
      north.label = "N";
      Plate plate = new Plate();
      plate.region.set(north);
      session.addAll(List.of(north, plate));
      session.commit();
      assertEquals("N", plate.regionLabel);
      north.label = "NO";
      session.flush();
      assertEquals("NO", plate.regionLabel);
      db.clearStatements();
      session.flush();
      assertEquals(List.of(), db.writes(), "the carried value is not written again");
      session.commit();
      assertSame(north, plate.region.get());
    }
    assertEquals(List.of("NO"), db.column("SELECT \"region_label\" FROM \"plates\""));
  }
}
