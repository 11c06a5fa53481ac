package dev.sluice.it.notebook;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;
import java.time.LocalDateTime;

/** The default cascade: deleting the person sets person_id to NULL. */
@Entity(table = "logs")
public class Log {
  @Id @GeneratedValue Long uid;
  LocalDateTime timestamp = LocalDateTime.of(2015, 10, 16, 11, 55, 8);
  @ForeignKey(entity = Person.class) Long personId;

  @Relationship(backPopulates = "logs")
  final RelatedRef<Person> person = Log_.person(this);
}
