package dev.sluice.example.joined;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import javax.inject.Inject;

/**
 * Joined-table inheritance in the note's two forms: a subclass table keyed by a foreign key,
 * and one keyed by a logical key; each object's rows written, read and deleted together.
 */
public final class JoinedScenario extends SessionScenario {
  private final PersonDao people;
  private final EngineerDao engineers;

  @Inject
  JoinedScenario(SessionFactory factory, ScopedSession session, PersonDao people,
      EngineerDao engineers) {
    super(factory, session);
    this.people = people;
    this.engineers = engineers;
  }

  @Override
  public void play(Tour t) {
    t.say("Joined-table inheritance: Engineer and Manager extend Person, and each names a table"
        + " of its own. engineers.id is a foreign key to people.id; managers.id is the same key"
        + " without a database foreign key (@PrimaryKeyJoin(constraint = false)). Inserting"
        + " writes the people row first, then the subclass row with its generated id.");
    t.run("session.add(new Person(\"ada\"));\n"
        + "session.add(new Engineer(\"linus\", \"C\"));\n"
        + "session.add(new Manager(\"grace\", \"compilers\"));\nsession.commit();\n"
        + "session.expungeAll();", () -> {
          session.add(new Person("ada"));
          session.add(new Engineer("linus", "C"));
          session.add(new Manager("grace", "compilers"));
          session.commit();
          session.expungeAll();
        });
    t.rows("people");
    t.rows("engineers");
    t.rows("managers");

    t.say("One SELECT reads people LEFT OUTER JOINed to both subclass tables, and each row"
        + " becomes the class its type names, with the columns of its tables.");
    t.eval("people.findAll()", people::findAll);
    Engineer linus = t.eval("Engineer linus = engineers.findAll().get(0);",
        () -> engineers.findAll().get(0));

    t.say("A change to a subclass column updates that table only; deleting a manager deletes"
        + " its managers row, then its people row.");
    t.run("linus.primaryLanguage = \"Rust\";\nsession.commit();", () -> {
      linus.primaryLanguage = "Rust";
      session.commit();
    });
    t.run("session.delete(people.where(\"name = 'grace'\").one());\nsession.commit();", () -> {
      session.delete(people.where("name = 'grace'").one());
      session.commit();
    });
  }
}
