package dev.sluice.conformance.unitofwork;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.unitofwork.MultiPkModel.DatedEntry;
import dev.sluice.conformance.unitofwork.MultiPkModel.Entry;
import dev.sluice.conformance.unitofwork.MultiPkModel.T1;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import java.time.LocalDate;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** test_unitofwork.py PKTest and PartialNullPKTest: primary keys of several columns. */
class MultiPkTest {
  // test_unitofwork.py PKTest.test_primary_key
  // differs: a generated column in a composite key is a compile error (E146); the original
  // fails on SQLite too, which generates only a key of one column
  @Test
  void aGeneratedPartOfACompositeKeyIsRejected() {
    JavaFileObject entry = source("Entry", "@Entity(table = \"multipk1\") class Entry {",
        "  @Id @GeneratedValue Integer multiId;", "  @Id Integer multiRev;",
        "  @Column(nullable = false) String name;", "  String value;", "}");
    JavaFileObject schema = source("S", "@Schema(entities = Entry.class) interface S {}");
    assertRejected("SLUICE-E146", entry, schema);
  }

  // test_unitofwork.py PKTest.test_manual_pk
  @DatabaseTest
  void aKeyOfTwoStringsIsWrittenAndFound(TestDatabase db) {
    try (Session session = db.create(MultiPkSchema_Metadata.INSTANCE).openSession()) {
      Entry e = new Entry("pk1", "pk1_related", "im the data");
      session.add(e);
      session.flush();
      assertSame(e, session.get(Entry.class, List.of("pk1", "pk1_related")));
      session.expungeAll();
      Entry loaded = session.get(Entry.class, List.of("pk1", "pk1_related"));
      assertNotSame(e, loaded);
      assertEquals("im the data", loaded.data);
      session.commit();
    }
    assertEquals(List.of("pk1|pk1_related|im the data"), db.rows("SELECT * FROM \"multipk2\"")
        .stream().map(r -> r.get("pk_col_1") + "|" + r.get("pk_col_2") + "|" + r.get("data"))
        .toList());
  }

  // test_unitofwork.py PKTest.test_key_pks
  @DatabaseTest
  void aKeyOfRenamedColumnsAndADateIsWrittenAndFound(TestDatabase db) {
    LocalDate today = LocalDate.now();
    try (Session session = db.create(MultiPkSchema_Metadata.INSTANCE).openSession()) {
      DatedEntry e = new DatedEntry("pk1", "pk2", today, "some more data");
      session.add(e);
      session.flush();
      session.expungeAll();
      DatedEntry loaded = session.get(DatedEntry.class, List.of("pk1", "pk2", today));
      assertEquals("some more data", loaded.data);
      assertEquals(today, loaded.assigned);
      session.commit();
    }
    assertEquals(1L, db.number("SELECT COUNT(*) FROM \"multipk3\" WHERE \"pri_code\" = 'pk1'"
        + " AND \"sec_code\" = 'pk2'"));
  }

  // test_unitofwork.py PartialNullPKTest.test_total_null
  @DatabaseTest
  void aNewRowWithoutAnyKeyValueFailsTheFlush(TestDatabase db) {
    try (Session session = db.create(MultiPkSchema_Metadata.INSTANCE).openSession()) {
      T1 t = new T1(null, null);
      session.add(t);
      InvalidRequestException e = assertThrows(InvalidRequestException.class, session::commit);
      assertTrue(e.getMessage().startsWith("A new T1 has no value for col1 and col2 of its"
          + " primary key [col1, col2]"), e.getMessage());
      assertTrue(session.newObjects().contains(t));
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"t1\""));
  }
}
