package dev.sluice.conformance.single.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Ports of test_basic.py's single-table inheritance cases. */
class BasicSingleTest {
  // test_basic.py NoPolyIdentInMiddleTest.test_load_from_middle
  @DatabaseTest
  void aQueryOfTheMiddleClassLoadsTheSubclassRow(TestDatabase db) {
    SessionFactory factory = db.create(BasicSingleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new C());
      B loaded = session.query(B.class).first().orElseThrow();
      assertEquals("c", loaded.type);
      assertInstanceOf(C.class, loaded);
    }
  }

  // test_basic.py NoPolyIdentInMiddleTest.test_load_from_base
  @DatabaseTest
  void aQueryOfTheRootLoadsTheSubclassRow(TestDatabase db) {
    SessionFactory factory = db.create(BasicSingleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new C());
      session.commit();
    }
    try (Session session = factory.openSession()) {
      A loaded = session.query(A.class).first().orElseThrow();
      assertEquals("c", loaded.type);
      assertInstanceOf(C.class, loaded);
    }
  }

  // test_basic.py NoPolyIdentInMiddleTest.test_load_multiple_from_middle
  @DatabaseTest
  void theMiddleClassQueriesTheRowsOfItsSubclassesOnly(TestDatabase db) {
    SessionFactory factory = db.create(BasicSingleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(List.of(new C(), new D(), new E()));
      assertEquals("[C, D]", session.query(B.class).orderBy("type").list().toString());
      assertEquals("[C, D, E]", session.query(A.class).orderBy("type").list().toString());
    }
  }

  @DatabaseTest
  void theRowMapperOfAnAbstractClassBuildsTheClassesBelowIt(TestDatabase db) {
    SessionFactory factory = db.create(BasicSingleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(List.of(new C(), new D(), new E()));
      session.commit();
    }
    String all = "SELECT * FROM \"base\" ORDER BY \"type\"";
    assertEquals("[C, D, E]", db.jdbi().withHandle(h -> h.createQuery(all)
        .map(A_.rowMapper(db.dialect())).list()).toString());
    assertEquals("[C, D]", db.jdbi().withHandle(h -> h.createQuery(
        "SELECT * FROM \"base\" WHERE \"type\" <> 'e' ORDER BY \"type\"")
        .map(B_.rowMapper(db.dialect())).list()).toString());
  }

  // test_basic.py DeleteOrphanTest.test_orphan_message
  // (an orphan is refused by the database's NOT NULL, not by an in-memory check)
  @DatabaseTest
  void aSubclassRowAddedWithoutItsParentIsRefusedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(BasicSingleSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new SubSingle("s1"));
      assertThrows(IntegrityException.class, session::flush);
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"single\""));
  }
}
