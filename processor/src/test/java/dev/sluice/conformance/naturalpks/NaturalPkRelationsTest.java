package dev.sluice.conformance.naturalpks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.conformance.naturalpks.NaturalPkModel.BAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.BUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.IUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Item;
import dev.sluice.conformance.naturalpks.NaturalPkModel.MAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.MUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NbAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NbUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NmAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NmUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NoAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NoUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.OAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.OUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * test_naturalpks.py NaturalPKTest: a changed primary key reaching many-to-one, one-to-one,
 * bidirectional and many-to-many relations, by the database or by Sluice.
 */
class NaturalPkRelationsTest {
  // test_naturalpks.py NaturalPKTest.test_manytoone_passive
  @DatabaseTest
  void manyToOneKeyCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      MAddress a1 = new MAddress("jack1");
      MAddress a2 = new MAddress("jack2");
      MAddress a3 = new MAddress("fred");
      MUser u1 = new MUser("jack", "jack");
      a1.user.set(u1);
      a2.user.set(u1);
      sess.addAll(List.of(a1, a2, a3));
      sess.flush();

      u1.username = "ed";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE m_users"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());
      assertEquals("ed", a1.username);
      assertEquals("ed", a2.username);

      sess.expungeAll();
      List<MAddress> all = sess.query(MAddress.class).orderBy("\"email\"").list();
      assertNull(all.get(0).user.get());
      assertEquals(List.of("ed", "ed"), List.of(all.get(1).username, all.get(2).username));
    }
  }

  // test_naturalpks.py NaturalPKTest.test_manytoone_nonpassive
  // differs: Sluice first SELECTs the rows that reference the old key, so it reaches rows not
  // in the session too (one statement more than SQLAlchemy's two); semantics row "changed
  // primary key or referenced UNIQUE column, passiveUpdates = false"
  @DatabaseTest
  void manyToOneKeyPropagatedBySluice(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      NmAddress a1 = new NmAddress("jack1");
      NmAddress a2 = new NmAddress("jack2");
      NmAddress a3 = new NmAddress("fred");
      NmUser u1 = new NmUser("jack", "jack");
      a1.user.set(u1);
      a2.user.set(u1);
      sess.addAll(List.of(a1, a2, a3));
      sess.flush();

      u1.username = "ed";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("SELECT", "UPDATE nm_users", "UPDATE nm_addresses"),
          db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());
      assertEquals("ed", a1.username);
      assertEquals("ed", a2.username);

      sess.expungeAll();
      List<NmAddress> all = sess.query(NmAddress.class).orderBy("\"email\"").list();
      assertNull(all.get(0).user.get());
      assertEquals(List.of("ed", "ed"), List.of(all.get(1).username, all.get(2).username));
    }
  }

  // test_naturalpks.py NaturalPKTest.test_manytoone_nonpassive_cold_mapping
  // differs: Sluice first SELECTs the rows that reference the old key, so it reaches rows not
  // in the session too (one statement more than SQLAlchemy's two); semantics row "changed
  // primary key or referenced UNIQUE column, passiveUpdates = false"
  @DatabaseTest
  void manyToOneKeyPropagatedWhenOnlyTheRowsWereLoaded(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    db.jdbi().useHandle(h -> {
      h.execute("INSERT INTO \"nm_users\" (\"username\", \"fullname\") VALUES ('jack', 'jack')");
      h.execute("INSERT INTO \"nm_addresses\" (\"email\", \"username\") VALUES ('jack1', 'jack')");
      h.execute("INSERT INTO \"nm_addresses\" (\"email\", \"username\") VALUES ('jack2', 'jack')");
    });
    try (Session sess = factory.openSession()) {
      NmUser u1 = sess.query(NmUser.class).first().orElseThrow();
      List<NmAddress> addresses = sess.query(NmAddress.class).list();
      u1.username = "ed";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("SELECT", "UPDATE nm_users", "UPDATE nm_addresses"),
          db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      assertEquals(List.of("ed", "ed"), addresses.stream().map(a -> a.username).toList());
    }
  }

  // test_naturalpks.py NaturalPKTest.test_onetoone_passive
  @DatabaseTest
  void oneToOneKeyCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OUser u1 = new OUser("jack");
      sess.add(u1);
      sess.flush();
      OAddress a1 = new OAddress("jack1");
      u1.address.set(a1);
      sess.add(a1);
      sess.flush();

      u1.username = "ed";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE o_users"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());
      sess.expungeAll();
      assertEquals(List.of("ed"), sess.query(OAddress.class).list().stream()
          .map(a -> a.username).toList());
    }
  }

  // test_naturalpks.py NaturalPKTest.test_onetoone_nonpassive
  @DatabaseTest
  void oneToOneKeyPropagatedBySluice(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      NoUser u1 = new NoUser("jack");
      sess.add(u1);
      sess.flush();
      NoAddress a1 = new NoAddress("jack1");
      u1.address.set(a1);
      sess.add(a1);
      sess.flush();

      u1.username = "ed";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE no_users", "UPDATE no_addresses"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());
      sess.expungeAll();
      assertEquals(List.of("ed"), sess.query(NoAddress.class).list().stream()
          .map(a -> a.username).toList());
    }
  }

  // test_naturalpks.py NaturalPKTest.test_bidirectional_passive
  @DatabaseTest
  void bidirectionalKeyCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      BAddress a1 = new BAddress("jack1");
      BAddress a2 = new BAddress("jack2");
      BUser u1 = new BUser("jack", "jack");
      a1.user.set(u1);
      a2.user.set(u1);
      sess.addAll(List.of(a1, a2));
      sess.flush();

      u1.username = "ed";
      List<BAddress> loaded = sess.query(BAddress.class).list();
      assertEquals(List.of("jack", "jack"), loaded.stream().map(a -> a.username).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE b_users"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      assertEquals(List.of("ed", "ed"), loaded.stream().map(a -> a.username).toList());
      sess.expungeAll();
      assertEquals(List.of("ed", "ed"), sess.query(BAddress.class).list().stream()
          .map(a -> a.username).toList());

      BUser ed = sess.get(BUser.class, "ed");
      assertEquals(2, ed.addresses.size());
      ed.username = "fred";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE b_users"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      sess.expungeAll();
      assertEquals(List.of("fred", "fred"), sess.query(BAddress.class).list().stream()
          .map(a -> a.username).toList());
    }
  }

  // test_naturalpks.py NaturalPKTest.test_bidirectional_nonpassive
  @DatabaseTest
  void bidirectionalKeyPropagatedBySluice(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      NbAddress a1 = new NbAddress("jack1");
      NbAddress a2 = new NbAddress("jack2");
      NbUser u1 = new NbUser("jack", "jack");
      a1.user.set(u1);
      a2.user.set(u1);
      sess.addAll(List.of(a1, a2));
      sess.flush();

      u1.username = "ed";
      List<NbAddress> loaded = sess.query(NbAddress.class).list();
      assertEquals(List.of("jack", "jack"), loaded.stream().map(a -> a.username).toList());
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE nb_users", "UPDATE nb_addresses"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      assertEquals(List.of("ed", "ed"), loaded.stream().map(a -> a.username).toList());
      sess.expungeAll();
      assertEquals(List.of("ed", "ed"), sess.query(NbAddress.class).list().stream()
          .map(a -> a.username).toList());

      NbUser ed = sess.get(NbUser.class, "ed");
      assertEquals(2, ed.addresses.size());
      ed.username = "fred";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE nb_users", "UPDATE nb_addresses"), db.statements().stream()
          .map(NaturalPkRelationsTest::verb).toList());
      sess.expungeAll();
      assertEquals(List.of("fred", "fred"), sess.query(NbAddress.class).list().stream()
          .map(a -> a.username).toList());
    }
  }

  // test_naturalpks.py NaturalPKTest.test_manytomany_passive
  @DatabaseTest
  void manyToManyKeysCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      IUser u1 = new IUser("jack");
      IUser u2 = new IUser("fred");
      Item i1 = new Item("item1");
      Item i2 = new Item("item2");
      u1.items.add(i1);
      u1.items.add(i2);
      i2.users.add(u2);
      sess.add(u1);
      sess.add(u2);
      sess.flush();

      List<Item> r = sess.query(Item.class).list();
      assertEquals(List.of("item1", "item2"), r.stream().map(i -> i.itemname).toList());
      assertEquals(List.of("jack"), names(r.get(0)));
      assertEquals(List.of("jack", "fred"), names(r.get(1)));

      u2.username = "ed";
      sess.flush();
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());

      sess.expungeAll();
      r = sess.query(Item.class).list();
      assertEquals(List.of("jack"), names(r.get(0)));
      assertEquals(List.of("ed", "jack"), names(r.get(1)).stream().sorted().toList());

      sess.expungeAll();
      IUser ed = sess.get(IUser.class, "ed");
      ed.username = "wendy";
      sess.flush();
      assertEquals(List.of("item2"), ed.items.stream().map(i -> i.itemname).toList());
      sess.commit();
    }
    assertEquals(List.of("jack", "jack", "wendy"), db.column(
        "SELECT \"username\" FROM \"users_to_items\" ORDER BY \"itemname\", \"username\""));
  }

  private static List<String> names(Item item) {
    return item.users.stream().map(u -> u.username).toList();
  }

  /** "VERB table" of a statement, or the statement itself when it writes nothing. */
  static String verb(String sql) {
    String[] words = sql.trim().split("\\s+");
    String table = switch (words[0].toUpperCase(java.util.Locale.ROOT)) {
      case "UPDATE" -> words[1];
      case "INSERT", "DELETE" -> words[2];
      default -> "";
    };
    return table.isEmpty() ? words[0].toUpperCase(java.util.Locale.ROOT)
        : words[0].toUpperCase(java.util.Locale.ROOT) + " " + table.replace("\"", "");
  }
}
