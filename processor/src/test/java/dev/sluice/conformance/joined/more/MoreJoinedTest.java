package dev.sluice.conformance.joined.more;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Ports of the remaining joined-table cases of SQLAlchemy's test/orm/inheritance/test_basic.py
 * and test_relationship.py. Where the original gives a subclass table a key of its own beside
 * the one joined to its superclass's, Sluice keys the table by the joined one alone.
 */
class MoreJoinedTest {
  // test_basic.py PassiveDeletesTest.test_none
  @DatabaseTest
  void deletingAThirdLevelObjectDeletesItsRowsDeepestTableFirst(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new PdA(1));
      session.add(new PdB(2));
      session.add(new PdC(3));
      session.commit();
      PdB c1 = session.query(PdB.class).where("id = 3").first().orElseThrow();
      assertInstanceOf(PdC.class, c1);
      session.delete(c1);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("DELETE FROM \"c\" WHERE \"id\" = ?",
          "DELETE FROM \"b\" WHERE \"id\" = ?", "DELETE FROM \"a\" WHERE \"id\" = ?"),
          db.statements());
      session.commit();
    }
    assertEquals(List.of(1L, 2L), db.column("SELECT id FROM a ORDER BY id").stream()
        .map(id -> ((Number) id).longValue()).toList());
  }

  // test_basic.py FlushTest.test_one
  @DatabaseTest
  void anInheritedManyToManyOfAJoinedSubclassWritesItsLinkOnce(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Role adminRole = new Role();
      session.add(adminRole);
      session.flush();
      Admin a = new Admin();
      a.roles.add(adminRole);
      a.password = "admin";
      session.add(a);
      session.flush();
      session.commit(); // the count below reads through another connection
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM user_roles"));
  }

  // test_basic.py FlushTest.test_two
  @DatabaseTest
  void anUpdateOfAJoinedSubclassLeavesItsLinksAlone(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Role adminRole = new Role("admin");
      session.add(adminRole);
      session.flush();
      Admin a = new Admin("tim", "admin");
      a.roles.add(adminRole);
      session.add(a);
      session.flush();
      a.password = "sadmin";
      session.flush();
      session.commit(); // the count below reads through another connection
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM user_roles"));
    try (Session session = factory.openSession()) {
      User tim = session.query(User.class).one();
      assertInstanceOf(Admin.class, tim);
      assertEquals("sadmin", tim.password);
      assertEquals("admin", tim.roles.get(0).description);
    }
  }

  // test_relationship.py EagerToSubclassTest.test_joinedload
  @DatabaseTest
  void aJoinedLoadOfJoinedSubclassRowsIsOneStatement(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      EtsRelated r1 = new EtsRelated("r1");
      EtsRelated r2 = new EtsRelated("r2");
      EtsParent p1 = new EtsParent("p1");
      EtsParent p2 = new EtsParent("p2");
      for (String data : List.of("s1", "s2", "s3")) {
        p1.children.add(new EtsSub(data));
      }
      for (String data : List.of("s4", "s5")) {
        p2.children.add(new EtsSub(data));
      }
      p1.children.get(0).related.set(r1);
      p1.children.get(1).related.set(r2);
      p2.children.get(0).related.set(r2);
      session.add(p1);
      session.add(p2);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      db.clearStatements();
      List<EtsParent> parents = session.query(EtsParent.class).orderBy("data").list();
      assertEquals(List.of("p1 [s1, s2, s3]", "p2 [s4, s5]"), parents.stream()
          .map(p -> p.data + " " + p.children.stream().map(c -> c.data).toList()).toList());
      assertEquals(1, db.statements().size(), db.statements().toString());
    }
  }

  @DatabaseTest
  void aJoinedSubclasssOwnJoinedRelationLoadsInTheSameStatement(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      EtsOther a = new EtsOther("a");
      a.toys.addAll(List.of(new EtsToy("yo-yo"), new EtsToy("kite")));
      EtsOther b = new EtsOther("b");
      session.add(a);
      session.add(b);
      EtsParent parent = new EtsParent("p");
      parent.children.add(new EtsSub("s1")); // a sibling's row, which the query leaves out
      session.add(parent);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      db.clearStatements();
      List<EtsOther> others = session.query(EtsOther.class).orderBy("label").list();
      assertEquals(List.of("a [kite, yo-yo]", "b []"), others.stream().map(o -> o.label + " "
          + o.toys.stream().map(t -> t.name).toList()).toList());
      assertEquals(1, db.statements().size(), db.statements().toString());
    }
  }

  // test_relationship.py SameNameOnJoined.test_persist
  // The original's subclass declares its own bs beside the root's; here it inherits the root's.
  @DatabaseTest
  void aJoinedSubclassCascadesItsInheritedChildren(TestDatabase db) {
    SessionFactory factory = db.create(MoreJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      SnA a = new SnA();
      SnASub sub = new SnASub();
      for (int i = 0; i < 3; i++) {
        a.bs.add(new SnB());
        sub.bs.add(new SnB());
      }
      session.add(a);
      session.add(sub);
      session.commit();
      assertEquals(6, session.query(SnB.class).count());
      for (SnA each : session.query(SnA.class).list()) {
        assertEquals(3, each.bs.size());
        session.delete(each);
      }
      session.commit();
      assertEquals(0, session.query(SnB.class).count());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM sn_a_sub"));
  }
}
