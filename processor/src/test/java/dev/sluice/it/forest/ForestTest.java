package dev.sluice.it.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Map;

/**
 * Two self-referential DELETE cascades on one table: a delete follows both edges, through
 * loaded and unloaded rows and in a bulk delete, and leaves other trees alone.
 */
class ForestTest {
  /** root owns b; root's child a owns x; b's child y; "other" is a separate tree. */
  private static void addForest(Session session) {
    ForestNode root = new ForestNode("root");
    ForestNode a = new ForestNode("a");
    ForestNode b = new ForestNode("b");
    root.children.add(a);
    root.owned.add(b);
    a.owned.add(new ForestNode("x"));
    b.children.add(new ForestNode("y"));
    ForestNode other = new ForestNode("other");
    other.children.add(new ForestNode("z"));
    session.add(root);
    session.add(other);
    session.commit();
  }

  @DatabaseTest
  void deletingALoadedRootDeletesAlongBothEdges(TestDatabase db) {
    SessionFactory factory = db.create(ForestSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addForest(session);
      ForestNode root = new ForestNodeDao(session).where("name = 'root'").one();
      session.delete(root);
      session.commit();
    }
    assertEquals(List.of("other", "z"),
        db.column("SELECT \"name\" FROM \"forest_node\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void deletingAnUnloadedRootDeletesAlongBothEdges(TestDatabase db) {
    SessionFactory factory = db.create(ForestSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addForest(session);
      session.expungeAll();
      ForestNode root = new ForestNodeDao(session).where("name = 'root'").one();
      session.delete(root);
      session.commit();
    }
    assertEquals(List.of("other", "z"),
        db.column("SELECT \"name\" FROM \"forest_node\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void deleteWhereDeletesAlongBothEdges(TestDatabase db) {
    SessionFactory factory = db.create(ForestSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      addForest(session);
      session.expungeAll();
      assertEquals(1, new ForestNodeDao(session).deleteWhere("name = :n", Map.of("n", "root")));
      session.commit();
    }
    assertEquals(List.of("other", "z"),
        db.column("SELECT \"name\" FROM \"forest_node\" ORDER BY \"name\""));
  }
}
