package dev.sluice.it.flush;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A post whose comments the database deletes with it (ON DELETE CASCADE, passive deletes). */
@Entity(table = "posts")
public class Post {
  @Id @GeneratedValue Long id;
  String title;

  @Relationship(backPopulates = "post", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      passiveDeletes = PassiveDeletes.ON, orderBy = "id")
  final RelatedList<Comment> comments = Post_.comments(this);

  Post() {}

  Post(String title) {
    this.title = title;
  }
}
