package dev.sluice.example.notebook;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A log with the default cascade: deleting its person sets person_id to NULL. */
@Entity(table = "logs")
public class Log {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) Long personId;

  @Relationship(backref = "logs")
  final RelatedRef<Person> person = Log_.person(this);

  @Override
  public String toString() {
    return "<Log " + uid + ", person_id=" + personId + ">";
  }
}
