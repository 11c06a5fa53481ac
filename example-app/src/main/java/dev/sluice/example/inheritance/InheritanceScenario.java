package dev.sluice.example.inheritance;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import javax.inject.Inject;

/** Single-table inheritance: one table, a discriminator, each row loaded as its class. */
public final class InheritanceScenario extends SessionScenario {
  private final PersonDao people;
  private final EngineerDao engineers;

  @Inject
  InheritanceScenario(SessionFactory factory, ScopedSession session, PersonDao people,
      EngineerDao engineers) {
    super(factory, session);
    this.people = people;
    this.engineers = engineers;
  }

  @Override
  public void play(Tour t) {
    t.say("Single-table inheritance: Engineer extends Person and shares its table, people."
        + " @PolymorphicOn(\"discriminator\") on Person names the field of the type column;"
        + " each class names its value with @PolymorphicIdentity. Inserting writes it.");
    t.run("session.add(new Person(\"ada\"));\n"
        + "session.add(new Engineer(\"linus\", \"C\"));\nsession.commit();\n"
        + "session.expungeAll();", () -> {
          session.add(new Person("ada"));
          session.add(new Engineer("linus", "C"));
          session.commit();
          session.expungeAll();
        });
    t.rows("people");

    t.say("A query for Person returns each row as the class its type names; a query for"
        + " Engineer adds type IN ('engineer') to the SQL.");
    t.eval("people.findAll()", people::findAll);
    Engineer linus = t.eval("Engineer linus = engineers.findAll().get(0);",
        () -> engineers.findAll().get(0));
    t.eval("people.findById(linus.id).get() == linus",
        () -> people.findById(linus.id).get() == linus);

    t.say("A change to a subclass column is an UPDATE of that column of the shared table;"
        + " deleting a person deletes its row.");
    t.run("linus.primaryLanguage = \"Rust\";\nsession.commit();", () -> {
      linus.primaryLanguage = "Rust";
      session.commit();
    });
    t.run("session.delete(people.where(\"name = 'ada'\").one());\nsession.commit();", () -> {
      session.delete(people.where("name = 'ada'").one());
      session.commit();
    });
  }
}
