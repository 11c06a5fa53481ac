package dev.sluice.it.notebook;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** One log per person: a one-to-one with delete-orphan. */
@Entity(table = "onelogs")
public class OneLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false, unique = true) Long personId;

  @Relationship(backPopulates = "log")
  final RelatedRef<Person> person = OneLog_.person(this);
}
