package dev.sluice.it.flush;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A comment on a post, perhaps replying to another comment of the same post. */
@Entity(table = "comments")
public class Comment {
  @Id @GeneratedValue Long id;
  String text;
  @ForeignKey(entity = Post.class, onDelete = Action.CASCADE) @Column(nullable = false)
  Long postId;
  @ForeignKey(entity = Comment.class, onDelete = Action.SET_NULL) Long replyToId;

  @Relationship(backPopulates = "comments")
  final RelatedRef<Post> post = Comment_.post(this);

  @Relationship(remoteSide = "id")
  final RelatedRef<Comment> replyTo = Comment_.replyTo(this);

  Comment() {}

  Comment(String text) {
    this.text = text;
  }
}
