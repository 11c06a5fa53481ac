package dev.sluice.it.decision;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The owner whose delete reaches each relationship as its compiled decision says. */
@Entity(table = "shelf")
public class Shelf {
  @Id @GeneratedValue Long id;
  String name;

  /** NULLIFY_CHILDREN, STATEMENT: books keep their rows, without a shelf. */
  @Relationship(backPopulates = "shelf")
  final RelatedList<Book> books = Shelf_.books(this);

  /** DELETE_CHILDREN, STATEMENT: boxes go with the shelf. */
  @Relationship(backPopulates = "shelf", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Box> boxes = Shelf_.boxes(this);

  /** DELETE_CHILDREN, DATABASE: unloaded labels are the database's ON DELETE CASCADE. */
  @Relationship(backPopulates = "shelf", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      passiveDeletes = PassiveDeletes.ON)
  final RelatedList<Label> labels = Shelf_.labels(this);

  /** NULLIFY_CHILDREN, SKIP: the log rows are never touched. */
  @Relationship(passiveDeletes = PassiveDeletes.ALL)
  final RelatedList<ShelfLog> logs = Shelf_.logs(this);

  /** UNLINK, STATEMENT: the association rows go by one statement; tags stay. */
  @Relationship(secondary = ShelfTag.class, backPopulates = "shelves")
  final RelatedList<Tag> tags = Shelf_.tags(this);

  /** DELETE_CHILDREN, LOAD: crates cascade to a many-to-many, so they are loaded. */
  @Relationship(backPopulates = "shelf", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Crate> crates = Shelf_.crates(this);

  Shelf() {}

  Shelf(String name) {
    this.name = name;
  }
}
