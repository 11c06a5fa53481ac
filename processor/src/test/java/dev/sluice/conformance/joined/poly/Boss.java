package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** Rows of {@code boss}, keyed by {@code boss_id} to {@code managers}: three tables deep. */
@Entity(table = "boss")
@PrimaryKeyJoin(column = "boss_id")
@PolymorphicIdentity("boss")
public class Boss extends Manager {
  String golfSwing;

  Boss() {}

  Boss(String name, String golfSwing, String managerName, String status) {
    super(name, managerName, status);
    this.golfSwing = golfSwing;
  }
}
