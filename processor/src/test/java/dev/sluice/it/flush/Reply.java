package dev.sluice.it.flush;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A reply in a topic, perhaps answering another reply of the same topic. */
@Entity(table = "replies")
public class Reply {
  @Id @GeneratedValue Long id;
  String text;
  @ForeignKey(entity = Topic.class) @Column(nullable = false) Long topicId;
  @ForeignKey(entity = Reply.class) Long answersId;

  @Relationship(backPopulates = "replies")
  final RelatedRef<Topic> topic = Reply_.topic(this);

  @Relationship(remoteSide = "id")
  final RelatedRef<Reply> answers = Reply_.answers(this);

  Reply() {}

  Reply(String text) {
    this.text = text;
  }
}
