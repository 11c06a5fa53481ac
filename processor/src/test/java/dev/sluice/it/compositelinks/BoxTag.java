package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.ForeignKeyConstraint;

/** Links boxes and tags; a box's key over both columns, which the database cascades. */
@AssociationTable(name = "box_tags")
@ForeignKeyConstraint(columns = {"aisle", "shelf"}, entity = Box.class,
    references = {"aisle", "shelf"}, onUpdate = Action.CASCADE)
public class BoxTag {
  Integer aisle;
  Integer shelf;
  @ForeignKey(entity = Tag.class) String tagName;
}
