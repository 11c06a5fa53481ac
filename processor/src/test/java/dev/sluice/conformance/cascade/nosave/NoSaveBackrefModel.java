package dev.sluice.conformance.cascade.nosave;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The bidirectional models of test_cascade.py NoSaveCascadeFlushTest: SAVE_UPDATE on both
 * sides, or switched off on one.
 */
final class NoSaveBackrefModel {
  private NoSaveBackrefModel() {}

  /** A user whose addresses cascade SAVE_UPDATE both ways. */
  @Entity(table = "b_users")
  static class BUser {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = Cascade.SAVE_UPDATE, backref = "user",
        backrefOptions = @Backref(cascade = Cascade.SAVE_UPDATE))
    final RelatedList<BAddress> addresses = NoSaveBackrefModel_BUser_.addresses(this);
  }

  /** An address of {@link BUser}. */
  @Entity(table = "b_addresses")
  static class BAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BUser.class) Long userId;
    final RelatedRef<BUser> user = NoSaveBackrefModel_BAddress_.user(this);
  }

  /** A user whose addresses do not cascade; their user does. */
  @Entity(table = "bno_users")
  static class BnoUser {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = {}, backref = "user",
        backrefOptions = @Backref(cascade = Cascade.SAVE_UPDATE))
    final RelatedList<BnoAddress> addresses = NoSaveBackrefModel_BnoUser_.addresses(this);
  }

  /** An address of {@link BnoUser}. */
  @Entity(table = "bno_addresses")
  static class BnoAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BnoUser.class) Long userId;
    final RelatedRef<BnoUser> user = NoSaveBackrefModel_BnoAddress_.user(this);
  }

  /** A user whose addresses cascade; their user does not. */
  @Entity(table = "bnm_users")
  static class BnmUser {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = Cascade.SAVE_UPDATE, backref = "user",
        backrefOptions = @Backref(cascade = {}))
    final RelatedList<BnmAddress> addresses = NoSaveBackrefModel_BnmUser_.addresses(this);
  }

  /** An address of {@link BnmUser}. */
  @Entity(table = "bnm_addresses")
  static class BnmAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BnmUser.class) Long userId;
    final RelatedRef<BnmUser> user = NoSaveBackrefModel_BnmAddress_.user(this);
  }

  /** An item whose keywords cascade SAVE_UPDATE both ways. */
  @Entity(table = "b_items")
  static class BItem {
    @Id @GeneratedValue Long id;
    @Relationship(secondary = BItemKeywords.class, cascade = Cascade.SAVE_UPDATE,
        backref = "items", backrefOptions = @Backref(cascade = Cascade.SAVE_UPDATE))
    final RelatedList<BKeyword> keywords = NoSaveBackrefModel_BItem_.keywords(this);
  }

  /** A keyword of {@link BItem}. */
  @Entity(table = "b_keywords")
  static class BKeyword {
    @Id @GeneratedValue Long id;
    final RelatedList<BItem> items = NoSaveBackrefModel_BKeyword_.items(this);
  }

  /** Links {@link BItem} and {@link BKeyword}. */
  @AssociationTable(name = "b_item_keywords")
  static class BItemKeywords {
    @ForeignKey(entity = BItem.class) Long itemId;
    @ForeignKey(entity = BKeyword.class) Long keywordId;
  }

  /** An item whose keywords do not cascade; their items do. */
  @Entity(table = "bn_items")
  static class BnItem {
    @Id @GeneratedValue Long id;
    @Relationship(secondary = BnItemKeywords.class, cascade = {}, backref = "items",
        backrefOptions = @Backref(cascade = Cascade.SAVE_UPDATE))
    final RelatedList<BnKeyword> keywords = NoSaveBackrefModel_BnItem_.keywords(this);
  }

  /** A keyword of {@link BnItem}. */
  @Entity(table = "bn_keywords")
  static class BnKeyword {
    @Id @GeneratedValue Long id;
    final RelatedList<BnItem> items = NoSaveBackrefModel_BnKeyword_.items(this);
  }

  /** Links {@link BnItem} and {@link BnKeyword}. */
  @AssociationTable(name = "bn_item_keywords")
  static class BnItemKeywords {
    @ForeignKey(entity = BnItem.class) Long itemId;
    @ForeignKey(entity = BnKeyword.class) Long keywordId;
  }
}
