package dev.sluice.runtime.internal.state;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An insertion-ordered set that compares by identity, as entities are compared throughout the
 * runtime (the identity map guarantees one instance per row). An identity hash map of slots
 * and an array in arrival order: no wrapper or linked entry per element, since the flush puts
 * every object of a session through such sets.
 */
public final class IdentitySet<E> extends AbstractSet<E> {
  /** Marks the slot of a removed element; compacted away when they are many. */
  private static final Object HOLE = new Object();
  private static final Object[] NONE = {};

  /** Each element's slot in {@link #order}; created on first add (most holders track none). */
  private Map<Object, Integer> slots;
  private Object[] order = NONE;
  private int end;
  private int holes;
  /** Counts structural changes, so that an iterator sees one made behind it. */
  private int changes;

  public IdentitySet() {}

  /** A set sized for {@code expected} elements. */
  public IdentitySet(int expected) {
    reserve(expected);
  }

  /**
   * Makes room for {@code count} more elements in the arrival array, and sizes the hash table
   * for them if it is not made yet (a table already made keeps its size).
   */
  public void reserve(int count) {
    if (slots == null) {
      slots = new IdentityHashMap<>(count);
    }
    if (order.length - end < count) {
      order = Arrays.copyOf(order, end + count);
    }
  }

  @Override
  public boolean add(E e) {
    if (slots == null) {
      slots = new IdentityHashMap<>();
    } else if (slots.containsKey(e)) {
      return false;
    }
    if (end == order.length) {
      grow();
    }
    slots.put(e, end);
    order[end++] = e;
    changes++;
    return true;
  }

  @Override
  public boolean remove(Object o) {
    if (!removeQuietly(o)) {
      return false;
    }
    changes++;
    return true;
  }

  private boolean removeQuietly(Object o) {
    Integer slot = slots == null || slots.isEmpty() ? null : slots.remove(o);
    if (slot == null) {
      return false;
    }
    order[slot] = HOLE;
    holes++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    return slots != null && !slots.isEmpty() && slots.containsKey(o);
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next = skipHoles(0);
      private int last = -1;
      private int expected = changes;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      @SuppressWarnings("unchecked") // only elements of type E are stored outside holes
      public E next() {
        if (expected != changes) {
          throw new ConcurrentModificationException();
        }
        if (next >= end) {
          throw new NoSuchElementException();
        }
        last = next;
        next = skipHoles(next + 1);
        return (E) order[last];
      }

      @Override
      public void remove() {
        if (last < 0 || order[last] == HOLE) {
          throw new IllegalStateException();
        }
        if (expected != changes) {
          throw new ConcurrentModificationException();
        }
        removeQuietly(order[last]);
      }
    };
  }

  private int skipHoles(int from) {
    int i = from;
    while (i < end && order[i] == HOLE) {
      i++;
    }
    return i;
  }

  @Override
  public int size() {
    return slots == null ? 0 : slots.size();
  }

  @Override
  public void clear() {
    if (slots != null && !slots.isEmpty()) {
      slots.clear();
      Arrays.fill(order, 0, end, null);
      end = 0;
      holes = 0;
      changes++;
    }
  }

  /** Makes room for one more: drops the holes when they are half the array, else doubles it. */
  private void grow() {
    if (holes > 0 && holes >= end / 2) {
      int kept = 0;
      for (int i = 0; i < end; i++) {
        if (order[i] != HOLE) {
          slots.put(order[i], kept);
          order[kept++] = order[i];
        }
      }
      Arrays.fill(order, kept, end, null);
      end = kept;
      holes = 0;
    }
    if (end == order.length) {
      order = Arrays.copyOf(order, Math.max(4, order.length * 2));
    }
  }
}
