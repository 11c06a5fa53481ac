package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A row referencing the root of the hierarchy: its employee is of any class. */
@Entity(table = "reports")
public class Report {
  @Id @GeneratedValue Long reportId;
  String name;
  @ForeignKey(entity = Employee.class) Long employeeId;

  @Relationship(backPopulates = "reports")
  final RelatedRef<Employee> employee = Report_.employee(this);

  Report() {}

  Report(String name) {
    this.name = name;
  }
}
