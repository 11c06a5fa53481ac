package dev.sluice.it.compositefk;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.MappedSuperclass;

/**
 * What is stored in a bin, named by its warehouse's code and the bin's number together: the
 * key is declared once here and holds in the table of every entity that extends the class.
 */
@MappedSuperclass
@ForeignKeyConstraint(columns = {"warehouse", "binNumber"}, entity = Bin.class,
    references = {"warehouse", "number"}, onDelete = Action.CASCADE)
public abstract class Stored {
  String warehouse;
  Integer binNumber;
}
