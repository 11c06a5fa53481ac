package dev.sluice.it.session;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A memo in a folder; its many-to-one cascades SAVE_UPDATE only (no MERGE). */
@Entity(table = "memo")
public class Memo {
  @Id @GeneratedValue Long id;
  String text;
  @ForeignKey(entity = Folder.class) Long folderId;

  @Relationship(backPopulates = "memos", cascade = {Cascade.SAVE_UPDATE})
  final RelatedRef<Folder> folder = Memo_.folder(this);

  Memo() {}

  Memo(String text) {
    this.text = text;
  }
}
