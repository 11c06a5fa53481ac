package dev.sluice.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Entities are compared by identity, in insertion order. */
class IdentitySetTest {
  @Test
  void equalButDistinctObjectsAreDifferentMembers() {
    String a = new String("x");
    String b = new String("x");
    IdentitySet<String> set = new IdentitySet<>();
    assertTrue(set.add(a));
    assertTrue(set.add(b));
    assertFalse(set.add(a));
    assertEquals(2, set.size());
    assertTrue(set.remove(b));
    assertFalse(set.contains(b));
    assertTrue(set.contains(a));
  }

  @Test
  void iterationKeepsInsertionOrder() {
    IdentitySet<Integer> set = new IdentitySet<>();
    List<Integer> values = List.of(300, 100, 200);
    set.addAll(values);
    assertEquals(values, List.copyOf(set));
  }

  @Test
  void removalsKeepTheOrderOfTheRestThroughCompaction() {
    IdentitySet<Integer> set = new IdentitySet<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      values.add(Integer.valueOf(1000 + i)); // distinct instances beyond the Integer cache
    }
    set.addAll(values);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (i % 3 == 0) {
        kept.add(values.get(i));
      } else {
        assertTrue(set.remove(values.get(i)));
      }
    }
    for (int i = 0; i < 100; i++) {
      Integer late = Integer.valueOf(5000 + i); // the array fills: its holes are compacted
      assertTrue(set.add(late));
      assertFalse(set.add(late));
      kept.add(late);
    }
    assertEquals(kept, List.copyOf(set));
    assertEquals(kept.size(), set.size());
    assertFalse(set.contains(values.get(1)));
    assertTrue(set.contains(values.get(999)));
  }

  @Test
  void agreesWithAListOnEitherSideOfTheLinearLimit() {
    // Small sets search their array, larger ones hash: random adds, removes and reservations
    // cross the limit both ways, with holes, and must keep membership and order alike.
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Object> pool = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        pool.add(new Object());
      }
      IdentitySet<Object> set = new IdentitySet<>();
      List<Object> expected = new ArrayList<>();
      for (int step = 0; step < 120; step++) {
        Object o = pool.get(random.nextInt(pool.size()));
        boolean member = expected.contains(o); // Object.equals is identity
        switch (random.nextInt(5)) {
          case 0, 1 -> {
            assertEquals(!member, set.add(o));
            if (!member) {
              expected.add(o);
            }
          }
          case 2, 3 -> {
            assertEquals(member, set.remove(o));
            expected.remove(o);
          }
          default -> set.reserve(random.nextInt(20));
        }
        assertEquals(expected.size(), set.size());
        assertEquals(expected.contains(o), set.contains(o));
      }
      assertEquals(expected, List.copyOf(set));
    }
  }

  @Test
  void iteratorRemovesAndNoticesChangesBehindIt() {
    IdentitySet<String> set = new IdentitySet<>();
    set.addAll(List.of("a", "b", "c"));
    set.removeIf("b"::equals);
    assertEquals(List.of("a", "c"), List.copyOf(set));
    Iterator<String> it = set.iterator();
    it.next();
    it.remove();
    assertThrows(IllegalStateException.class, it::remove);
    assertEquals(List.of("c"), List.copyOf(set));
    Iterator<String> stale = set.iterator();
    set.add("d");
    assertThrows(ConcurrentModificationException.class, stale::next);
    set.clear();
    assertEquals(0, set.size());
    assertFalse(set.iterator().hasNext());
    assertTrue(set.add("c"));
    assertEquals(List.of("c"), List.copyOf(set));
  }
}
