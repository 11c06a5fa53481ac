package dev.sluice.conformance.relationships;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_relationships.py that Sluice maps. */
final class RelationshipsModel {
  private RelationshipsModel() {}

  /** The root of a chain: its C rows are deleted with it. */
  @Entity(table = "tbl_a")
  static class TblA {
    @Id @GeneratedValue Long id;
    @Column(length = 128) String name;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "aRow")
    final RelatedList<TblC> cRows = RelationshipsModel_TblA_.cRows(this);

    TblA() {}

    TblA(String name) {
      this.name = name;
    }
  }

  /** A second parent of the D rows. */
  @Entity(table = "tbl_b")
  static class TblB {
    @Id @GeneratedValue Long id;
    @Column(length = 128) String name;

    TblB() {}

    TblB(String name) {
      this.name = name;
    }
  }

  /** The middle of the chain: a C row belongs to an A and owns D rows. */
  @Entity(table = "tbl_c")
  static class TblC {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = TblA.class) @Column(nullable = false) Long tblAId;
    @Column(length = 128) String name;
    final RelatedRef<TblA> aRow = RelationshipsModel_TblC_.aRow(this);
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "cRow")
    final RelatedList<TblD> dRows = RelationshipsModel_TblC_.dRows(this);

    TblC() {}

    TblC(String name) {
      this.name = name;
    }
  }

  /** A D row depends on a C row (NOT NULL) and refers to a B row. */
  @Entity(table = "tbl_d")
  static class TblD {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = TblC.class) @Column(nullable = false) Long tblCId;
    @ForeignKey(entity = TblB.class) Long tblBId;
    @Column(length = 128) String name;
    final RelatedRef<TblC> cRow = RelationshipsModel_TblD_.cRow(this);
    @Relationship final RelatedRef<TblB> bRow = RelationshipsModel_TblD_.bRow(this);

    TblD() {}

    TblD(String name) {
      this.name = name;
    }
  }

  /** An A with a many-to-one to B, loaded JOINED. */
  @Entity(table = "a")
  static class KeyA {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = KeyB.class) Long bid;
    @Relationship(lazy = Lazy.JOINED) final RelatedRef<KeyB> b = RelationshipsModel_KeyA_.b(this);
  }

  /** The B of a {@link KeyA}. */
  @Entity(table = "b")
  static class KeyB {
    @Id @GeneratedValue Long id;
  }

  /** An A whose one-to-one B (delete-orphan) is keyed by the A's key. */
  @Entity(table = "tableA")
  static class PkA {
    @Id @GeneratedValue Long id;
    Integer foo;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedRef<PkB> b = RelationshipsModel_PkA_.b(this);
  }

  /** A B whose primary key is the foreign key to its {@link PkA}. */
  @Entity(table = "tableB")
  static class PkB {
    @Id @ForeignKey(entity = PkA.class) Long id;
  }

  /** An A with B rows whose key is theirs (save-update only), so deleting the A cannot work. */
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "save_a")
  static class SaveA {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = Cascade.SAVE_UPDATE)
    final RelatedList<SaveB> bs = RelationshipsModel_SaveA_.bs(this);
  }

  /** A B keyed by its {@link SaveA}'s key. */
  @Entity(table = "save_b")
  static class SaveB {
    @Id @ForeignKey(entity = SaveA.class) Long id;
  }

  /** An A referenced by {@link RefB}. */
  @Entity(table = "ref_a")
  static class RefA {
    @Id @GeneratedValue Long id;
  }

  /** A B keyed by its many-to-one (save-update only) to a {@link RefA}. */
  @Entity(table = "ref_b")
  static class RefB {
    @Id @ForeignKey(entity = RefA.class) Long id;
    @Relationship(cascade = Cascade.SAVE_UPDATE)
    final RelatedRef<RefA> a = RelationshipsModel_RefB_.a(this);
  }

  /** An A referenced by {@link DelB}, deleted with it. */
  @Entity(table = "del_a")
  static class DelA {
    @Id @GeneratedValue Long id;
  }

  /** A B keyed by its {@link DelA}, whose many-to-one cascades DELETE and DELETE_ORPHAN. */
  @SuppressWarnings("sluice:delete-many-to-one")
  @Entity(table = "del_b")
  static class DelB {
    @Id @ForeignKey(entity = DelA.class) Long id;
    @Relationship(cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN},
        singleParent = true)
    final RelatedRef<DelA> a = RelationshipsModel_DelB_.a(this);
  }

  /** An A whose B rows (keyed by the A's key) are deleted with it. */
  @Entity(table = "cas_a")
  static class CasA {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE})
    final RelatedList<CasB> bs = RelationshipsModel_CasA_.bs(this);
  }

  /** A B keyed by its {@link CasA}. */
  @Entity(table = "cas_b")
  static class CasB {
    @Id @ForeignKey(entity = CasA.class) Long id;
  }

  /** An A with B rows and no cascade at all. */
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "man_a")
  static class ManA {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = {}) final RelatedList<ManB> bs = RelationshipsModel_ManA_.bs(this);
  }

  /** A B keyed by its {@link ManA}. */
  @Entity(table = "man_b")
  static class ManB {
    @Id @ForeignKey(entity = ManA.class) Long id;
  }

  /** An A referenced by a {@link ManRefB} with no cascade. */
  @Entity(table = "manref_a")
  static class ManRefA {
    @Id @GeneratedValue Long id;
  }

  /** A B keyed by its many-to-one, with no cascade, to a {@link ManRefA}. */
  @Entity(table = "manref_b")
  static class ManRefB {
    @Id @ForeignKey(entity = ManRefA.class) Long id;
    @Relationship(cascade = {}) final RelatedRef<ManRefA> a = RelationshipsModel_ManRefB_.a(this);
  }

  /** An A known by a UNIQUE ident as well as its key. */
  @Entity(table = "table_a")
  static class IdentA {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, unique = true, length = 10) String ident;
    final RelatedList<IdentB> bs = RelationshipsModel_IdentA_.bs(this);

    IdentA() {}

    IdentA(String ident) {
      this.ident = ident;
    }
  }

  /** A B referencing its A's ident (NOT NULL), with backref "bs". */
  // as in the original, deleting an A whose Bs were not moved away would fail
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "table_b")
  static class IdentB {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = IdentA.class, column = "ident") @Column(nullable = false, length = 10)
    String aIdent;
    @Relationship(backref = "bs") final RelatedRef<IdentA> a = RelationshipsModel_IdentB_.a(this);
  }

  /** A user with addresses, each side naming the other. */
  @Entity(table = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backPopulates = "user")
    final RelatedList<Address> addresses = RelationshipsModel_User_.addresses(this);

    User() {}

    User(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link User}. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = User.class) Long userId;
    String emailAddress;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<User> user = RelationshipsModel_Address_.user(this);

    Address() {}

    Address(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses collection never loads (NOLOAD). */
  @Entity(table = "nl_users")
  static class NoLoadUser {
    @Id @GeneratedValue Long id;
    @Relationship(backPopulates = "user", lazy = Lazy.NOLOAD)
    final RelatedList<NoLoadAddress> addresses = RelationshipsModel_NoLoadUser_.addresses(this);
  }

  /** An address of a {@link NoLoadUser}. */
  @Entity(table = "nl_addresses")
  static class NoLoadAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = NoLoadUser.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<NoLoadUser> user = RelationshipsModel_NoLoadAddress_.user(this);
  }

  /** A user whose address's many-to-one never loads (NOLOAD). */
  @Entity(table = "nlm_users")
  static class NoLoadM2oUser {
    @Id @GeneratedValue Long id;
    @Relationship(backPopulates = "user")
    final RelatedList<NoLoadM2oAddress> addresses =
        RelationshipsModel_NoLoadM2oUser_.addresses(this);
  }

  /** An address whose many-to-one is NOLOAD. */
  @Entity(table = "nlm_addresses")
  static class NoLoadM2oAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = NoLoadM2oUser.class) Long userId;
    @Relationship(backPopulates = "addresses", lazy = Lazy.NOLOAD)
    final RelatedRef<NoLoadM2oUser> user = RelationshipsModel_NoLoadM2oAddress_.user(this);
  }

  /** An A with B rows over the first of two keys the Bs have to it. */
  @Entity(table = "amb_a")
  static class AmbA {
    @Id @GeneratedValue Long id;
    @Relationship(foreignKeys = "aid1")
    final RelatedList<AmbB> bsByKey = RelationshipsModel_AmbA_.bsByKey(this);
    @Relationship(primaryJoin = "AmbA.id = AmbB.aid1")
    final RelatedList<AmbB> bsByJoin = RelationshipsModel_AmbA_.bsByJoin(this);
  }

  /** A B with two keys to {@link AmbA}. */
  @Entity(table = "amb_b")
  static class AmbB {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = AmbA.class) Long aid1;
    @ForeignKey(entity = AmbA.class) Long aid2;
  }
}
