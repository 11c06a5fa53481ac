package dev.sluice.example.notebook;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A log shared by several persons: a many-to-many through the table manylog_person. */
@Entity(table = "manylogs")
public class ManyLog {
  @Id @GeneratedValue Long uid;

  @Relationship(secondary = ManyLogPerson.class, backref = "manylogs")
  final RelatedList<Person> persons = ManyLog_.persons(this);

  @Override
  public String toString() {
    return "<ManyLog " + uid + ">";
  }
}
