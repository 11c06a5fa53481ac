package dev.sluice.it.notebook;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Many-to-many: deleting persons clears links, the log stays. */
@Entity(table = "manylogs")
public class ManyLog {
  @Id @GeneratedValue Long uid;

  @Relationship(secondary = ManyLogPerson.class, backref = "manylogs")
  final RelatedList<Person> persons = ManyLog_.persons(this);
}
