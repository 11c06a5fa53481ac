package dev.sluice.example.backrefs;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedList;

/** A course: many-to-many with people, declared only on Person.courses (backref). */
@Entity(table = "courses")
public class Course {
  @Id @GeneratedValue Long id;
  String title;

  final RelatedList<Person> students = Course_.students(this);

  Course() {}

  Course(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "<Course: " + title + ">";
  }
}
