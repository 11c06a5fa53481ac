package dev.sluice.example.notebook;

import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import javax.inject.Inject;

/** MoreLog ({@code all, delete-orphan}) and OneLog (the same, one-to-one). */
final class CascadeSteps {
  private final ScopedSession session;
  private final PersonDao persons;
  private final MoreLogDao moreLogs;
  private final OneLogDao oneLogs;

  @Inject
  CascadeSteps(ScopedSession session, PersonDao persons, MoreLogDao moreLogs,
      OneLogDao oneLogs) {
    this.session = session;
    this.persons = persons;
    this.moreLogs = moreLogs;
    this.oneLogs = oneLogs;
  }

  void play(Tour t) {
    moreLog(t);
    oneLog(t);
  }

  private void moreLog(Tour t) {
    t.say("MoreLog declares backref = \"morelogs\" with backrefOptions = @Backref(cascade ="
        + " {ALL, DELETE_ORPHAN}): the cascade sits on Person.morelogs, the one-to-many side."
        + " \"Pay attention to where you specify the cascade\", say the notes.");
    Person p = new Person("user");
    MoreLog mlog = new MoreLog();
    t.run("Person p = new Person(\"user\");\nMoreLog mlog = new MoreLog();\n"
        + "mlog.person.set(p);\nsession.add(p);\nsession.add(mlog);\nsession.commit();", () -> {
          mlog.person.set(p);
          session.add(p);
          session.add(mlog);
          session.commit();
        });
    t.eval("moreLogs.findAll()", moreLogs::findAll);
    t.say("Deleting the person deletes its logs first.");
    t.run("session.delete(p);\nsession.commit();", () -> {
      session.delete(p);
      session.commit();
    });
    t.eval("moreLogs.findAll()", moreLogs::findAll);

    t.say("The other way round: deleting a log never deletes its person.");
    Person q = new Person("user");
    t.run("Person q = new Person(\"user\");\nq.morelogs.add(new MoreLog());\n"
        + "session.add(q);\nsession.commit();", () -> {
          q.morelogs.add(new MoreLog());
          session.add(q);
          session.commit();
        });
    MoreLog stored = t.eval("MoreLog stored = moreLogs.first().orElseThrow();",
        () -> moreLogs.first().orElseThrow());
    t.run("session.delete(stored);\nsession.commit();", () -> {
      session.delete(stored);
      session.commit();
    });
    t.eval("moreLogs.findAll()", moreLogs::findAll);
    t.eval("persons.findAll()", persons::findAll);

    t.say("DELETE_ORPHAN: a log taken out of its person's collection is deleted.");
    MoreLog extra = new MoreLog();
    t.run("MoreLog extra = new MoreLog();\nq.morelogs.add(extra);\nsession.commit();", () -> {
      q.morelogs.add(extra);
      session.commit();
    });
    t.run("q.morelogs.remove(extra);\nsession.commit();", () -> {
      q.morelogs.remove(extra);
      session.commit();
    });
    t.rows("persons", "morelogs");
  }

  private void oneLog(Tour t) {
    t.say("OneLog is one-to-one: Person.log is a RelatedRef, a single object instead of a"
        + " list (SQLAlchemy's uselist=False); its backref also has all, delete-orphan.");
    Person p = new Person("user");
    OneLog olog = new OneLog();
    t.run("Person p = new Person(\"user\");\nOneLog olog = new OneLog();\n"
        + "olog.person.set(p);\nsession.add(p);\nsession.add(olog);\nsession.commit();", () -> {
          olog.person.set(p);
          session.add(p);
          session.add(olog);
          session.commit();
        });
    t.eval("oneLogs.findAll()", oneLogs::findAll);
    t.eval("olog.person.get()", olog.person::get);
    t.eval("p.log.get()", p.log::get);
    t.run("session.delete(p);\nsession.commit();", () -> {
      session.delete(p);
      session.commit();
    });
    t.eval("oneLogs.findAll()", oneLogs::findAll);
  }
}
