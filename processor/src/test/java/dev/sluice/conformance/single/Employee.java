package dev.sluice.conformance.single;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The root of a hierarchy stored in one table, told apart by {@code type}. */
@Entity(table = "employees")
@PolymorphicOn("type")
@PolymorphicIdentity("employee")
public class Employee {
  @Id @GeneratedValue Long employeeId;
  String name;
  String type;
  @ForeignKey(entity = Company.class) Long companyId;
  @ForeignKey(entity = Employee.class) Long mentorId;

  @Relationship(backPopulates = "employees")
  final RelatedRef<Company> company = Employee_.company(this);

  /** A row of the same table, of any class. */
  @Relationship(remoteSide = "employeeId")
  final RelatedRef<Employee> mentor = Employee_.mentor(this);

  @Relationship(backPopulates = "employee", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Report> reports = Employee_.reports(this);

  Employee() {}

  Employee(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + name + ")";
  }
}
