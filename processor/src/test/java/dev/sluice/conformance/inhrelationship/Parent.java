package dev.sluice.conformance.inhrelationship;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicOn;

/** M2ODontLoadSiblingTest's parent: an abstract root told apart by {@code child_type}. */
@Entity(table = "parents")
@PolymorphicOn("childType")
public abstract class Parent {
  @Id @GeneratedValue Long id;
  @Column(length = 50) String childType;
}
