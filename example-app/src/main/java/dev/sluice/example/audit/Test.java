package dev.sluice.example.audit;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * The audited entity of the notes, with their upper-case table and id column. Its audit rows
 * reference it by convention only: the relationship names the join and the column acting as
 * the foreign key, and never touches the rows when a test is deleted.
 */
@Entity(table = "TEST")
public class Test {
  @Id @GeneratedValue @Column(name = "TS_TEST_ID") Long id;
  String name;

  @Relationship(backref = "test",
      primaryJoin = "Test.id == TestAuditLog.entityId",
      foreignKeys = {"entityId"},
      passiveDeletes = PassiveDeletes.ALL)
  final RelatedList<TestAuditLog> audits = Test_.audits(this);

  Test() {}

  Test(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Test(id=" + id + ", name=" + name + ")>";
  }
}
