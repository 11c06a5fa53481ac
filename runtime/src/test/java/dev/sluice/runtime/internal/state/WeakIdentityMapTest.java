package dev.sluice.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Keys are compared by identity and looked up without holding them. */
class WeakIdentityMapTest {
  @Test
  void equalButDistinctKeysAreDifferentEntries() {
    String a = new String("x");
    String b = new String("x");
    WeakIdentityMap<Integer> map = new WeakIdentityMap<>();
    assertNull(map.get(a));
    assertFalse(map.containsKey(a));
    map.put(a, 1);
    assertEquals(1, map.get(a));
    assertNull(map.get(b));
    assertFalse(map.containsKey(b));
    map.put(b, 2);
    map.put(a, 3);
    assertEquals(3, map.get(a));
    assertEquals(2, map.remove(b));
    assertNull(map.remove(b));
    assertTrue(map.containsKey(a));
    assertFalse(map.containsKey(b));
  }
}
