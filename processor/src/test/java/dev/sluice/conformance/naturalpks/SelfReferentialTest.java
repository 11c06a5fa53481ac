package dev.sluice.conformance.naturalpks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.naturalpks.NaturalPkModel.M2oNode;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Node;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpNode;
import dev.sluice.conformance.naturalpks.NaturalPkModel.O2mNode;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_naturalpks.py SelfReferentialTest: a tree keyed by name whose root is renamed. */
class SelfReferentialTest {
  private static List<String> parentsOfChildren(TestDatabase db, String table) {
    return Rows.strings(db, "SELECT \"parent\" FROM \"" + table
        + "\" WHERE \"name\" IN ('n11', 'n12', 'n13') ORDER BY \"name\"");
  }

  // test_naturalpks.py SelfReferentialTest.test_one_to_many_on_m2o
  @DatabaseTest
  void renameReachesChildrenThroughTheirManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      M2oNode n1 = new M2oNode("n1");
      sess.add(n1);
      for (String name : List.of("n11", "n12", "n13")) {
        M2oNode child = new M2oNode(name);
        child.parentnode.set(n1);
        sess.add(child);
      }
      sess.commit();

      n1.name = "new n1";
      sess.commit();
      assertEquals(List.of("new n1", "new n1", "new n1"), sess.query(M2oNode.class)
          .where("\"name\" IN ('n11', 'n12', 'n13')").list().stream().map(n -> n.parent)
          .toList());
    }
    assertEquals(List.of("new n1", "new n1", "new n1"), parentsOfChildren(db, "m2o_nodes"));
  }

  // test_naturalpks.py SelfReferentialTest.test_one_to_many_on_o2m
  @DatabaseTest
  void renameReachesChildrenThroughTheCollection(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      O2mNode n1 = new O2mNode("n1");
      for (String name : List.of("n11", "n12", "n13")) {
        n1.children.add(new O2mNode(name));
      }
      sess.add(n1);
      sess.commit();

      n1.name = "new n1";
      sess.commit();
      assertEquals("new n1", n1.children.get(1).parent);
      assertEquals(List.of("new n1", "new n1", "new n1"), sess.query(O2mNode.class)
          .where("\"name\" IN ('n11', 'n12', 'n13')").list().stream().map(n -> n.parent)
          .toList());
    }
    assertEquals(List.of("new n1", "new n1", "new n1"), parentsOfChildren(db, "o2m_nodes"));
  }

  // test_naturalpks.py SelfReferentialTest.test_many_to_one_passive
  @DatabaseTest
  void renameCascadedByTheDatabaseToAManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = new Node("n1");
      sess.add(n1);
      for (String name : List.of("n11", "n12", "n13")) {
        Node child = new Node(name);
        child.parentnode.set(n1);
        sess.add(child);
      }
      sess.commit();

      n1.name = "new n1";
      sess.commit();
      assertEquals(List.of("new n1", "new n1", "new n1"), sess.query(Node.class)
          .where("\"name\" IN ('n11', 'n12', 'n13')").list().stream().map(n -> n.parent)
          .toList());
    }
    assertEquals(List.of("new n1", "new n1", "new n1"), parentsOfChildren(db, "nodes"));
  }

  // test_naturalpks.py SelfReferentialTest.test_many_to_one_nonpassive
  @DatabaseTest
  void renamePropagatedBySluiceToAManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      NpNode n1 = new NpNode("n1");
      sess.add(n1);
      for (String name : List.of("n11", "n12", "n13")) {
        NpNode child = new NpNode(name);
        child.parentnode.set(n1);
        sess.add(child);
      }
      sess.commit();

      n1.name = "new n1";
      sess.commit();
      assertEquals(List.of("new n1", "new n1", "new n1"), sess.query(NpNode.class)
          .where("\"name\" IN ('n11', 'n12', 'n13')").list().stream().map(n -> n.parent)
          .toList());
    }
    assertEquals(List.of("new n1", "new n1", "new n1"), parentsOfChildren(db, "np_nodes"));
  }
}
