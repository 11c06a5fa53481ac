package dev.sluice.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The slot table answers as an identity map would, through growth and deletions. */
class SlotTableTest {
  @Test
  void agreesWithAnIdentityHashMap() {
    Random random = new Random(11);
    for (int round = 0; round < 50; round++) {
      List<Object> pool = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(300); i++) {
        pool.add(new Object());
      }
      SlotTable table = new SlotTable(random.nextInt(8));
      Map<Object, Integer> expected = new IdentityHashMap<>();
      for (int step = 0; step < 2000; step++) {
        Object key = pool.get(random.nextInt(pool.size()));
        switch (random.nextInt(3)) {
          case 0 -> {
            int slot = random.nextInt(1000);
            table.put(key, slot);
            expected.put(key, slot);
          }
          case 1 -> {
            Integer removed = expected.remove(key);
            assertEquals(removed == null ? -1 : removed, table.remove(key));
          }
          default -> { } // a lookup only
        }
        assertEquals(expected.getOrDefault(key, -1), table.get(key));
        assertEquals(expected.size(), table.size());
      }
      for (Object key : pool) {
        assertEquals(expected.getOrDefault(key, -1), table.get(key));
      }
    }
  }
}
