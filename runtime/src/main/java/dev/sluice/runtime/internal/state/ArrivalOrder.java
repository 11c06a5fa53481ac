package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.ObjectState;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A session's states in order of arrival: an array with holes where states left, each state
 * keeping its own slot, so adding, removing and finding one touches no hash table.
 */
final class ArrivalOrder extends AbstractCollection<InstanceState> {
  private InstanceState[] order = new InstanceState[16];
  private int end;
  private int count;
  /** The states here by status (ordinal), so a flush need not look for a status none has. */
  private final int[] byStatus = new int[ObjectState.values().length];
  /** Counts structural changes, so that an iterator sees one made behind it. */
  private int changes;

  /** Appends the state unless it is here already; whether it was added. */
  @Override
  public boolean add(InstanceState state) {
    if (contains(state)) {
      return false;
    }
    if (end == order.length) {
      grow();
    }
    state.arrivalSlot = end;
    state.arrivedIn = this;
    order[end++] = state;
    count++;
    byStatus[state.status().ordinal()]++;
    changes++;
    return true;
  }

  @Override
  public boolean remove(Object o) {
    if (!contains(o)) {
      return false;
    }
    InstanceState state = (InstanceState) o;
    order[state.arrivalSlot] = null;
    state.arrivalSlot = -1;
    state.arrivedIn = null;
    count--;
    byStatus[state.status().ordinal()]--;
    changes++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof InstanceState state)) {
      return false;
    }
    int slot = state.arrivalSlot;
    return slot >= 0 && slot < end && order[slot] == state;
  }

  @Override
  public int size() {
    return count;
  }

  /** How many states here have {@code status}. */
  int count(ObjectState status) {
    return byStatus[status.ordinal()];
  }

  /** A state here changed its status. */
  void statusChanged(ObjectState from, ObjectState to) {
    byStatus[from.ordinal()]--;
    byStatus[to.ordinal()]++;
  }

  @Override
  public void clear() {
    for (int i = 0; i < end; i++) {
      if (order[i] != null) {
        order[i].arrivalSlot = -1;
        order[i].arrivedIn = null;
        order[i] = null;
      }
    }
    end = 0;
    count = 0;
    Arrays.fill(byStatus, 0);
    changes++;
  }

  @Override
  public Iterator<InstanceState> iterator() {
    return new Iterator<>() {
      private int next = skipHoles(0);
      private final int expected = changes;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      public InstanceState next() {
        if (expected != changes) {
          throw new ConcurrentModificationException();
        }
        if (next >= end) {
          throw new NoSuchElementException();
        }
        InstanceState state = order[next];
        next = skipHoles(next + 1);
        return state;
      }
    };
  }

  private int skipHoles(int from) {
    int i = from;
    while (i < end && order[i] == null) {
      i++;
    }
    return i;
  }

  /** Makes room for one more: drops the holes when they are half the array, else doubles it. */
  private void grow() {
    if (end - count >= end / 2) {
      int kept = 0;
      for (int i = 0; i < end; i++) {
        InstanceState state = order[i];
        if (state != null) {
          state.arrivalSlot = kept;
          order[kept++] = state;
        }
      }
      Arrays.fill(order, kept, end, null);
      end = kept;
    }
    if (end == order.length) {
      order = Arrays.copyOf(order, order.length * 2);
    }
  }
}
