package dev.sluice.it.mapped;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A paper in a folder; the same inherited columns as its folder. */
@Entity(table = "paper")
public class Paper extends Keyed {
  String title;
  @ForeignKey(entity = Folder.class) Long folderId;

  @Relationship(backPopulates = "papers")
  final RelatedRef<Folder> folder = Paper_.folder(this);

  Paper() {}

  Paper(String title, String createdBy) {
    this.title = title;
    this.createdBy = createdBy;
  }
}
