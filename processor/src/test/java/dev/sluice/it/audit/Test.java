package dev.sluice.it.audit;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The audited entity; its table and id column keep their upper-case names. */
@Entity(table = "TEST")
public class Test {
  @Id @GeneratedValue @Column(name = "TS_TEST_ID") Long id;
  String name;

  @Relationship(backref = "test", primaryJoin = "Test.id == TestAuditLog.entityId",
      foreignKeys = {"entityId"}, passiveDeletes = PassiveDeletes.ALL)
  final RelatedList<TestAuditLog> audits = Test_.audits(this);

  Test() {}

  Test(String name) {
    this.name = name;
  }
}
