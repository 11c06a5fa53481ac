package dev.sluice.example.notebook;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * A log whose person_id is NOT NULL, with the default cascade: deleting its person tries to
 * set the key to NULL and fails. Sluice warns about this mapping at compile time; the warning
 * is suppressed here because the tour shows the failure on purpose.
 */
@Entity(table = "otherlogs")
public class OtherLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false) Long personId;

  @Relationship(backref = "otherlogs")
  @SuppressWarnings("sluice:nullify-not-null")
  final RelatedRef<Person> person = OtherLog_.person(this);

  @Override
  public String toString() {
    return "<OtherLog " + uid + ", person_id=" + personId + ">";
  }
}
