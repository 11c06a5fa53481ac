package dev.sluice.runtime.internal.state;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An insertion-ordered set that compares by identity, as entities are compared throughout the
 * runtime (the identity map guarantees one instance per row). An array in arrival order, and
 * past {@link #LINEAR_LIMIT} slots a {@link SlotTable} of each element's slot: no wrapper,
 * linked entry or boxed slot per element, since the flush puts every object of a session through such sets,
 * and no hash table at all for the few members most relation holders track.
 */
public final class IdentitySet<E> extends AbstractSet<E> {
  /** Marks the slot of a removed element; compacted away when they are many. */
  private static final Object HOLE = new Object();
  private static final Object[] NONE = {};
  /** Up to this many slots a search of the array is faster than hashing. */
  private static final int LINEAR_LIMIT = 16;

  /** Each element's slot in {@link #order}; made once the array passes the linear limit. */
  private SlotTable slots;
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
    if (slots == null && end + count > LINEAR_LIMIT) {
      index(count);
    }
    if (order.length - end < count) {
      order = Arrays.copyOf(order, end + count);
    }
  }

  @Override
  public boolean add(E e) {
    if (contains(e)) {
      return false;
    }
    if (end == order.length) {
      grow();
    }
    if (slots == null && end == LINEAR_LIMIT) {
      index(0);
    }
    if (slots != null) {
      slots.put(e, end);
    }
    order[end++] = e;
    changes++;
    return true;
  }

  /** Makes the hash table of slots, sized for {@code more} elements beyond those held. */
  private void index(int more) {
    slots = new SlotTable(end - holes + more);
    for (int i = 0; i < end; i++) {
      if (order[i] != HOLE) {
        slots.put(order[i], i);
      }
    }
  }

  /** The slot of {@code o}, or -1. */
  private int slotOf(Object o) {
    if (slots != null) {
      return slots.get(o);
    }
    for (int i = 0; i < end; i++) {
      if (order[i] == o) {
        return i;
      }
    }
    return -1;
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
    if (end == holes) {
      return false;
    }
    int slot = slotOf(o);
    if (slot < 0) {
      return false;
    }
    if (slots != null) {
      slots.remove(o);
    }
    order[slot] = HOLE;
    holes++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    return end > holes && o != HOLE && slotOf(o) >= 0;
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
    return end - holes;
  }

  @Override
  public void clear() {
    if (end > 0) {
      if (slots != null) {
        slots.clear();
      }
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
          if (slots != null) {
            slots.put(order[i], kept);
          }
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
