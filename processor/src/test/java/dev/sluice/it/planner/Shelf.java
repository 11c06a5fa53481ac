package dev.sluice.it.planner;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A shelf: its books go with it and as orphans, its labels are let go; one book is its pick. */
@Entity(table = "shelf")
public class Shelf {
  @Id @GeneratedValue public Long id;
  public String name;
  @ForeignKey(entity = Book.class, name = "fk_shelf_pick") public Long pickId;

  @Relationship(backPopulates = "shelf", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      primaryJoin = "Shelf.id = Book.shelfId")
  public final RelatedList<Book> books = Shelf_.books(this);

  @Relationship(backPopulates = "shelf")
  public final RelatedList<Label> labels = Shelf_.labels(this);

  @Relationship(postUpdate = true, foreignKeys = {"pickId"})
  public final RelatedRef<Book> pick = Shelf_.pick(this);

  public Shelf() {}

  public Shelf(Long id, String name) {
    this.id = id;
    this.name = name;
  }
}
