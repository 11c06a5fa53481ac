package dev.sluice.conformance.joined;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A subclass in a table of its own, keyed by a foreign key to {@code people} (the note's first
 * joined form), with a NOT NULL column and children of its own.
 */
@Entity(table = "engineers")
@PolymorphicIdentity("engineer")
public class Engineer extends Person {
  @Column(nullable = false) String primaryLanguage;
  /** A key in the joined table to a row of the base table, of any class. */
  @ForeignKey(entity = Person.class) Long mentorId;

  @Relationship(remoteSide = "id")
  final RelatedRef<Person> mentor = Engineer_.mentor(this);

  @Relationship(backPopulates = "engineer", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Machine> machines = Engineer_.machines(this);

  Engineer() {}

  Engineer(String name, String primaryLanguage) {
    super(name);
    this.primaryLanguage = primaryLanguage;
  }
}
