package dev.sluice.it.notebook;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** {@code all, delete-orphan}: logs go with their person. */
@Entity(table = "morelogs")
public class MoreLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false) Long personId;

  @Relationship(backPopulates = "morelogs")
  final RelatedRef<Person> person = MoreLog_.person(this);
}
