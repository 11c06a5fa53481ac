package dev.sluice.conformance.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Item;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.Keyword;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.MAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.MUser;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.NAddress;
import dev.sluice.conformance.unitofwork.UnitOfWorkModel.NUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** test_unitofwork.py ManyToOneTest and ManyToManyTest. */
class ManyToOneTest {
  // test_unitofwork.py ManyToOneTest.test_m2o_one_to_one
  @DatabaseTest
  void manyToOneReplacedByANewObject(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      List<MAddress> objects = new ArrayList<>();
      String[][] data = {{"thesub", "bar@foo.com"}, {"assdkfj", "thesdf@asdf.com"},
          {"n4knd", "asf3@bar.org"}, {"v88f4", "adsd5@llala.net"},
          {"asdf8d", "theater@foo.com"}};
      for (String[] row : data) {
        MAddress a = new MAddress(row[1]);
        a.user.set(new MUser(row[0]));
        objects.add(a);
        session.add(a);
      }
      session.flush();
      objects.get(2).emailAddress = "imnew@foo.bar";
      objects.get(3).user.set(new MUser("imnewlyadded"));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("INSERT m_users", "UPDATE m_addresses", "UPDATE m_addresses"),
          db.writes());
      MAddress last = objects.get(4);
      assertEquals(List.of("asdf8d"), Rows.strings(db, "SELECT u.\"name\" FROM \"m_users\" u"
          + " JOIN \"m_addresses\" a ON a.\"user_id\" = u.\"id\" WHERE a.\"id\" = " + last.id));
      assertEquals(List.of(objects.get(3).user.get().id), Rows.longs(db,
          "SELECT \"user_id\" FROM \"m_addresses\" WHERE \"id\" = " + objects.get(3).id));
    }
  }

  // test_unitofwork.py ManyToOneTest.test_many_to_one_1
  @DatabaseTest
  void manyToOneSetAndCleared(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      MAddress a1 = new MAddress("emailaddress1");
      MUser u1 = new MUser("user1");
      a1.user.set(u1);
      session.add(a1);
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      u1 = session.get(MUser.class, u1.id);
      assertSame(u1, a1.user.get());
      a1.user.set(null);
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      session.get(MUser.class, u1.id);
      assertNull(a1.user.get());
    }
  }

  // test_unitofwork.py ManyToOneTest.test_many_to_one_2
  @DatabaseTest
  void manyToOneMovedToAnotherChild(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      MAddress a1 = new MAddress("emailaddress1");
      MAddress a2 = new MAddress("emailaddress2");
      MUser u1 = new MUser("user1");
      a1.user.set(u1);
      session.addAll(List.of(a1, a2));
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      a2 = session.get(MAddress.class, a2.id);
      u1 = session.get(MUser.class, u1.id);
      assertSame(u1, a1.user.get());
      a1.user.set(null);
      a2.user.set(u1);
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      a2 = session.get(MAddress.class, a2.id);
      u1 = session.get(MUser.class, u1.id);
      assertNull(a1.user.get());
      assertSame(u1, a2.user.get());
    }
  }

  // test_unitofwork.py ManyToOneTest.test_many_to_one_3
  @DatabaseTest
  void manyToOneSwitched(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      MAddress a1 = new MAddress("emailaddress1");
      MUser u1 = new MUser("user1");
      MUser u2 = new MUser("user2");
      a1.user.set(u1);
      session.addAll(List.of(a1, u1, u2));
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      u1 = session.get(MUser.class, u1.id);
      u2 = session.get(MUser.class, u2.id);
      assertSame(u1, a1.user.get());
      a1.user.set(u2);
      session.flush();
      session.expungeAll();
      a1 = session.get(MAddress.class, a1.id);
      session.get(MUser.class, u1.id);
      u2 = session.get(MUser.class, u2.id);
      assertSame(u2, a1.user.get());
    }
  }

  // test_unitofwork.py ManyToOneTest.test_bidirectional_no_load
  @DatabaseTest
  void bidirectionalNoLoad(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      NUser u1 = new NUser("u1");
      NAddress a1 = new NAddress("e1");
      a1.user.set(u1);
      session.add(u1);
      session.flush();
      session.expungeAll();
      a1 = session.get(NAddress.class, a1.id);
      a1.user.set(null);
      session.flush();
      session.expungeAll();
      assertNull(session.get(NAddress.class, a1.id).user.get());
      assertEquals(List.of(), session.get(NUser.class, u1.id).addresses);
    }
  }

  // test_unitofwork.py ManyToManyTest.test_many_to_many
  @DatabaseTest
  void manyToMany(TestDatabase db) {
    SessionFactory factory = db.create(UnitOfWorkSchema_Metadata.INSTANCE);
    Map<String, List<String>> data = new java.util.LinkedHashMap<>();
    data.put("mm_item1", List.of("big", "green", "purple", "round"));
    data.put("mm_item2", List.of("blue", "imnew", "round", "small"));
    data.put("mm_item3", List.of());
    data.put("mm_item4", List.of("big", "blue"));
    data.put("mm_item5", List.of("big", "exacting", "green"));
    data.put("mm_item6", List.of("red", "round", "small"));
    try (Session session = factory.openSession()) {
      Map<String, Keyword> keywords = new HashMap<>();
      List<Item> objects = new ArrayList<>();
      data.forEach((description, names) -> {
        Item item = new Item(description);
        objects.add(item);
        for (String name : names) {
          item.keywords.add(keywords.computeIfAbsent(name, Keyword::new));
        }
      });
      session.addAll(objects);
      session.flush();
      List<Item> result = session.query(Item.class).orderBy("description").list();
      for (Item item : result) {
        assertEquals(data.get(item.description),
            item.keywords.stream().map(k -> k.name).toList(), item.description);
      }

      objects.get(4).description = "item4updated";
      Keyword k = new Keyword("yellow");
      objects.get(5).keywords.add(k);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("UPDATE items", "INSERT keywords", "INSERT item_keywords"),
          db.writes());

      objects.get(2).keywords.add(k);
      objects.get(5).keywords.remove(1);
      db.clearStatements();
      session.commit();
      assertEquals(List.of("DELETE item_keywords", "INSERT item_keywords"), db.writes());
    }
  }
}
