package dev.sluice.example.backrefs;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** One passport per person: the other side of Person.passport, annotated (backPopulates). */
@Entity(table = "passports")
public class Passport {
  @Id @GeneratedValue Long id;
  String number;
  @ForeignKey(entity = Person.class) @Column(unique = true) Long holderId;

  @Relationship(backPopulates = "passport")
  final RelatedRef<Person> holder = Passport_.holder(this);

  Passport() {}

  Passport(String number) {
    this.number = number;
  }

  @Override
  public String toString() {
    return "<Passport: " + number + ">";
  }
}
