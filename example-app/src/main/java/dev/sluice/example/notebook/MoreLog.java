package dev.sluice.example.notebook;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * A log that goes with its person: the cascade {@code all, delete-orphan} is set on the
 * backref, Person.morelogs, the one-to-many side, which is where a delete cascade belongs.
 */
@Entity(table = "morelogs")
public class MoreLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false) Long personId;

  @Relationship(backref = "morelogs",
      backrefOptions = @Backref(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}))
  final RelatedRef<Person> person = MoreLog_.person(this);

  @Override
  public String toString() {
    return "<MoreLog " + uid + ", person_id=" + personId + ">";
  }
}
