package dev.sluice.it.followers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Users following users, queried through DYNAMIC relationships. */
class FollowersTest {
  @DatabaseTest
  void followingIsQueriedBothWaysAndDeletingAUserDropsItsLinks(TestDatabase db) {
    SessionFactory factory = db.create(FollowerSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User ann = new User("ann");
      User bob = new User("bob");
      User cat = new User("cat");
      ann.followed.add(bob);
      ann.followed.add(cat);
      bob.followed.add(cat);
      session.addAll(List.of(ann, bob, cat));
      session.commit();

      assertEquals(List.of("bob", "cat"), names(ann.followed.orderBy("username").list()));
      assertEquals(2, cat.followers.count());
      assertEquals(List.of("ann"), names(cat.followers.where("username < :u")
          .bind("u", "b").list()));
      assertEquals(0, ann.followers.count());

      session.delete(cat);
      session.commit();
      assertEquals(List.of("bob"), names(ann.followed.list()));
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"followers\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"user\""));
  }

  private static List<String> names(List<User> users) {
    return users.stream().map(u -> u.username).toList();
  }
}
