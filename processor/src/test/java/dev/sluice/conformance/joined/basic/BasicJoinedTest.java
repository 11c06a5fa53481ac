package dev.sluice.conformance.joined.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Ports of SQLAlchemy's test/orm/inheritance/test_basic.py cases that map joined tables. The
 * originals' hierarchies without a discriminator get one (Sluice loads every hierarchy
 * polymorphically), which the behaviour they check does not depend on.
 */
class BasicJoinedTest {
  // test_basic.py O2MTest.test_basic
  @DatabaseTest
  void aManyToOneFromAThirdLevelClassToTheRootLoadsBack(TestDatabase db) {
    SessionFactory factory = db.create(BasicJoinedSchema_Metadata.INSTANCE);
    String compare;
    try (Session session = factory.openSession()) {
      Blub b1 = new Blub("blub #1");
      Blub b2 = new Blub("blub #2");
      Foo f = new Foo("foo #1");
      session.add(b1);
      session.add(b2);
      session.add(f);
      b1.parentFoo.set(f);
      b2.parentFoo.set(f);
      session.flush();
      compare = String.join(",", b1.toString(), b2.toString(), b1.parentFoo.get().toString(),
          b2.parentFoo.get().toString());
      session.commit();
    }
    try (Session session = factory.openSession()) {
      List<Blub> result = session.query(Blub.class).orderBy("id").list();
      assertEquals(compare, String.join(",", result.get(0).toString(),
          result.get(1).toString(), result.get(0).parentFoo.get().toString(),
          result.get(1).parentFoo.get().toString()));
      assertEquals("foo #1", result.get(0).parentFoo.get().data);
      assertEquals("foo #1", result.get(1).parentFoo.get().data);
    }
  }

  // test_basic.py GetTest.test_get
  // The polymorphic case; Blub's table is keyed by Bar's id (the original gives it its own).
  @DatabaseTest
  void getFindsEachObjectByItsClassOrAnAncestorWithoutSql(TestDatabase db) {
    SessionFactory factory = db.create(BasicJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Foo f = new Foo();
      Bar b = new Bar();
      Blub bl = new Blub();
      session.add(f);
      session.add(b);
      session.add(bl);
      session.flush();
      db.clearStatements();
      assertSame(f, session.get(Foo.class, f.id));
      assertSame(b, session.get(Foo.class, b.id));
      assertSame(bl, session.get(Foo.class, bl.id));
      assertSame(b, session.get(Bar.class, b.id));
      assertSame(bl, session.get(Bar.class, bl.id));
      assertSame(bl, session.get(Blub.class, bl.id));
      // the key is in the identity map, as an object of a class that is not the one asked for
      assertNull(session.get(Blub.class, f.id));
      assertNull(session.get(Blub.class, b.id));
      assertNull(session.get(Bar.class, f.id));
      assertEquals(List.of(), db.statements(), "no SQL");
    }
  }

  // test_basic.py JoinedNoFKSortingTest.test_ordering
  @DatabaseTest
  void theBaseRowsAreInsertedBeforeTheRowsOfTablesWithALogicalKey(TestDatabase db) {
    SessionFactory factory = db.create(BasicJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      B b1 = new B();
      C c1 = new C();
      B b2 = new B();
      C c2 = new C();
      for (A a : List.of(b1, c1, b2, c2)) {
        session.add(a);
      }
      db.clearStatements();
      session.flush();
      List<String> inserts = db.statements("INSERT");
      // one batch into a (its rows' ids generated), then the rows of b and c by those ids
      assertEquals("a", tables(inserts).get(0), inserts.toString());
      assertEquals(List.of("b", "b", "c", "c"), tables(inserts.subList(1, inserts.size()))
          .stream().sorted().toList(), inserts.toString());
      session.commit();
    }
    assertEquals(4, db.number("SELECT COUNT(*) FROM a"));
    assertEquals(2, db.number("SELECT COUNT(*) FROM a JOIN b ON b.id = a.id WHERE type = 'b'"));
    assertEquals(2, db.number("SELECT COUNT(*) FROM a JOIN c ON c.id = a.id WHERE type = 'c'"));
  }

  // test_basic.py CascadeTest.test_cascade
  @DatabaseTest
  void aCascadeContinuesAlongTheRelationsOfEachObjectsOwnClass(TestDatabase db) {
    SessionFactory factory = db.create(BasicJoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      T1 t1 = new T1("t1");
      T3 t3 = new T3("t3", "t3");
      T2 t2 = new T2("t2");
      t1.t2s.add(t2);
      t1.t2s.add(t3);
      T4 t4 = new T4("t4");
      t3.t4s.add(t4);
      session.add(t1);
      assertTrue(session.newObjects().contains(t4));
      session.flush();
      session.delete(t1);
      // T3's own relation, not only those of T2 that t1's relation names
      assertTrue(session.deletedObjects().contains(t4));
      session.flush();
      session.commit();
    }
    for (String table : List.of("t1", "t2", "t3", "t4")) {
      assertEquals(0, db.number("SELECT COUNT(*) FROM " + table), table);
    }
  }

  /** The table each INSERT writes. */
  private static List<String> tables(List<String> inserts) {
    return inserts.stream().map(sql -> sql.split("\"")[1]).toList();
  }
}
