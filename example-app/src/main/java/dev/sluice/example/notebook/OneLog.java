package dev.sluice.example.notebook;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * One log per person: the backref Person.log is a single reference (SQLAlchemy's
 * {@code uselist=False}) with {@code all, delete-orphan}.
 */
@Entity(table = "onelogs")
public class OneLog {
  @Id @GeneratedValue Long uid;
  @ForeignKey(entity = Person.class) @Column(nullable = false, unique = true) Long personId;

  @Relationship(backref = "log",
      backrefOptions = @Backref(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}))
  final RelatedRef<Person> person = OneLog_.person(this);

  @Override
  public String toString() {
    return "<OneLog " + uid + ", person_id=" + personId + ">";
  }
}
