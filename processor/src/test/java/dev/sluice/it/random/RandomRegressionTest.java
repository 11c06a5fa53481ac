package dev.sluice.it.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Sequences the random operation tests found diverging, each kept as a named test. */
class RandomRegressionTest {
  @DatabaseTest
  void addingAParentKeepsThePendingDeleteOfItsNote(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RNote n = new RNote("n");
      p.notes.add(n);
      session.add(p);
      session.commit();

      session.delete(n);
      session.add(p); // the cascade stops at p's note, already in the session
      assertTrue(session.deletedObjects().contains(n));
      assertEquals(ObjectState.PERSISTENT, session.state(n), "marked for deletion, unflushed");
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_note\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  // seed 445877341628023: a deleted object of a subclass stayed in its parent's collection,
  // which looked for deleted objects of the relation's target class only
  @DatabaseTest
  void aDeletedChildOfASubclassLeavesItsParentsCollection(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RBigChild c = new RBigChild("c");
      p.children.add(c);
      session.add(c);
      session.commit();
      session.delete(c);
      session.commit();
      assertEquals(List.of(), List.copyOf(p.children));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_child\""));
  }

  @DatabaseTest
  void appendingAChildKeepsThePendingDeleteOfASiblingAndOfATag(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RChild c = new RChild("c");
      RTag t = new RTag("t");
      p.children.add(c);
      p.tags.add(t);
      session.add(p);
      session.commit();

      session.delete(c);
      session.delete(t);
      p.children.add(new RChild("c2")); // cascades to c2 only, not back through p to c and t
      session.commit();
    }
    assertEquals(List.of("c2"), db.column("SELECT \"name\" FROM \"r_child\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_tag\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_parent_tag\""));
  }

  // seed -182127905378264: a parent expunged after a flush moved a child to it, then added
  // back, kept the child after the rollback, and the commit moved the child again
  @DatabaseTest
  void aRollbackForgetsAMoveFlushedBeforeTheNewParentLeftAndCameBack(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent first = new RParent("first");
      RChild child = new RChild("child");
      first.children.add(child);
      RParent second = new RParent("second");
      session.add(first);
      session.add(second);
      session.commit();

      second.children.add(child);
      session.flush();
      session.expunge(second);
      session.add(second);
      session.rollback(); // the move is undone: the child is the first parent's again

      assertEquals(first.id, child.parentId);
      assertEquals(List.of(), List.copyOf(second.children));
      session.commit();
      assertEquals(List.of(child), List.copyOf(first.children));
    }
    assertEquals(List.of("first"), db.column("SELECT p.\"name\" FROM \"r_child\" c JOIN"
        + " \"r_parent\" p ON p.\"id\" = c.\"parent_id\""));
  }

  // seed -894913625724268: a note read after a flush had nullified it (set-based, unloaded)
  // took the nullified row as its rollback baseline, and kept it after the rollback
  @DatabaseTest
  void aRollbackReadsAgainWhatWasReadAfterTheTransactionChangedRows(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    Long parentId;
    Long noteId;
    try (Session session = factory.openSession()) {
      RParent parent = new RParent("p");
      RNote note = new RNote("n");
      parent.notes.add(note);
      session.add(parent);
      session.commit();
      parentId = parent.id;
      noteId = note.id;
    }
    try (Session session = factory.openSession()) {
      session.delete(session.get(RParent.class, parentId));
      session.flush(); // the note's key is cleared, with or without loading it
      RNote note = session.get(RNote.class, noteId);
      assertNull(note.parentId);
      note.name = "changed";
      session.rollback();

      assertEquals(parentId, note.parentId, "as the database has it again");
      assertEquals("n", note.name);
      assertFalse(session.isModified(note));
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_note\" WHERE \"parent_id\" IS NOT NULL"));
  }

  @DatabaseTest
  void addingADeletedParentAgainStillUndeletesIt(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      session.add(p);
      session.commit();

      session.delete(p);
      session.add(p); // the object added itself is un-deleted, as in SQLAlchemy
      assertEquals(ObjectState.PERSISTENT, session.state(p));
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  @DatabaseTest
  void aChildDeletedByAFlushLeavesItsParentsCollection(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RChild c1 = new RChild("c1");
      RChild c2 = new RChild("c2");
      p.children.addAll(List.of(c1, c2));
      session.add(p);
      session.commit();

      session.delete(c1);
      session.flush();
      assertEquals(List.of(c2), p.children);
      session.add(p); // no ghost of c1 comes back through the collection
      assertEquals(ObjectState.DELETED, session.state(c1), "deleted until the commit");
      session.delete(p);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_child\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  @DatabaseTest
  void aTagDeletedByAFlushLeavesTheTagListsOfItsParents(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RTag t = new RTag("t");
      RTag u = new RTag("u");
      p.tags.addAll(List.of(t, u));
      session.add(p);
      session.commit();

      session.delete(t);
      session.commit();
      assertEquals(List.of(u), p.tags);
      session.add(p);
      p.tags.add(new RTag("v"));
      session.commit();
    }
    assertEquals(List.of("u", "v"), db.column("SELECT t.\"name\" FROM \"r_parent_tag\" l"
        + " JOIN \"r_tag\" t ON t.\"id\" = l.\"tag_id\" ORDER BY t.\"name\""));
  }

  @DatabaseTest
  void aNoteDeletedByAFlushLeavesItsParentsNotes(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RNote n = new RNote("n");
      p.notes.add(n);
      session.add(p);
      session.commit();

      assertTrue(p.notes.contains(n));
      session.delete(n);
      session.flush();
      assertFalse(p.notes.contains(n));
      assertEquals(n.parent.get(), p, "the deleted object's own reference is kept");
      session.delete(p);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_note\""));
  }

  @DatabaseTest
  void aParentDeletedByAFlushLeavesTheReferencesOfItsNotes(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RNote n = new RNote("n");
      p.notes.add(n);
      session.add(p);
      session.commit();

      session.delete(p);
      session.flush();
      assertNull(n.parent.get());
      assertNull(n.parentId);
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_note\" WHERE \"parent_id\" IS NULL"));
  }

  @DatabaseTest
  void clearingAnUnloadedReferenceOfANoteClearsItsKey(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RNote n = new RNote("n");
      p.notes.add(n);
      session.add(p);
      session.commit();
      id = n.id;
    }
    try (Session session = factory.openSession()) {
      RNote n = session.get(RNote.class, id);
      n.parent.set(null); // the parent is not in memory: it is read to be unlinked
      assertNull(n.parentId);
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_note\" WHERE \"parent_id\" IS NULL"));
  }

  @DatabaseTest
  void clearingAnUnloadedReferenceOfAChildDeletesTheOrphan(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RChild c = new RChild("c");
      p.children.add(c);
      session.add(p);
      session.commit();
      id = c.id;
    }
    try (Session session = factory.openSession()) {
      RChild c = session.get(RChild.class, id);
      c.parent.set(null);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_child\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  @DatabaseTest
  void clearingTheReferenceOfAPendingChildExpungesIt(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      session.add(p);
      RChild c = new RChild("c");
      p.children.add(c);
      RChild moved = new RChild("moved");
      p.children.add(moved);
      RParent q = new RParent("q");
      session.add(q);
      c.parent.set(null); // an orphan never written: it leaves the session, as from p.children
      moved.parent.set(q); // moved, not orphaned: it stays
      assertEquals(ObjectState.TRANSIENT, session.state(c));
      assertEquals(ObjectState.PENDING, session.state(moved));
      session.commit();
    }
    assertEquals(List.of("moved"), db.column("SELECT \"name\" FROM \"r_child\""));
  }

  @DatabaseTest
  void addingBackADeletedParentWhoseChildrenWereNotLoadedStillDeletesTheChildren(
      TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      p.children.addAll(List.of(new RChild("a"), new RChild("b")));
      session.add(p);
      session.commit();
      session.rollback(); // the children are no longer loaded

      session.delete(p); // as SQLAlchemy's delete(), the DELETE cascade is collected now
      session.add(p); // un-deletes p only: the cascade stops at its children, still marked
      assertEquals(ObjectState.PERSISTENT, session.state(p));
      assertEquals(2, session.deletedObjects().size(), "both children stay marked");
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_child\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  @DatabaseTest
  void aChildInTheSessionMovedAfterItsUnloadedParentsDeleteIsDeletedInBothDeleteModes(
      TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Long parentId;
    Long childId;
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p1");
      RChild c = new RChild("c");
      p.children.add(c);
      session.add(p);
      session.commit();
      parentId = p.id;
      childId = c.id;
    }
    try (Session session = factory.openSession()) {
      RChild c = session.get(RChild.class, childId);
      RParent p1 = session.get(RParent.class, parentId); // its children are not loaded
      session.delete(p1); // marks c, as loading the collection would (SQLAlchemy loads it)
      RParent p2 = new RParent("p2");
      c.parent.set(p2); // kept under p2 for one flush, deleted by the commit's next flush
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(c));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_child\""));
    assertEquals(List.of("p2"), db.column("SELECT \"name\" FROM \"r_parent\""));
  }

  @DatabaseTest
  void anObjectInsertedExpungedAndAddedBackIsTransientAfterRollback(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      session.add(p);
      session.flush();
      session.expunge(p);
      session.add(p); // persistent again, but its row is still this transaction's insert
      assertEquals(ObjectState.PERSISTENT, session.state(p));
      session.rollback();
      assertEquals(ObjectState.TRANSIENT, session.state(p), "its row was rolled back");
      assertNull(p.id, "the generated id went with the row");
      session.commit();
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_parent\""));
      session.add(p); // a transient object is inserted again as new
      session.commit();
    }
    assertEquals(List.of("p"), db.column("SELECT \"name\" FROM \"r_parent\""));
  }

  @DatabaseTest
  void anObjectInsertedAndExpungedIsTransientAfterRollback(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RChild c = new RChild("c");
      p.children.add(c);
      session.add(p);
      session.flush();
      session.expunge(p); // with its child, through the EXPUNGE cascade
      session.rollback();
      assertEquals(ObjectState.TRANSIENT, session.state(p), "its row was rolled back");
      assertEquals(ObjectState.TRANSIENT, session.state(c));
      session.add(p);
      assertEquals(ObjectState.PENDING, session.state(c));
      session.commit();
    }
    assertEquals(List.of("c"), db.column("SELECT \"name\" FROM \"r_child\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"r_parent\""));
  }

  @DatabaseTest
  void aDetachedParentWhoseLoadedNotesHoldANoteAFlushDeletedIsRefusedUntilItIsRemoved(
      TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RParent p = new RParent("p");
      RNote n = new RNote("n");
      RNote kept = new RNote("kept");
      p.notes.addAll(List.of(n, kept));
      session.add(p);
      session.commit();

      session.expunge(p); // its notes stay in the session (no EXPUNGE cascade)
      session.delete(n);
      session.flush(); // n leaves the loaded relations in the session, not p's: p is detached
      assertTrue(p.notes.contains(n));
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> session.add(p)); // as SQLAlchemy: the instance has been deleted
      assertFalse(session.contains(p), "refused before anything entered the session");
      assertTrue(e.getMessage().contains("RNote id=" + n.id) && e.getMessage().contains("notes"),
          e.getMessage());
      session.commit();
      assertThrows(InvalidRequestException.class, () -> session.add(p), "after the commit too");

      p.notes.remove(n);
      p.name = "p2";
      session.add(p);
      assertEquals(ObjectState.PERSISTENT, session.state(p));
      assertEquals(ObjectState.DETACHED, session.state(n));
      session.commit();
    }
    assertEquals(List.of("kept"), db.column("SELECT \"name\" FROM \"r_note\""));
    assertEquals(List.of("p2"), db.column("SELECT \"name\" FROM \"r_parent\""));
  }

  // The shape RandomSequenceTest found (SQLite seed -266838535513136): a persistent note moved
  // to a new parent and deleted, then committed. SQLAlchemy 1.4.46 keeps the note for one
  // flush (cancel_delete), and its commit flushes again, which deletes it.
  @DatabaseTest
  void commitDeletesANoteMovedToANewParentAndDeleted(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RNote n = committedNote(session);
      RParent p3 = new RParent("p3");
      n.parent.set(p3); // p3 enters through the note's SAVE_UPDATE cascade
      session.delete(n);
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(n));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"r_note\""));
    assertEquals(List.of("p1", "p3"),
        db.column("SELECT \"name\" FROM \"r_parent\" ORDER BY \"id\""));
  }

  @DatabaseTest
  void aDeletedNoteANewParentHoldsIsWrittenByOneFlushAndDeletedByTheNext(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RNote n = committedNote(session);
      session.delete(n); // the other order: delete() first, then the move
      RParent p3 = new RParent("p3");
      n.parent.set(p3);
      session.flush();
      assertEquals(List.of(p3.id), noteParents(session), "written under its new parent");
      assertTrue(session.deletedObjects().contains(n), "still marked for deletion");
      assertEquals(ObjectState.PERSISTENT, session.state(n));
      session.flush();
      assertEquals(List.of(), noteParents(session), "no new parent holds it now: deleted");
      assertEquals(ObjectState.DELETED, session.state(n));
      session.rollback();
      assertEquals(ObjectState.PERSISTENT, session.state(n));
      assertEquals(1, noteParents(session).size());
    }
  }

  @DatabaseTest
  void aDeletedNoteMovedAwayAndBackIsDeletedByTheFirstFlush(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      RNote n = committedNote(session);
      RParent p1 = n.parent.get();
      session.delete(n);
      RParent p3 = new RParent("p3");
      session.add(p3);
      n.parent.set(p3);
      n.parent.set(p1); // no parent newly holds it at the flush
      session.flush();
      assertEquals(List.of(), noteParents(session));
      assertEquals(ObjectState.DELETED, session.state(n));
    }
  }

  private static RNote committedNote(Session session) {
    RParent p1 = new RParent("p1");
    RNote n = new RNote("n");
    p1.notes.add(n);
    session.add(p1);
    session.commit();
    return n;
  }

  private static List<Long> noteParents(Session session) {
    return session.handle().createQuery("SELECT \"parent_id\" FROM \"r_note\"")
        .mapTo(Long.class).list();
  }
}
