package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/**
 * Rows of {@code managers}. The original's column is {@code status}, as in {@code engineers};
 * the classes of one hierarchy read as one row here, so its column has its own name.
 */
@Entity(table = "managers")
@PolymorphicIdentity("manager")
public class Manager extends Person {
  @Column(name = "manager_status") String status;
  String managerName;

  Manager() {}

  Manager(String name, String managerName, String status) {
    super(name);
    this.managerName = managerName;
    this.status = status;
  }
}
