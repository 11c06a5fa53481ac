package dev.sluice.example.backrefs;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A person with four relationships: a one-to-one and a many-to-many declared with
 * {@code backPopulates} (both sides annotated), and the same two with {@code backref} (the
 * other side only declared as a field).
 */
@Entity(table = "people")
public class Person {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;

  @Relationship(backPopulates = "holder")
  final RelatedRef<Passport> passport = Person_.passport(this);

  @Relationship(backref = "owner")
  final RelatedRef<Desk> desk = Person_.desk(this);

  @Relationship(secondary = ClubMember.class, backPopulates = "members")
  final RelatedList<Club> clubs = Person_.clubs(this);

  @Relationship(secondary = CourseStudent.class, backref = "students")
  final RelatedList<Course> courses = Person_.courses(this);

  Person() {}

  Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Person: " + name + ">";
  }
}
