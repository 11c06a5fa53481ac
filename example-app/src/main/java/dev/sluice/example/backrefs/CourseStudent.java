package dev.sluice.example.backrefs;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** The link table of courses and their students. */
@AssociationTable(name = "course_students")
public class CourseStudent {
  @ForeignKey(entity = Person.class) Long personId;
  @ForeignKey(entity = Course.class) Long courseId;
}
