package dev.sluice.conformance.naturalpks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NuAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NuUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.UAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.UUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;

/** test_naturalpks.py NonPKCascadeTest: foreign keys to a UNIQUE column that changes. */
class NonPkCascadeTest {
  /** A column read inside the session's transaction, as SQLAlchemy's session.execute. */
  private static List<String> strings(Session sess, String sql) {
    return sess.handle().createQuery(sql).mapTo(String.class).list();
  }

  // test_naturalpks.py NonPKCascadeTest.test_onetomany_passive
  @DatabaseTest
  void aUniqueValueCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    String addresses = "SELECT \"username\" FROM \"u_addresses\" ORDER BY \"id\"";
    try (Session sess = factory.openSession()) {
      UUser u1 = new UUser("jack", "jack");
      u1.addresses.add(new UAddress("jack1"));
      u1.addresses.add(new UAddress("jack2"));
      sess.add(u1);
      sess.flush();
      UAddress a1 = u1.addresses.get(0);
      assertEquals(List.of("jack", "jack"), strings(sess, addresses));
      assertSame(a1, sess.get(UAddress.class, a1.id));

      u1.username = "ed";
      sess.flush();
      assertEquals("ed", u1.addresses.get(0).username);
      assertEquals(List.of("ed", "ed"), strings(sess, addresses));

      sess.expungeAll();
      UUser ed = sess.get(UUser.class, u1.id);
      ed.username = "jack";
      db.clearStatements();
      sess.flush();
      assertEquals(1, db.statements().size(), db.statements().toString());
      sess.expungeAll();
      UUser jack = sess.get(UUser.class, u1.id);
      assertEquals(List.of("jack", "jack"), jack.addresses.stream().map(a -> a.username)
          .toList());

      jack.addresses.clear();
      jack.username = "fred";
      sess.flush();
      sess.expungeAll();
      assertNull(sess.get(UAddress.class, a1.id).username);
      sess.commit();
      assertEquals(Arrays.asList(null, null), Rows.strings(db, addresses));
      assertEquals("fred", sess.get(UUser.class, u1.id).username);
    }
  }

  // test_naturalpks.py NonPKCascadeTest.test_onetomany_nonpassive
  @DatabaseTest
  void aUniqueValuePropagatedBySluice(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    String addresses = "SELECT \"username\" FROM \"nu_addresses\" ORDER BY \"id\"";
    try (Session sess = factory.openSession()) {
      NuUser u1 = new NuUser("jack", "jack");
      u1.addresses.add(new NuAddress("jack1"));
      u1.addresses.add(new NuAddress("jack2"));
      sess.add(u1);
      sess.flush();
      NuAddress a1 = u1.addresses.get(0);
      assertEquals(List.of("jack", "jack"), strings(sess, addresses));
      assertSame(a1, sess.get(NuAddress.class, a1.id));

      u1.username = "ed";
      sess.flush();
      assertEquals("ed", u1.addresses.get(0).username);
      assertEquals(List.of("ed", "ed"), strings(sess, addresses));

      sess.expungeAll();
      NuUser ed = sess.get(NuUser.class, u1.id);
      ed.username = "jack";
      db.clearStatements();
      sess.flush();
      // load the addresses, update the user, update both addresses in one batch
      assertEquals(3, db.statements().size(), db.statements().toString());
      sess.expungeAll();
      NuUser jack = sess.get(NuUser.class, u1.id);
      assertEquals(List.of("jack", "jack"), jack.addresses.stream().map(a -> a.username)
          .toList());

      jack.addresses.clear();
      jack.username = "fred";
      sess.flush();
      sess.expungeAll();
      assertNull(sess.get(NuAddress.class, a1.id).username);
      sess.commit();
      assertEquals(Arrays.asList(null, null), Rows.strings(db, addresses));
      assertEquals("fred", sess.get(NuUser.class, u1.id).username);
    }
  }
}
