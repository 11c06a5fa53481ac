package rejected.orphan;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.annotations.Schema;
import dev.sluice.runtime.RelatedList;

@Schema(entities = {Person.class, ManyLogDeletable.class})
interface OrphanSchema {}

@Entity(table = "persons")
class Person {
  @Id @GeneratedValue Long uid;
  String name;

  final RelatedList<ManyLogDeletable> manylogsdel =
      Person_.manylogsdel(this);
}

@AssociationTable(name = "manylogdel_person")
class ManyLogDelPerson {
  @ForeignKey(entity = Person.class) Long personId;
  @ForeignKey(entity = ManyLogDeletable.class)
  Long manylogdelId;
}

@Entity(table = "manylogsdel")
class ManyLogDeletable {
  @Id @GeneratedValue Long uid;

  // An orphan of which person? A log has many persons.
  @Relationship(secondary = ManyLogDelPerson.class,
      backref = "manylogsdel",
      backrefOptions = @Backref(
          cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}))
  final RelatedList<Person> persons =
      ManyLogDeletable_.persons(this);
}
