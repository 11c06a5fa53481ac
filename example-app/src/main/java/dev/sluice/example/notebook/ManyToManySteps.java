package dev.sluice.example.notebook;

import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import java.util.List;
import javax.inject.Inject;

/** ManyLog: deleting persons deletes their association rows, never the log. */
final class ManyToManySteps {
  private final ScopedSession session;
  private final PersonDao persons;

  @Inject
  ManyToManySteps(ScopedSession session, PersonDao persons) {
    this.session = session;
    this.persons = persons;
  }

  void play(Tour t) {
    t.say("ManyLog is many-to-many with Person through the table manylog_person"
        + " (secondary = ManyLogPerson.class). One log with two persons:");
    Person person1 = new Person("person1");
    Person person2 = new Person("person2");
    ManyLog mlog = new ManyLog();
    t.run("Person person1 = new Person(\"person1\");\nPerson person2 = new Person(\"person2\");\n"
        + "ManyLog mlog = new ManyLog();\nmlog.persons.addAll(List.of(person1, person2));\n"
        + "session.add(mlog);\nsession.commit();", () -> {
          mlog.persons.addAll(List.of(person1, person2));
          session.add(mlog);
          session.commit();
        });
    t.rows("manylog_person");
    t.say("Deleting a person deletes its link rows: the log now refers to one person.");
    t.run("session.delete(persons.where(\"name = :name\").bind(\"name\", \"person1\").one());\n"
        + "session.commit();", () -> {
          session.delete(persons.where("name = :name").bind("name", "person1").one());
          session.commit();
        });
    t.eval("mlog.persons", () -> List.copyOf(mlog.persons));
    t.say("Deleting the second person too empties the link table, without any option. The"
        + " log itself stays: nothing cascades from persons to logs.");
    t.run("session.delete(person2);\nsession.commit();", () -> {
      session.delete(person2);
      session.commit();
    });
    t.eval("mlog.persons", () -> List.copyOf(mlog.persons));
    t.rows("manylog_person", "manylogs");
  }
}
