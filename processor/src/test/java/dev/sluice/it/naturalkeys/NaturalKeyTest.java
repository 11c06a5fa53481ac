package dev.sluice.it.naturalkeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Primary keys that change: cascaded by the database, or propagated by the ORM. */
class NaturalKeyTest {
  @DatabaseTest
  void onUpdateCascadeCarriesTheNewKeyAndObjectsReloadIt(TestDatabase db) {
    SessionFactory factory = db.create(NaturalKeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User jack = new User("jack", "Jack");
      jack.addresses.add(new Address("jack@google.com"));
      jack.addresses.add(new Address("j25@yahoo.com"));
      session.add(jack);
      session.commit();

      jack.username = "ed";
      session.commit();

      assertEquals(List.of("ed", "ed"),
          db.column("SELECT \"username\" FROM \"addresses\" ORDER BY \"email\""));
      Address address = session.get(Address.class, "jack@google.com");
      assertEquals("ed", address.username);
    }
  }

  @DatabaseTest
  void passiveUpdatesFalsePropagatesThroughEveryLevel(TestDatabase db) {
    SessionFactory factory = db.create(NaturalKeySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Account account = new Account("a1");
      Profile profile = new Profile("hello");
      account.profile.set(profile);
      profile.settings.add(new Setting("dark"));
      profile.settings.add(new Setting("compact"));
      session.add(account);
      session.commit();
      assertEquals("a1", profile.accountName);

      account.name = "a2";
      session.commit();

      assertEquals("a2", profile.accountName);
      assertEquals(List.of("a2", "a2"), profile.settings.stream().map(s -> s.profileName)
          .toList());
    }
    assertEquals(List.of("a2"), db.column("SELECT \"account_name\" FROM \"profiles\""));
    assertEquals(List.of("a2", "a2"), db.column("SELECT \"profile_name\" FROM \"settings\""));
  }
}
