package dev.sluice.conformance.cycles;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallA;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallB;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallC;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallD;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.BallE;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonA;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonB;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonC;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonD;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.PersonE;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * test_cycles.py OneToManyManyToOneTest: a person with balls and a favorite ball, rows that
 * depend on each other, written with a post-update on one side.
 */
class OneToManyManyToOneTest {
  // test_cycles.py OneToManyManyToOneTest.test_cycle
  // differs: a table cycle with no postUpdate is a compile error (E329), where SQLAlchemy
  // flushes as long as no two rows depend on each other; semantics row "cycle between tables"
  @Test
  void aCycleWithoutPostUpdateIsRejected() {
    JavaFileObject ball = source("Ball", "@Entity class Ball {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  String data;", "}");
    JavaFileObject person = source("Person", "@Entity class Person {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = Ball.class) Long favoriteBallId;",
        "  String data;",
        "  @Relationship(primaryJoin = \"Ball.personId = Person.id\")",
        "  final RelatedList<Ball> balls = Person_.balls(this);",
        "  @Relationship(primaryJoin = \"Person.favoriteBallId = Ball.id\")",
        "  final RelatedRef<Ball> favorite = Person_.favorite(this);", "}");
    JavaFileObject schema =
        source("S", "@Schema(entities = {Ball.class, Person.class}) interface S {}");
    assertRejected(Diagnostic.CYCLE_NEEDS_POST_UPDATE.format("Ball -> Person -> Ball",
        "[Person.balls, Person.favorite]"), person, "Ball.personId", ball, person, schema);
  }

  // test_cycles.py OneToManyManyToOneTest.test_post_update_m2o_no_cascade
  @DatabaseTest
  void deletingAPersonClearsItsFavoriteFirst(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      BallA b = new BallA("some data");
      PersonA p = new PersonA("some data");
      p.favorite.set(b);
      sess.add(b);
      sess.add(p);
      sess.flush();

      sess.delete(p);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE person_a", "DELETE person_a"), db.writes());
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"person_a\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"ball_a\""));
  }

  // test_cycles.py OneToManyManyToOneTest.test_post_update_m2o
  @DatabaseTest
  void aFavoriteAmongTheBallsIsWrittenAfterThem(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      BallB b = new BallB("some data");
      PersonB p = new PersonB("some data");
      p.balls.add(b);
      p.balls.add(new BallB("some data"));
      p.balls.add(new BallB("some data"));
      p.balls.add(new BallB("some data"));
      p.favorite.set(b);
      sess.add(b);
      sess.add(p);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("INSERT person_b", "INSERT ball_b", "UPDATE person_b"), db.writes());
      assertEquals(List.of(p.id, p.id, p.id, p.id),
          p.balls.stream().map(ball -> ball.personId).toList());
      assertEquals(b.id, p.favoriteBallId);

      sess.delete(p);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE person_b", "DELETE ball_b", "DELETE person_b"), db.writes());
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"ball_b\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"person_b\""));
  }

  // test_cycles.py OneToManyManyToOneTest.test_post_update_backref
  @DatabaseTest
  void aBallMovesThroughBothPostUpdateSides(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      PersonC p1 = new PersonC("p1");
      PersonC p2 = new PersonC("p2");
      PersonC p3 = new PersonC("p3");
      BallC b1 = new BallC("b1");
      b1.person.set(p1);
      sess.addAll(List.of(p1, p2, p3));
      sess.commit();

      b1.person.set(p2);
      sess.commit();
      assertSame(p2, b1.person.get());

      p3.balls.add(b1);
      sess.commit();
      assertSame(p3, b1.person.get());
    }
    assertEquals(List.of("p3"), Rows.strings(db, "SELECT p.\"data\" FROM \"ball_c\" b"
        + " JOIN \"person_c\" p ON p.\"id\" = b.\"person_id\""));
  }

  // test_cycles.py OneToManyManyToOneTest.test_post_update_o2m
  @DatabaseTest
  void ballsAreLinkedToTheirPersonAfterItsInsert(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      BallD b = new BallD("some data");
      PersonD p = new PersonD("some data");
      p.balls.add(b);
      BallD b2 = new BallD("some data");
      p.balls.add(b2);
      BallD b3 = new BallD("some data");
      p.balls.add(b3);
      BallD b4 = new BallD("some data");
      p.balls.add(b4);
      p.favorite.set(b);
      sess.addAll(List.of(b, p, b2, b3, b4));
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("INSERT ball_d", "INSERT person_d", "UPDATE ball_d"), db.writes());
      assertEquals(b.id, p.favoriteBallId);
      assertEquals(List.of(p.id, p.id, p.id, p.id),
          List.of(b, b2, b3, b4).stream().map(ball -> ball.personId).toList());

      sess.delete(p);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE ball_d", "DELETE person_d", "DELETE ball_d"), db.writes());
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"ball_d\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"person_d\""));
  }

  // test_cycles.py OneToManyManyToOneTest.test_post_update_m2o_detect_none
  @DatabaseTest
  void clearingAnUnloadedPostUpdateReferenceWritesNull(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      BallE ball = new BallE();
      ball.person.set(new PersonE());
      sess.add(ball);
      sess.commit();
    }
    try (Session sess = factory.openSession()) {
      BallE b1 = sess.query(BallE.class).first().orElseThrow();
      b1.person.set(null);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE ball_e"), db.writes());
      assertNull(b1.person.get());
      sess.commit();
    }
    assertNull(db.column("SELECT \"person_id\" FROM \"ball_e\"").get(0));
  }
}
