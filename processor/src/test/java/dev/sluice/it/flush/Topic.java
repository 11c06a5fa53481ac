package dev.sluice.it.flush;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A topic whose replies the ORM deletes with it (no ON DELETE in the database). */
@Entity(table = "topics")
public class Topic {
  @Id @GeneratedValue Long id;
  String title;

  @Relationship(backPopulates = "topic", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "id")
  final RelatedList<Reply> replies = Topic_.replies(this);

  Topic() {}

  Topic(String title) {
    this.title = title;
  }
}
