package dev.sluice.it.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Deleting a parent whose loaded children reference each other deletes the children first. */
class SelfReferenceDeleteTest {
  // after test_cycles.py SelfReferentialTest.test_cycle (rows of a self-referencing table and
  // of a table tied to it, deleted in one flush); here the other table is the parent
  @DatabaseTest
  void aPostWithRepliesAmongItsLoadedCommentsIsDeletedWithThem(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = seedPost(factory);
    try (Session session = factory.openSession()) {
      Post post = session.get(Post.class, id);
      assertEquals(3, post.comments.size());
      session.delete(post);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"posts\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"comments\""));
  }

  @DatabaseTest
  void aPostWithRepliesWhoseRepliesAreLoadedToo(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = seedPost(factory);
    try (Session session = factory.openSession()) {
      Post post = session.get(Post.class, id);
      for (Comment comment : post.comments) {
        comment.replyTo.get();
      }
      session.delete(post);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"comments\""));
  }

  @DatabaseTest
  void aTopicWithRepliesAnsweringEachOtherIsDeletedWithoutADatabaseCascade(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      Topic topic = new Topic("t");
      Reply first = new Reply("first");
      Reply second = new Reply("second");
      Reply third = new Reply("third");
      topic.replies.addAll(List.of(first, second, third));
      second.answers.set(first);
      third.answers.set(second);
      session.add(topic);
      session.commit();
      id = topic.id;
    }
    try (Session session = factory.openSession()) {
      Topic topic = session.get(Topic.class, id);
      assertEquals(3, topic.replies.size());
      session.delete(topic);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"topics\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"replies\""));
  }

  /** A post whose second comment replies to the first and third to the second. */
  private static Long seedPost(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Post post = new Post("p");
      Comment first = new Comment("first");
      Comment second = new Comment("second");
      Comment third = new Comment("third");
      post.comments.addAll(List.of(first, second, third));
      second.replyTo.set(first);
      third.replyTo.set(second);
      session.add(post);
      session.commit();
      return post.id;
    }
  }
}
