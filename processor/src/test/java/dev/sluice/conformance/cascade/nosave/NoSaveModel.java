package dev.sluice.conformance.cascade.nosave;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The one-directional models of test_cascade.py NoSaveCascadeFlushTest: a one-to-many, a
 * many-to-one and a many-to-many, each with SAVE_UPDATE and with no cascade at all.
 */
final class NoSaveModel {
  private NoSaveModel() {}

  /** A user whose addresses cascade SAVE_UPDATE. */
  @Entity(table = "o2m_users")
  static class O2mUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(cascade = Cascade.SAVE_UPDATE)
    final RelatedList<O2mAddress> addresses = NoSaveModel_O2mUser_.addresses(this);
  }

  /** An address of {@link O2mUser}. */
  @Entity(table = "o2m_addresses")
  static class O2mAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = O2mUser.class) Long userId;
  }

  /** A user whose addresses cascade nothing. */
  @Entity(table = "nc_o2m_users")
  static class NcO2mUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(cascade = {})
    final RelatedList<NcO2mAddress> addresses = NoSaveModel_NcO2mUser_.addresses(this);
  }

  /** An address of {@link NcO2mUser}. */
  @Entity(table = "nc_o2m_addresses")
  static class NcO2mAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = NcO2mUser.class) Long userId;
  }

  /** A user referred to by {@link M2oAddress}. */
  @Entity(table = "m2o_users")
  static class M2oUser {
    @Id @GeneratedValue Long id;
    String name;
  }

  /** An address whose user cascades SAVE_UPDATE. */
  @Entity(table = "m2o_addresses")
  static class M2oAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = M2oUser.class) Long userId;
    @Relationship(cascade = Cascade.SAVE_UPDATE)
    final RelatedRef<M2oUser> user = NoSaveModel_M2oAddress_.user(this);
  }

  /** A user referred to by {@link NcM2oAddress}. */
  @Entity(table = "nc_m2o_users")
  static class NcM2oUser {
    @Id @GeneratedValue Long id;
    String name;
  }

  /** An address whose user cascades nothing. */
  @Entity(table = "nc_m2o_addresses")
  static class NcM2oAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = NcM2oUser.class) Long userId;
    @Relationship(cascade = {})
    final RelatedRef<NcM2oUser> user = NoSaveModel_NcM2oAddress_.user(this);
  }

  /** An item whose keywords cascade SAVE_UPDATE. */
  @Entity(table = "items")
  static class Item {
    @Id @GeneratedValue Long id;
    String description;
    @Relationship(secondary = ItemKeywords.class, cascade = Cascade.SAVE_UPDATE)
    final RelatedList<Keyword> keywords = NoSaveModel_Item_.keywords(this);
  }

  /** A keyword of {@link Item}. */
  @Entity(table = "keywords")
  static class Keyword {
    @Id @GeneratedValue Long id;
    String name;
  }

  /** Links items and keywords. */
  @AssociationTable(name = "item_keywords")
  static class ItemKeywords {
    @ForeignKey(entity = Item.class) Long itemId;
    @ForeignKey(entity = Keyword.class) Long keywordId;
  }

  /** An item whose keywords cascade nothing. */
  @Entity(table = "nc_items")
  static class NcItem {
    @Id @GeneratedValue Long id;
    String description;
    @Relationship(secondary = NcItemKeywords.class, cascade = {})
    final RelatedList<NcKeyword> keywords = NoSaveModel_NcItem_.keywords(this);
  }

  /** A keyword of {@link NcItem}. */
  @Entity(table = "nc_keywords")
  static class NcKeyword {
    @Id @GeneratedValue Long id;
    String name;
  }

  /** Links items and keywords that do not cascade. */
  @AssociationTable(name = "nc_item_keywords")
  static class NcItemKeywords {
    @ForeignKey(entity = NcItem.class) Long itemId;
    @ForeignKey(entity = NcKeyword.class) Long keywordId;
  }
}
