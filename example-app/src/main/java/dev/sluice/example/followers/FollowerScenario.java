package dev.sluice.example.followers;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/** Followers: a self-referential many-to-many read through DYNAMIC queries, both ways. */
public final class FollowerScenario extends SessionScenario {
  private final UserDao users;

  @Inject
  FollowerScenario(SessionFactory factory, ScopedSession session, UserDao users) {
    super(factory, session);
    this.users = users;
  }

  @Override
  public void play(Tour t) {
    t.say("User.followed and its backref User.followers are lazy = DYNAMIC, as in the notes:"
        + " each is a RelatedQuery that never loads the whole collection but runs a query,"
        + " refined with where, orderBy, count or first. Adds and removes wait for the flush.");
    User ann = new User("ann");
    User bob = new User("bob");
    User cat = new User("cat");
    t.run("User ann = new User(\"ann\"), bob = new User(\"bob\"), cat = new User(\"cat\");\n"
        + "ann.followed.add(bob);\nann.followed.add(cat);\nbob.followed.add(cat);\n"
        + "session.addAll(List.of(ann, bob, cat));\nsession.commit();", () -> {
          ann.followed.add(bob);
          ann.followed.add(cat);
          bob.followed.add(cat);
          session.addAll(List.of(ann, bob, cat));
          session.commit();
        });
    t.rows("users", "followers");

    t.say("Who ann follows: primaryJoin picks her rows of the link table by follower_id,"
        + " secondaryJoin joins the followed users.");
    t.eval("ann.followed.orderBy(\"username\").list()",
        () -> ann.followed.orderBy("username").list());
    t.say("Who follows cat: the backref runs the same joins the other way round.");
    t.eval("cat.followers.count()", cat.followers::count);
    t.eval("cat.followers.where(\"username < :u\").bind(\"u\", \"b\").list()",
        () -> cat.followers.where("username < :u").bind("u", "b").list());

    t.say("Links change from either side: cat follows ann, bob follows ann (added through"
        + " ann.followers), ann stops following bob.");
    t.run("cat.followed.add(ann);\nann.followers.add(bob);\nann.followed.remove(bob);\n"
        + "session.commit();", () -> {
      cat.followed.add(ann);
      ann.followers.add(bob);
      ann.followed.remove(bob);
      session.commit();
    });
    t.eval("ann.followers.list()", ann.followers::list);

    t.say("Deleting a user deletes its link rows in both directions, never other users.");
    t.run("session.delete(users.findByUsername(\"cat\").orElseThrow());\nsession.commit();",
        () -> {
          session.delete(users.findByUsername("cat").orElseThrow());
          session.commit();
        });
    t.eval("ann.followed.list()", ann.followed::list);
    t.eval("ann.followers.list()", ann.followers::list);
  }
}
