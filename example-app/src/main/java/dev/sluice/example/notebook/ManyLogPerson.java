package dev.sluice.example.notebook;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** The link table of persons and many-logs, with the notes' ON DELETE / ON UPDATE CASCADE. */
@AssociationTable(name = "manylog_person")
public class ManyLogPerson {
  @ForeignKey(entity = Person.class, onDelete = Action.CASCADE, onUpdate = Action.CASCADE)
  Long personId;
  @ForeignKey(entity = ManyLog.class, onDelete = Action.CASCADE, onUpdate = Action.CASCADE)
  Long manylogId;
}
