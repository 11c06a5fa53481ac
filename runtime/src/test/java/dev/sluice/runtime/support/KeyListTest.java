package dev.sluice.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyListTest {
  private static final String DELETE = "DELETE FROM \"child\" WHERE \"parent_id\" IN ({keys})";

  @Test
  void oneKeyIsAnEquality() {
    String one = "DELETE FROM \"child\" WHERE \"parent_id\" = ?";
    assertEquals(one, KeyList.render(DELETE, 1, false));
    assertEquals(one, KeyList.render(DELETE, 1, true));
  }

  @Test
  void severalKeysAreParametersOrOneArray() {
    assertEquals("DELETE FROM \"child\" WHERE \"parent_id\" IN (?, ?, ?)",
        KeyList.render(DELETE, 3, false));
    assertEquals("DELETE FROM \"child\" WHERE \"parent_id\" = ANY(?)",
        KeyList.render(DELETE, 3, true));
  }

  @Test
  void compositeKeysAreRowValuesNeverAnArray() {
    String delete = "DELETE FROM \"line\" WHERE (\"invoice_id\", \"sku\") IN ({keys})";
    assertEquals("DELETE FROM \"line\" WHERE (\"invoice_id\", \"sku\") = (?, ?)",
        KeyList.render(delete, 1, 2, true));
    assertEquals("DELETE FROM \"line\" WHERE (\"invoice_id\", \"sku\") IN (VALUES (?, ?),"
        + " (?, ?), (?, ?))", KeyList.render(delete, 3, 2, true));
  }

  @Test
  void everyPlaceOfTheKeysIsRenderedAndCounted() {
    String tree = "DELETE FROM \"node\" WHERE \"id\" IN (WITH RECURSIVE s(k) AS (SELECT \"id\""
        + " FROM \"node\" WHERE \"parent_id\" IN ({keys}) UNION SELECT 1) SELECT k FROM s)"
        + " AND \"owner\" IN ({keys})";
    assertEquals(2, KeyList.occurrences(tree));
    assertEquals(tree.replace("IN ({keys})", "IN (?, ?)"), KeyList.render(tree, 2, false));
    assertEquals(tree.replace("IN ({keys})", "= ?"), KeyList.render(tree, 1, true));
  }
}
