package dev.sluice.runtime.internal.state;

import java.util.Arrays;

/**
 * An identity hash table from objects to int slots, open-addressed with linear probing: no
 * entry object and no boxed slot per element, as {@code IdentityHashMap<Object, Integer>}
 * would need beyond the small integers Java caches.
 */
final class SlotTable {
  private Object[] keys;
  private int[] slots;
  private int size;

  /** A table with room for {@code expected} keys before it grows. */
  SlotTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new Object[capacity];
    slots = new int[capacity];
  }

  /** The slot of {@code key}, or -1. */
  int get(Object key) {
    int mask = keys.length - 1;
    for (int i = index(key, mask); ; i = (i + 1) & mask) {
      Object k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == null) {
        return -1;
      }
    }
  }

  /** Files {@code key} under {@code slot}, replacing its slot if it is here already. */
  void put(Object key, int slot) {
    int mask = keys.length - 1;
    int i = index(key, mask);
    while (keys[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == null) {
      keys[i] = key;
      if (++size * 2 > keys.length) {
        slots[i] = slot;
        resize();
        return;
      }
    }
    slots[i] = slot;
  }

  /** Removes {@code key}; its slot, or -1 if it was not here. */
  int remove(Object key) {
    int mask = keys.length - 1;
    int i = index(key, mask);
    while (keys[i] != key) {
      if (keys[i] == null) {
        return -1;
      }
      i = (i + 1) & mask;
    }
    int slot = slots[i];
    size--;
    // Backward-shift deletion: move later keys of the probe run into the gap, so that every
    // lookup still stops only at a truly empty cell.
    int gap = i;
    for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
      int home = index(keys[j], mask);
      boolean homeOutsideGapToJ = gap <= j ? home <= gap || home > j : home <= gap && home > j;
      if (homeOutsideGapToJ) {
        keys[gap] = keys[j];
        slots[gap] = slots[j];
        gap = j;
      }
    }
    keys[gap] = null;
    return slot;
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(keys, null);
    size = 0;
  }

  private void resize() {
    Object[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new Object[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = index(oldKeys[j], mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int index(Object key, int mask) {
    int h = System.identityHashCode(key) * 0x9E3779B9; // spreads neighbouring hash codes
    return (h ^ (h >>> 16)) & mask;
  }
}
