package dev.sluice.it.session;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A folder: docs loaded with it and owned by it (ALL, DELETE_ORPHAN); memos loaded lazily. */
@Entity(table = "folder")
public class Folder {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(backPopulates = "folder", lazy = Lazy.SELECTIN,
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "title")
  final RelatedList<Doc> docs = Folder_.docs(this);

  @Relationship(backPopulates = "folder", cascade = {Cascade.SAVE_UPDATE, Cascade.REFRESH_EXPIRE})
  final RelatedList<Memo> memos = Folder_.memos(this);

  Folder() {}

  Folder(String name) {
    this.name = name;
  }
}
