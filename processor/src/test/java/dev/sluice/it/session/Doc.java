package dev.sluice.it.session;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A doc in a folder (many-to-one with the default cascade). */
@Entity(table = "doc")
public class Doc {
  @Id @GeneratedValue Long id;
  String title;
  @ForeignKey(entity = Folder.class) Long folderId;

  @Relationship(backPopulates = "docs")
  final RelatedRef<Folder> folder = Doc_.folder(this);

  Doc() {}

  Doc(String title) {
    this.title = title;
  }
}
