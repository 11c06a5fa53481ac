package dev.sluice.bench;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the starting rows of a workload with plain JDBC batches and explicit ids, the same
 * rows into whichever contender's tables; never measured.
 */
public final class Seeder {
  /** The number of tags every database holds. */
  public static final int TAGS = 100;

  private final Database db;
  private final Tables tables;
  private long nextId = 1_000_000;

  public Seeder(Database db, Tables tables) {
    this.db = db;
    this.tables = tables;
  }

  /** Creates the tags, ids 1 to {@value #TAGS}. */
  public void tags() {
    db.jdbi().useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch("INSERT INTO " + tables.tag()
          + " (id, name) VALUES (?, ?)");
      for (long id = 1; id <= TAGS; id++) {
        batch.add(id, "tag" + id);
      }
      batch.execute();
    });
  }

  /** Empties the parents, children and links (the tags stay). */
  public void empty() {
    db.empty(tables.dependentsFirst());
  }

  /**
   * Empties, then writes {@code parents} parents (scores 0, 1, 2, …), each with
   * {@code children} children and links to {@code tags} distinct tags; refreshes statistics.
   */
  public void seed(int parents, int children, int tags) {
    empty();
    db.jdbi().useTransaction(h -> write(h, parents, children, tags));
    db.analyze();
  }

  private void write(Handle h, int parents, int children, int tags) {
    PreparedBatch parentBatch = h.prepareBatch("INSERT INTO " + tables.parent()
        + " (id, name, score) VALUES (?, ?, ?)");
    PreparedBatch childBatch = h.prepareBatch("INSERT INTO " + tables.child()
        + " (id, name, parent_id) VALUES (?, ?, ?)");
    PreparedBatch linkBatch = h.prepareBatch("INSERT INTO " + tables.link()
        + " (parent_id, tag_id) VALUES (?, ?)");
    long first = nextId;
    for (int p = 0; p < parents; p++) {
      parentBatch.add(first + p, "parent" + p, p);
    }
    nextId += parents;
    parentBatch.execute();
    for (int p = 0; p < parents; p++) {
      for (int c = 0; c < children; c++) {
        childBatch.add(nextId++, "child" + c, first + p);
      }
      for (int t = 0; t < tags; t++) {
        linkBatch.add(first + p, (long) ((p + t * (TAGS / Math.max(tags, 1))) % TAGS + 1));
      }
    }
    if (children > 0) {
      childBatch.execute();
    }
    if (tags > 0) {
      linkBatch.execute();
    }
  }
}
