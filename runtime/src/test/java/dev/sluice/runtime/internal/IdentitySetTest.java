package dev.sluice.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
