package dev.sluice.example.audit;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/** A relationship without a foreign key: deleting a test leaves its audit rows in place. */
public final class AuditScenario extends SessionScenario {
  private final TestAuditLogDao auditLogs;

  @Inject
  AuditScenario(SessionFactory factory, ScopedSession session, TestAuditLogDao auditLogs) {
    super(factory, session);
    this.auditLogs = auditLogs;
  }

  @Override
  public void play(Tour t) {
    t.say("The notes' audit log keeps the id of a TEST row in TEST_AUDIT_LOG.TEST_AUDIT_LOG,"
        + " with no foreign key: not in the database (POINT-1), so the table has no"
        + " constraint. Test.audits names the join, primaryJoin = \"Test.id =="
        + " TestAuditLog.entityId\", and the column acting as the foreign key, foreignKeys ="
        + " {\"entityId\"} (POINT-2):");
    t.ddl(factory.schema(), "TEST_AUDIT_LOG");
    t.say("Three tests with two audit rows each:");
    List<Test> tests = new ArrayList<>();
    t.run("for (int i = 0, n = 0; i < 3; i++) {\n  Test test = new Test(\"test-\" + i);\n"
        + "  test.audits.add(new TestAuditLog(\"comment-\" + n++));\n"
        + "  test.audits.add(new TestAuditLog(\"comment-\" + n++));\n  tests.add(test);\n}\n"
        + "session.addAll(tests);\nsession.commit();\nsession.expungeAll();", () -> {
          for (int i = 0, n = 0; i < 3; i++) {
            Test test = new Test("test-" + i);
            test.audits.add(new TestAuditLog("comment-" + n++));
            test.audits.add(new TestAuditLog("comment-" + n++));
            tests.add(test);
          }
          session.addAll(tests);
          session.commit();
          session.expungeAll();
        });
    Test t1 = t.eval("Test t1 = session.get(Test.class, 1L);", () -> session.get(Test.class, 1L));
    t.eval("t1.audits", () -> List.copyOf(t1.audits));

    t.say("passiveDeletes = ALL (POINT-3): deleting the test emits its DELETE and nothing"
        + " else, even though its audit rows are loaded: no UPDATE sets their column to NULL"
        + " (the column is NOT NULL anyway).");
    t.run("session.delete(t1);\nsession.commit();\nsession.expungeAll();", () -> {
      session.delete(t1);
      session.commit();
      session.expungeAll();
    });
    t.eval("session.get(Test.class, 1L)", () -> session.get(Test.class, 1L));
    List<TestAuditLog> left = t.eval(
        "auditLogs.where(\"\\\"TEST_AUDIT_LOG\\\" = :id\").bind(\"id\", 1L).list()",
        () -> auditLogs.where("\"TEST_AUDIT_LOG\" = :id").bind("id", 1L).list());
    t.say("The audit rows of test 1 are still there; their test is gone:");
    t.eval("left.get(0).test.get()", () -> left.get(0).test.get());
  }
}
