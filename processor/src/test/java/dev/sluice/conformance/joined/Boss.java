package dev.sluice.conformance.joined;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A subclass sharing its superclass's joined table {@code managers} (single-table below it). */
@Entity
@PolymorphicIdentity("boss")
public class Boss extends Manager {
  String golfSwing;

  Boss() {}

  Boss(String name, String managerData, String golfSwing) {
    super(name, managerData);
    this.golfSwing = golfSwing;
  }
}
