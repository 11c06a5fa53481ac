package dev.sluice.it.notebook;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A person with several kinds of logs. */
@Entity(table = "persons")
public class Person {
  @Id @GeneratedValue Long uid;
  @Column(nullable = false, length = 255) String name;

  @Relationship(backPopulates = "person")
  final RelatedList<Log> logs = Person_.logs(this);

  @Relationship(backPopulates = "person")
  @SuppressWarnings("sluice:nullify-not-null")
  final RelatedList<OtherLog> otherlogs = Person_.otherlogs(this);

  @Relationship(backPopulates = "person", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<MoreLog> morelogs = Person_.morelogs(this);

  @Relationship(backPopulates = "person", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedRef<OneLog> log = Person_.log(this);

  final RelatedList<ManyLog> manylogs = Person_.manylogs(this);

  Person() {}

  Person(String name) {
    this.name = name;
  }
}
