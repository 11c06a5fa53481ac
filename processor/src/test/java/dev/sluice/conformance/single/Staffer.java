package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicOn;

/** An abstract root: every row is of a subclass. Parents reference subclasses only. */
@Entity(table = "staff")
@PolymorphicOn("type")
public abstract class Staffer {
  @Id @GeneratedValue Long id;
  String name;
  String type;
  @ForeignKey(entity = Division.class) Long divisionId;
  @ForeignKey(entity = Lab.class) Long labId;

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + name + ")";
  }
}
