package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;

/**
 * {@code RelatedList} keeps the {@code List} contract with members that appear at most once:
 * {@code set} with a member already in the list swaps, so {@code Collections} utilities work.
 */
class RelatedListTest {
  private Doc a;
  private Doc b;
  private Doc c;
  private Doc d;

  /** A folder with docs a, b, c (in that order), committed. */
  private Folder folder(Session session) {
    Folder folder = new Folder("inbox");
    a = new Doc("a");
    b = new Doc("b");
    c = new Doc("c");
    d = new Doc("d");
    folder.docs.addAll(List.of(a, b, c));
    session.add(folder);
    session.commit();
    return folder;
  }

  private static List<String> titles(List<Doc> docs) {
    return docs.stream().map(doc -> doc.title).toList();
  }

  /** Titles of the docs rows still linked to a folder. */
  private static List<Object> linked(TestDatabase db) {
    return db.column("SELECT \"title\" FROM \"doc\" WHERE \"folder_id\" IS NOT NULL"
        + " ORDER BY \"title\"");
  }

  @DatabaseTest
  void setWithAMemberAlreadyInTheListSwapsTheTwo(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      assertSame(a, folder.docs.set(0, c));
      assertEquals(List.of("c", "b", "a"), titles(folder.docs));
      assertSame(folder, a.folder.get(), "a stays linked");
      assertFalse(session.isModified(folder), "only the order changed");
      session.commit();
    }
    assertEquals(List.of("a", "b", "c"), linked(db), "no orphan was deleted");
  }

  @DatabaseTest
  void setWithANewObjectLinksItAndUnlinksTheReplacedMember(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      assertSame(b, folder.docs.set(1, d));
      assertEquals(List.of("a", "d", "c"), titles(folder.docs));
      assertSame(folder, d.folder.get());
      assertEquals(null, b.folder.get());
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(b), "an orphan under DELETE_ORPHAN");
    }
    assertEquals(List.of("a", "c", "d"), linked(db));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"doc\""));
  }

  @DatabaseTest
  void collectionsSwapReverseRotateAndShuffleKeepEveryMember(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      Collections.swap(folder.docs, 0, 2);
      assertEquals(List.of("c", "b", "a"), titles(folder.docs));
      Collections.reverse(folder.docs);
      assertEquals(List.of("a", "b", "c"), titles(folder.docs));
      Collections.rotate(folder.docs, 1);
      assertEquals(List.of("c", "a", "b"), titles(folder.docs));
      Collections.shuffle(folder.docs, new Random(7));
      assertEquals(3, folder.docs.size());
      assertEquals(List.of("a", "b", "c"), titles(folder.docs).stream().sorted().toList());
      assertFalse(session.isModified(folder));
      session.commit();
    }
    assertEquals(List.of("a", "b", "c"), linked(db));
  }

  @DatabaseTest
  void sortOrdersTheMembersWithoutChangingThem(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      folder.docs.sort(Comparator.comparing((Doc doc) -> doc.title).reversed());
      assertEquals(List.of("c", "b", "a"), titles(folder.docs));
      Collections.sort(folder.docs, Comparator.comparing(doc -> doc.title));
      assertEquals(List.of("a", "b", "c"), titles(folder.docs));
      assertFalse(session.isModified(folder));
      session.commit();
    }
    assertEquals(List.of("a", "b", "c"), linked(db));
  }

  @DatabaseTest
  void replaceAllLinksAndUnlinksTheDifferenceAndRefusesTheSameObjectTwice(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      folder.docs.replaceAll(doc -> doc == a ? c : doc == c ? a : doc); // a permutation
      assertEquals(List.of("c", "b", "a"), titles(folder.docs));

      assertThrows(IllegalArgumentException.class, () -> folder.docs.replaceAll(doc -> a));
      assertEquals(List.of("c", "b", "a"), titles(folder.docs), "nothing changed");

      folder.docs.replaceAll(doc -> doc == b ? d : doc);
      assertEquals(List.of("c", "d", "a"), titles(folder.docs));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(b));
    }
    assertEquals(List.of("a", "c", "d"), linked(db));
  }

  @DatabaseTest
  void subListIteratorRemoveAndListIteratorSetChangeTheRelation(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = folder(session);
      folder.docs.add(d);
      folder.docs.subList(1, 3).clear(); // b and c
      assertEquals(List.of("a", "d"), titles(folder.docs));

      Iterator<Doc> it = folder.docs.iterator();
      it.next();
      it.remove(); // a
      assertEquals(List.of("d"), titles(folder.docs));

      Doc e = new Doc("e");
      ListIterator<Doc> li = folder.docs.listIterator();
      li.next();
      li.set(e); // replaces d
      li.add(a); // a again, after e
      assertEquals(List.of("e", "a"), titles(folder.docs));
      assertSame(folder, e.folder.get());
      assertEquals(null, d.folder.get());
      session.commit();
    }
    assertEquals(List.of("a", "e"), linked(db));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"doc\""), "b, c and d were orphans");
  }
}
