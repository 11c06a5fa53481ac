package dev.sluice.it.planner;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A label on a shelf; its key is set to NULL when the shelf goes or lets it go. */
@Entity(table = "label")
public class Label {
  @Id @GeneratedValue public Long id;
  public String text;
  @ForeignKey(entity = Shelf.class) public Long shelfId;

  @Relationship(backPopulates = "labels")
  public final RelatedRef<Shelf> shelf = Label_.shelf(this);

  public Label() {}

  public Label(Long id, String text) {
    this.id = id;
    this.text = text;
  }
}
