package dev.sluice.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** A relationship without a database foreign key and passiveDeletes = ALL. */
class AuditTest {
  @DatabaseTest
  void deletingTheParentLeavesItsAuditRows(TestDatabase db) {
    SessionFactory factory = db.create(AuditSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      int count = 0;
      for (int i = 0; i < 3; i++) {
        Test test = new Test("test-" + i);
        for (int j = 0; j < 2; j++) {
          test.audits.add(new TestAuditLog("comment-" + count++));
        }
        session.add(test);
      }
      session.commit();
      session.expungeAll();

      Test first = session.get(Test.class, 1L);
      assertEquals(List.of("comment-0", "comment-1"),
          first.audits.stream().map(a -> a.comment).toList());
      session.delete(first);
      session.commit();
      session.expungeAll();

      assertNull(session.get(Test.class, 1L));
      List<TestAuditLog> left = new TestAuditLogDao(session)
          .where("\"TEST_AUDIT_LOG\" = :id").bind("id", 1L).list();
      assertEquals(2, left.size());
      assertNull(left.get(0).test.get());
    }
    assertEquals(6, db.number("SELECT COUNT(*) FROM \"TEST_AUDIT_LOG\""));
  }
}
