package dev.sluice.it.audit;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedRef;

/** An audit row; its entityId references Test by convention only. */
@Entity(table = "TEST_AUDIT_LOG")
public class TestAuditLog {
  @Id @GeneratedValue Long id;
  String comment;
  @Column(name = "TEST_AUDIT_LOG", nullable = false) Long entityId;

  final RelatedRef<Test> test = TestAuditLog_.test(this);

  TestAuditLog() {}

  TestAuditLog(String comment) {
    this.comment = comment;
  }
}
