package dev.sluice.it.random;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A note whose parent key is set to NULL when the parent is deleted (default cascade). */
@Entity(table = "r_note")
public class RNote {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = RParent.class) Long parentId;

  @Relationship(backPopulates = "notes")
  final RelatedRef<RParent> parent = RNote_.parent(this);

  RNote() {}

  RNote(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "RNote " + id + " " + name;
  }
}
