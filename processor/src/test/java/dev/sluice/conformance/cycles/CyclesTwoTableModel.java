package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The two-table cycles of test_cycles.py. Sluice needs {@code postUpdate} on one relationship
 * of each cycle (a cycle without it is a compile error), so each model here has one.
 */
final class CyclesTwoTableModel {
  private CyclesTwoTableModel() {}

  /** A T1 referencing a T2 (post-update), which references a T1 back. */
  @Entity(table = "bt1")
  static class T1 {
    @Id @GeneratedValue Long id;
    String data;
    @ForeignKey(entity = T2.class) Long t2id;
    @Relationship(primaryJoin = "T1.t2id = T2.id", postUpdate = true)
    final RelatedRef<T2> t2 = CyclesTwoTableModel_T1_.t2(this);
  }

  /** A T2 referencing a T1. */
  @Entity(table = "bt2")
  static class T2 {
    @Id @GeneratedValue Long id;
    String data;
    @ForeignKey(entity = T1.class, name = "foo_fk") Long t1id;
    @Relationship(primaryJoin = "T2.t1id = T1.id")
    final RelatedRef<T1> t1 = CyclesTwoTableModel_T2_.t1(this);
  }

  /** A T3 that needs both a T1 and a T2 (NOT NULL keys). */
  @Entity(table = "bt3")
  static class T3 {
    @Id @GeneratedValue Long id;
    String data;
    @ForeignKey(entity = T1.class) @Column(nullable = false) Long t1id;
    @ForeignKey(entity = T2.class) @Column(nullable = false) Long t2id;
    @Relationship(foreignKeys = "t1id") final RelatedRef<T1> t1 = CyclesTwoTableModel_T3_.t1(this);
    @Relationship(foreignKeys = "t2id") final RelatedRef<T2> t2 = CyclesTwoTableModel_T3_.t2(this);
  }

  /** A C1 with C2 children over C2.c2 (post-update) and data rows. */
  @Entity(table = "ot1")
  static class OC1 {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = OC2.class) Long c2;
    @Relationship(primaryJoin = "OC1.c1 = OC2.c2", postUpdate = true)
    final RelatedList<OC2> c2s = CyclesTwoTableModel_OC1_.c2s(this);
    @Relationship final RelatedList<OC1Data> data = CyclesTwoTableModel_OC1_.data(this);
  }

  /** A C2 with C1 children over C1.c2. */
  @Entity(table = "ot2")
  static class OC2 {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = OC1.class, name = "t1c1_fq") Long c2;
    @Relationship(primaryJoin = "OC2.c1 = OC1.c2")
    final RelatedList<OC1> c1s = CyclesTwoTableModel_OC2_.c1s(this);
  }

  /** A data row of a C1. */
  @Entity(table = "ot1_data")
  static class OC1Data {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = OC1.class) Long t1id;
    @Column(length = 20) String data;

    OC1Data() {}

    OC1Data(String data) {
      this.data = data;
    }
  }

  /** A ball that may belong to a person; the person's favorite is a post-update only. */
  @Entity(table = "ball_a")
  static class BallA {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = PersonA.class) Long personId;
    String data;

    BallA() {}

    BallA(String data) {
      this.data = data;
    }
  }

  /** A person with a favorite ball (post-update) and no collection. */
  @Entity(table = "person_a")
  static class PersonA {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BallA.class) Long favoriteBallId;
    String data;
    @Relationship(primaryJoin = "PersonA.favoriteBallId = BallA.id", postUpdate = true)
    final RelatedRef<BallA> favorite = CyclesTwoTableModel_PersonA_.favorite(this);

    PersonA() {}

    PersonA(String data) {
      this.data = data;
    }
  }

  /** A ball of a {@link PersonB}. */
  @Entity(table = "ball_b")
  static class BallB {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = PersonB.class) Long personId;
    String data;

    BallB() {}

    BallB(String data) {
      this.data = data;
    }
  }

  /** A person owning balls (delete-orphan) whose favorite is a post-update. */
  @Entity(table = "person_b")
  static class PersonB {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BallB.class) Long favoriteBallId;
    String data;
    @Relationship(primaryJoin = "BallB.personId = PersonB.id",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedList<BallB> balls = CyclesTwoTableModel_PersonB_.balls(this);
    @Relationship(primaryJoin = "PersonB.favoriteBallId = BallB.id", postUpdate = true)
    final RelatedRef<BallB> favorite = CyclesTwoTableModel_PersonB_.favorite(this);

    PersonB() {}

    PersonB(String data) {
      this.data = data;
    }
  }

  /** A ball whose person is the backref of a post-update collection. */
  @Entity(table = "ball_c")
  static class BallC {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = PersonC.class) Long personId;
    String data;
    final RelatedRef<PersonC> person = CyclesTwoTableModel_BallC_.person(this);

    BallC() {}

    BallC(String data) {
      this.data = data;
    }
  }

  /** A person whose balls and their backref are both post-updates. */
  @Entity(table = "person_c")
  static class PersonC {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BallC.class) Long favoriteBallId;
    String data;
    @Relationship(primaryJoin = "BallC.personId = PersonC.id", postUpdate = true,
        backref = "person", backrefOptions = @Backref(postUpdate = true))
    final RelatedList<BallC> balls = CyclesTwoTableModel_PersonC_.balls(this);
    @Relationship(primaryJoin = "PersonC.favoriteBallId = BallC.id")
    final RelatedRef<BallC> favorite = CyclesTwoTableModel_PersonC_.favorite(this);

    PersonC() {}

    PersonC(String data) {
      this.data = data;
    }
  }

  /** A ball of a {@link PersonD}. */
  @Entity(table = "ball_d")
  static class BallD {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = PersonD.class) Long personId;
    String data;
    final RelatedRef<PersonD> person = CyclesTwoTableModel_BallD_.person(this);

    BallD() {}

    BallD(String data) {
      this.data = data;
    }
  }

  /** A person whose balls (delete-orphan) are written by a post-update; favorite is plain. */
  @Entity(table = "person_d")
  static class PersonD {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BallD.class) Long favoriteBallId;
    String data;
    @Relationship(primaryJoin = "BallD.personId = PersonD.id",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, postUpdate = true, backref = "person")
    final RelatedList<BallD> balls = CyclesTwoTableModel_PersonD_.balls(this);
    @Relationship(primaryJoin = "PersonD.favoriteBallId = BallD.id")
    final RelatedRef<BallD> favorite = CyclesTwoTableModel_PersonD_.favorite(this);

    PersonD() {}

    PersonD(String data) {
      this.data = data;
    }
  }

  /** A ball whose person reference is a post-update. */
  @Entity(table = "ball_e")
  static class BallE {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = PersonE.class) Long personId;
    String data;
    @Relationship(primaryJoin = "PersonE.id = BallE.personId", postUpdate = true)
    final RelatedRef<PersonE> person = CyclesTwoTableModel_BallE_.person(this);
  }

  /** A person with a favorite-ball key and no relationship. */
  @Entity(table = "person_e")
  static class PersonE {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BallE.class) Long favoriteBallId;
    String data;
  }

  /** A parent with children and one chosen child (post-update). */
  @Entity(table = "parent3")
  static class Parent3 {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Child3.class, name = "c1") Long childId;
    @Relationship(primaryJoin = "Parent3.id = Child3.parentId")
    final RelatedList<Child3> children = CyclesTwoTableModel_Parent3_.children(this);
    @Relationship(primaryJoin = "Parent3.childId = Child3.id", postUpdate = true)
    final RelatedRef<Child3> child = CyclesTwoTableModel_Parent3_.child(this);

    Parent3() {}

    Parent3(String name) {
      this.name = name;
    }
  }

  /** A child of a {@link Parent3} that may point at another child. */
  @Entity(table = "child3")
  static class Child3 {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Child3.class) Long childId;
    @ForeignKey(entity = Parent3.class) Long parentId;
    @Relationship(foreignKeys = "childId", remoteSide = "id")
    final RelatedRef<Child3> parent = CyclesTwoTableModel_Child3_.parent(this);

    Child3() {}

    Child3(String name) {
      this.name = name;
    }
  }
}
