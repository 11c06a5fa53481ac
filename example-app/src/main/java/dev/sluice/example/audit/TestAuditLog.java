package dev.sluice.example.audit;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedRef;

/**
 * An audit row. The column named TEST_AUDIT_LOG holds the id of a TEST row, with no foreign
 * key in the database nor on the field (the notes' POINT-1).
 */
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

  @Override
  public String toString() {
    return "<TestAuditLog(id=" + id + " entityId=" + entityId + ", comment=" + comment + ")>";
  }
}
