package dev.sluice.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
    assertNull(map.put(b, 2));
    assertEquals(1, map.put(a, 3));
    assertEquals(3, map.get(a));
    assertEquals(2, map.remove(b));
    assertNull(map.remove(b));
    assertTrue(map.containsKey(a));
    assertFalse(map.containsKey(b));
  }

  @Test
  void collectedKeysReportTheirValues() throws InterruptedException {
    List<Integer> dropped = new ArrayList<>();
    WeakIdentityMap<Integer> map = new WeakIdentityMap<>(dropped::add);
    Object kept = new Object();
    map.put(kept, 1);
    map.put(new Object(), 2);
    for (int i = 0; i < 50 && dropped.isEmpty(); i++) {
      System.gc();
      Thread.sleep(10);
      map.get(kept); // every access purges what was collected
    }
    assertEquals(List.of(2), dropped);
    assertEquals(1, map.get(kept));
  }
}
