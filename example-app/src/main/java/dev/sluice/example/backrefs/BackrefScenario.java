package dev.sluice.example.backrefs;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/** {@code backref} and {@code backPopulates} side by side: the same sync, declared two ways. */
public final class BackrefScenario extends SessionScenario {
  @Inject
  BackrefScenario(SessionFactory factory, ScopedSession session) {
    super(factory, session);
  }

  @Override
  public void play(Tour t) {
    t.say("Two ways to declare the other side of a relationship. backPopulates: both fields"
        + " are annotated and name each other (Person.passport <-> Passport.holder, Person.clubs"
        + " <-> Club.members). backref: only one side is annotated; the other field exists,"
        + " since Java needs it, without annotation (Person.desk -> Desk.owner, Person.courses"
        + " -> Course.students). Either way both sides follow each other in memory at once,"
        + " before any SQL.");
    Person ann = new Person("ann");
    Passport passport = new Passport("P-100");
    t.run("Person ann = new Person(\"ann\");\nPassport passport = new Passport(\"P-100\");\n"
        + "ann.passport.set(passport);", () -> ann.passport.set(passport));
    t.eval("passport.holder.get()", passport.holder::get);
    Desk desk = new Desk("D-7");
    t.run("Desk desk = new Desk(\"D-7\");\ndesk.owner.set(ann); // the unannotated side",
        () -> desk.owner.set(ann));
    t.eval("ann.desk.get()", ann.desk::get);
    Club chess = new Club("chess");
    t.run("Club chess = new Club(\"chess\");\nchess.members.add(ann);",
        () -> chess.members.add(ann));
    t.eval("ann.clubs", () -> List.copyOf(ann.clubs));
    Course math = new Course("math");
    t.run("Course math = new Course(\"math\");\nann.courses.add(math);",
        () -> ann.courses.add(math));
    t.eval("math.students", () -> List.copyOf(math.students));

    t.say("Adding ann adds everything she reaches (the default cascade save-update), in"
        + " dependency order: people first, then what references them, then the links.");
    t.run("session.add(ann);\nsession.commit();", () -> {
      session.add(ann);
      session.commit();
    });
    t.rows("people", "passports", "desks", "club_members", "course_students");

    t.say("Replacing a one-to-one: the old passport loses its holder (the default cascade"
        + " nullifies; it would be deleted with DELETE_ORPHAN).");
    Passport renewed = new Passport("P-200");
    t.run("ann.passport.set(new Passport(\"P-200\"));\nsession.commit();", () -> {
      ann.passport.set(renewed);
      session.commit();
    });
    t.eval("passport.holder.get()", passport.holder::get);

    t.say("Many-to-many from either side: removing ann from math's students (the backref"
        + " side) deletes the link row; adding bob to chess's members inserts bob and a link.");
    t.run("math.students.remove(ann);\nsession.commit();", () -> {
      math.students.remove(ann);
      session.commit();
    });
    t.eval("ann.courses", () -> List.copyOf(ann.courses));
    Person bob = new Person("bob");
    t.run("Person bob = new Person(\"bob\");\nchess.members.add(bob);\nsession.commit();", () -> {
      chess.members.add(bob);
      session.commit();
    });
    t.eval("bob.clubs", () -> List.copyOf(bob.clubs));
  }
}
