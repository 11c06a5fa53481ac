package dev.sluice.bench;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The workloads written by hand over Jdbi, as a careful programmer would: the fewest
 * statements, JDBC batches, generated keys returned by the batch, key sets bound as one array
 * on PostgreSQL and as one IN list on SQLite. This is the practical limit Sluice is held to.
 */
public final class JdbiContender implements Contender {
  /** A parent row in memory. */
  static final class ParentRow {
    Long id;
    final String name;
    final int score;
    final List<ChildRow> children = new ArrayList<>();

    ParentRow(Long id, String name, int score) {
      this.id = id;
      this.name = name;
      this.score = score;
    }
  }

  /** A child row in memory. */
  static final class ChildRow {
    Long id;
    final String name;
    Long parentId;

    ChildRow(Long id, String name, Long parentId) {
      this.id = id;
      this.name = name;
      this.parentId = parentId;
    }
  }

  private final Jdbi jdbi;
  private final boolean postgres;
  private List<ParentRow> graph = List.of();

  public JdbiContender(Database db, boolean createTables) {
    this.jdbi = db.jdbi();
    this.postgres = db.kind() == Database.Kind.POSTGRESQL;
    if (createTables) {
      // The same tables as Sluice's, from its generated DDL.
      new SluiceContender(db).close();
    }
  }

  @Override
  public Tables tables() {
    return Tables.SLUICE;
  }

  @Override
  public void prepareGraph(int parents, int children) {
    graph = new ArrayList<>(parents);
    for (int p = 0; p < parents; p++) {
      ParentRow parent = new ParentRow(null, "parent" + p, p);
      for (int c = 0; c < children; c++) {
        parent.children.add(new ChildRow(null, "child" + c, null));
      }
      graph.add(parent);
    }
  }

  @Override
  public int insertGraph() {
    return jdbi.inTransaction(h -> {
      PreparedBatch parents = h.prepareBatch("INSERT INTO parent (name, score) VALUES (?, ?)");
      for (ParentRow p : graph) {
        parents.add(p.name, p.score);
      }
      List<Long> parentIds = executeReturningIds(h, parents, graph.size());
      PreparedBatch children = h.prepareBatch(
          "INSERT INTO child (name, parent_id) VALUES (?, ?)");
      List<ChildRow> written = new ArrayList<>();
      for (int i = 0; i < graph.size(); i++) {
        ParentRow p = graph.get(i);
        p.id = parentIds.get(i);
        for (ChildRow c : p.children) {
          c.parentId = p.id;
          children.add(c.name, c.parentId);
          written.add(c);
        }
      }
      List<Long> childIds = executeReturningIds(h, children, written.size());
      for (int i = 0; i < written.size(); i++) {
        written.get(i).id = childIds.get(i);
      }
      return graph.size();
    });
  }

  /**
   * Runs an INSERT batch and returns the generated ids in order. PostgreSQL returns them from
   * the batch; sqlite-jdbc returns none for a batch, but SQLite gives a table without
   * AUTOINCREMENT consecutive rowids above the largest, and no other writer can interleave in
   * the write transaction, so the ids end at {@code last_insert_rowid()}.
   */
  private List<Long> executeReturningIds(Handle h, PreparedBatch batch, int rows) {
    if (postgres) {
      return batch.executePreparedBatch("id").mapTo(Long.class).list();
    }
    batch.execute();
    long last = h.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
    List<Long> ids = new ArrayList<>(rows);
    for (long id = last - rows + 1; id <= last; id++) {
      ids.add(id);
    }
    return ids;
  }

  @Override
  public int deleteAllParents() {
    return jdbi.inTransaction(h -> {
      List<ParentRow> parents = loadParents(h);
      List<Long> ids = parents.stream().map(p -> p.id).toList();
      deleteParents(h, ids);
      return ids.size();
    });
  }

  /** Deletes the parents with these ids, their children and their tag links. */
  private void deleteParents(Handle h, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    keys(h, h.createUpdate(keyed("DELETE FROM child WHERE parent_id", ids)), ids).execute();
    keys(h, h.createUpdate(keyed("DELETE FROM parent_tag WHERE parent_id", ids)), ids)
        .execute();
    keys(h, h.createUpdate(keyed("DELETE FROM parent WHERE id", ids)), ids).execute();
  }

  @Override
  public int removeChildren(int remove) {
    return jdbi.inTransaction(h -> {
      List<ParentRow> parents = loadParents(h);
      Map<Long, ParentRow> byId = new HashMap<>();
      parents.forEach(p -> byId.put(p.id, p));
      List<Long> parentIds = parents.stream().map(p -> p.id).toList();
      keys(h, h.createQuery(keyed("SELECT id, name, parent_id FROM child WHERE parent_id",
          parentIds) + " ORDER BY id"), parentIds)
          .map((rs, ctx) -> new ChildRow(rs.getLong(1), rs.getString(2), rs.getLong(3)))
          .forEach(c -> byId.get(c.parentId).children.add(c));
      List<Long> orphans = new ArrayList<>();
      for (ParentRow p : parents) {
        for (int i = 0; i < remove && !p.children.isEmpty(); i++) {
          orphans.add(p.children.remove(p.children.size() - 1).id);
        }
      }
      if (!orphans.isEmpty()) {
        keys(h, h.createUpdate(keyed("DELETE FROM child WHERE id", orphans)), orphans)
            .execute();
      }
      return orphans.size();
    });
  }

  @Override
  public int bulkDelete(int scoreBelow) {
    return jdbi.inTransaction(h -> {
      // the keys once, then each table by key set: cheaper than repeating the condition
      List<Long> ids = h.createQuery("SELECT id FROM parent WHERE score < :limit")
          .bind("limit", scoreBelow).mapTo(Long.class).list();
      deleteParents(h, ids);
      return ids.size();
    });
  }

  private static List<ParentRow> loadParents(Handle h) {
    return h.createQuery("SELECT id, name, score FROM parent ORDER BY id")
        .map((rs, ctx) -> new ParentRow(rs.getLong(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  /** {@code column = ANY(:keys)} on PostgreSQL, {@code column IN (<keys>)} on SQLite. */
  private String keyed(String sqlUpToColumn, List<Long> keys) {
    return sqlUpToColumn + (postgres ? " = ANY(:keys)" : " IN (<keys>)");
  }

  private <S extends SqlStatement<S>> S keys(Handle h, S statement, List<Long> keys) {
    if (!postgres) {
      return statement.bindList("keys", keys);
    }
    return statement.bind("keys", (position, ps, ctx) -> {
      Array array = h.getConnection().createArrayOf("bigint", keys.toArray());
      ps.setArray(position, array);
    });
  }

  @Override
  public void close() {
    graph = List.of();
  }
}
