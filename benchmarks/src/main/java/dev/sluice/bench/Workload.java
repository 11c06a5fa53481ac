package dev.sluice.bench;

import java.util.Arrays;
import java.util.Locale;

/** The measured workloads: how each is set up, run and checked. */
public enum Workload {
  W1_INSERT("W1 insert 1,000 parents x 10 children, one flush", 1000, 10, 0),
  W2_DELETE("W2 delete 1,000 parents, cascade to 10 unloaded children each", 1000, 10, 0),
  W3_ORPHANS("W3 remove 5 of 10 loaded children from 1,000 parents (orphans)", 1000, 10, 0),
  W4_MANY_TO_MANY("W4 delete 1,000 parents linked to 10 of 100 tags each", 1000, 0, 10),
  W5_BULK("W5 bulk delete 1,000 of 2,000 parents by condition, cascading (10 children,"
      + " 10 tags each)", 2000, 10, 10),
  W2_DELETE_100("W2 delete 1,000 parents, cascade to 100 unloaded children each", 1000, 100,
      0);

  /** W3 removes this many children from each parent. */
  static final int ORPHANS_PER_PARENT = 5;
  /** W5 deletes the parents scored below this. */
  static final int BULK_SCORE_BELOW = 1000;

  private final String title;
  private final int parents;
  private final int children;
  private final int tags;

  Workload(String title, int parents, int children, int tags) {
    this.title = title;
    this.parents = parents;
    this.children = children;
    this.tags = tags;
  }

  public String title() {
    return title;
  }

  public static Workload parse(String name) {
    for (Workload value : values()) {
      if (value.name().equalsIgnoreCase(name.trim())) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown workload '" + name + "'; choose from "
        + Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }

  /** Prepares the rows (or, for inserts, the objects) of one operation; not measured. */
  public void setUp(Seeder seeder, Contender contender) {
    if (this == W1_INSERT) {
      seeder.empty();
      contender.prepareGraph(parents, children);
    } else {
      seeder.seed(parents, children, tags);
    }
  }

  /** The measured operation. */
  public int run(Contender contender) {
    return switch (this) {
      case W1_INSERT -> contender.insertGraph();
      case W2_DELETE, W2_DELETE_100, W4_MANY_TO_MANY -> contender.deleteAllParents();
      case W3_ORPHANS -> contender.removeChildren(ORPHANS_PER_PARENT);
      case W5_BULK -> contender.bulkDelete(BULK_SCORE_BELOW);
    };
  }

  /** Checks the rows an operation left; throws when they are not what the workload means. */
  public void check(Database db, Tables tables) {
    long[] expected = switch (this) {
      case W1_INSERT -> new long[] {parents, (long) parents * children, 0};
      case W2_DELETE, W2_DELETE_100, W4_MANY_TO_MANY -> new long[] {0, 0, 0};
      case W3_ORPHANS -> new long[] {parents, (long) parents * (children - ORPHANS_PER_PARENT),
          0};
      case W5_BULK -> new long[] {parents - BULK_SCORE_BELOW,
          (long) (parents - BULK_SCORE_BELOW) * children,
          (long) (parents - BULK_SCORE_BELOW) * tags};
    };
    long[] actual = db.jdbi().withHandle(h -> new long[] {
        count(h, tables.parent()), count(h, tables.child()), count(h, tables.link()),
        count(h, tables.tag())});
    if (actual[0] != expected[0] || actual[1] != expected[1] || actual[2] != expected[2]
        || actual[3] != Seeder.TAGS) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s on %s left parents/children/links/tags %d/%d/%d/%d, expected %d/%d/%d/%d",
          this, tables.parent(), actual[0], actual[1], actual[2], actual[3], expected[0],
          expected[1], expected[2], Seeder.TAGS));
    }
    if (this == W5_BULK) {
      long matching = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM "
          + tables.parent() + " WHERE score < :limit").bind("limit", BULK_SCORE_BELOW)
          .mapTo(Long.class).one());
      if (matching != 0) {
        throw new IllegalStateException(this + " on " + tables.parent() + " left " + matching
            + " parents scored below " + BULK_SCORE_BELOW + ": it deleted the wrong ones");
      }
    }
  }

  private static long count(org.jdbi.v3.core.Handle h, String table) {
    return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
  }
}
