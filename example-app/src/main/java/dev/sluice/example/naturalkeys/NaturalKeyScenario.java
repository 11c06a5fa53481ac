package dev.sluice.example.naturalkeys;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/** A primary key that changes: ON UPDATE CASCADE, or {@code passiveUpdates = false}. */
public final class NaturalKeyScenario extends SessionScenario {
  @Inject
  NaturalKeyScenario(SessionFactory factory, ScopedSession session) {
    super(factory, session);
  }

  @Override
  public void play(Tour t) {
    onUpdateCascade(t);
    passiveUpdatesOff(t);
  }

  private void onUpdateCascade(Tour t) {
    t.say("SQLAlchemy's docs recommend the database's ON UPDATE CASCADE for natural primary"
        + " keys that change. Address.username declares it (onUpdate = Action.CASCADE):");
    t.ddl(factory.schema(), "address");
    User jack = new User("jack", "Jack");
    t.run("User jack = new User(\"jack\", \"Jack\");\n"
        + "jack.addresses.add(new Address(\"jack@google.com\"));\n"
        + "jack.addresses.add(new Address(\"j25@yahoo.com\"));\n"
        + "session.add(jack);\nsession.commit();", () -> {
          jack.addresses.add(new Address("jack@google.com"));
          jack.addresses.add(new Address("j25@yahoo.com"));
          session.add(jack);
          session.commit();
        });
    t.say("Changing the key is one UPDATE of the user: the database updates the addresses"
        + " (passiveUpdates, the default, leaves that to it). The addresses in memory still"
        + " hold the old key: their fields are plain Java fields, so the session marks them"
        + " expired and reads them again the next time it hands them out.");
    t.run("jack.username = \"ed\";\nsession.commit();", () -> {
      jack.username = "ed";
      session.commit();
    });
    t.eval("jack.addresses", () -> List.copyOf(jack.addresses));
    t.eval("session.get(Address.class, \"jack@google.com\")",
        () -> session.get(Address.class, "jack@google.com"));
    boolean cascaded = t.inspect(List.of("address")).get(0).column("username").stream()
        .allMatch("ed"::equals);
    if (!cascaded) {
      t.say("The rows still say jack: this connection does not enforce foreign keys (SQLite"
          + " without PRAGMA foreign_keys=ON), so ON UPDATE CASCADE never ran. That is the"
          + " case passiveUpdates = false is for:");
    }
    t.rows("user", "address");
  }

  private void passiveUpdatesOff(Tour t) {
    t.say("Without referential integrity in the database, passiveUpdates = false makes the"
        + " ORM carry the new key over with UPDATEs of the referencing rows. Book.authorName"
        + " is a logical foreign key (constraint = false), so the DDL has no constraint:");
    t.ddl(factory.schema(), "book");
    Author author = new Author("tolkien");
    Book hobbit = new Book("The Hobbit");
    t.run("Author author = new Author(\"tolkien\");\nBook hobbit = new Book(\"The Hobbit\");\n"
        + "author.books.add(hobbit);\nauthor.books.add(new Book(\"The Silmarillion\"));\n"
        + "session.add(author);\nsession.commit();", () -> {
          author.books.add(hobbit);
          author.books.add(new Book("The Silmarillion"));
          session.add(author);
          session.commit();
        });
    t.say("Renaming the author updates its row and, from the ORM, every book that references"
        + " it.");
    t.run("author.name = \"jrr-tolkien\";\nsession.commit();", () -> {
      author.name = "jrr-tolkien";
      session.commit();
    });
    t.eval("hobbit.authorName", () -> hobbit.authorName);
  }
}
