package dev.sluice.it.notebook;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A NOT NULL foreign key: deleting the person fails, as in SQLAlchemy. */
@Entity(table = "otherlogs")
public class OtherLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false) Long personId;

  @Relationship(backPopulates = "otherlogs")
  final RelatedRef<Person> person = OtherLog_.person(this);
}
