package dev.sluice.it.mapped;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A folder: its id and audit columns are inherited. */
@Entity(table = "folder")
public class Folder extends Keyed {
  String name;

  @Relationship(backPopulates = "folder", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Paper> papers = Folder_.papers(this);

  Folder() {}

  Folder(String name, String createdBy) {
    this.name = name;
    this.createdBy = createdBy;
  }
}
