package dev.sluice.example.notebook;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The notebook's person. Every relationship here is the unannotated side of a {@code backref}
 * declared on the log classes, as the notes declare them on the logs.
 */
@Entity(table = "persons")
public class Person {
  @Id @GeneratedValue Long uid;
  @Column(nullable = false, length = 255) String name;

  final RelatedList<Log> logs = Person_.logs(this);
  final RelatedList<OtherLog> otherlogs = Person_.otherlogs(this);
  final RelatedList<MoreLog> morelogs = Person_.morelogs(this);
  final RelatedRef<OneLog> log = Person_.log(this);
  final RelatedList<ManyLog> manylogs = Person_.manylogs(this);

  Person() {}

  Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Person " + uid + ": " + name + ">";
  }
}
