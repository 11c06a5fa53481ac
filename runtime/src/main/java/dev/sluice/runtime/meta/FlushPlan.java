package dev.sluice.runtime.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How rows of one entity are written and deleted, as computed by the processor: the SQL of
 * each statement, the entity's position in the schema's insert order, the foreign keys written
 * by a post-update, and the ordered steps of a delete.
 */
public final class FlushPlan<T> {
  private final EntityType<T> type;
  private final int insertPosition;
  private final String insertSql;
  private final String insertGeneratedSql;
  private final String updatePrefix;
  private final String updateWhere;
  private final String deleteSql;
  private final int[] postUpdateColumns;
  private final List<DeleteStep> deleteSteps;
  private final Map<Relation<?, ?>, List<SetStatement>> setSteps;
  private final List<SetStatement> bulkDelete;

  private FlushPlan(Builder<T> b) {
    this.type = b.type;
    this.insertPosition = b.insertPosition;
    this.insertSql = Objects.requireNonNull(b.insertSql, "insert");
    this.insertGeneratedSql = b.insertGeneratedSql;
    this.updatePrefix = Objects.requireNonNull(b.updatePrefix, "update");
    this.updateWhere = b.updateWhere;
    this.deleteSql = Objects.requireNonNull(b.deleteSql, "delete");
    this.postUpdateColumns = b.postUpdateColumns;
    this.deleteSteps = List.copyOf(b.deleteSteps);
    this.setSteps = new IdentityHashMap<>(b.setSteps);
    this.bulkDelete = b.bulkDelete;
  }

  public static <T> Builder<T> builder(EntityType<T> type, int insertPosition) {
    return new Builder<>(type, insertPosition);
  }

  public EntityType<T> type() {
    return type;
  }

  /** Position of the entity's table in the schema's insert order (deletes run in reverse). */
  public int insertPosition() {
    return insertPosition;
  }

  /** INSERT of every column, parameters in column order. */
  public String insertSql() {
    return insertSql;
  }

  /** INSERT of every column but the generated id, or {@code null} when the id is not generated. */
  public String insertGeneratedSql() {
    return insertGeneratedSql;
  }

  /** UPDATE of the given columns, parameters in the same order followed by the id. */
  public String updateSql(int[] columns) {
    StringBuilder sql = new StringBuilder(updatePrefix);
    for (int i = 0; i < columns.length; i++) {
      sql.append(i == 0 ? "" : ", ").append(type.columns().get(columns[i]).quotedName())
          .append(" = ?");
    }
    return sql.append(updateWhere).toString();
  }

  /** DELETE of a set of rows by id: {@code … WHERE "id" IN ({keys})} (see {@link KeyList}). */
  public String deleteSql() {
    return deleteSql;
  }

  /** Foreign-key columns that a post-update writes after the INSERT (and clears before a DELETE). */
  public int[] postUpdateColumns() {
    return postUpdateColumns.clone();
  }

  public boolean isPostUpdateColumn(int column) {
    for (int c : postUpdateColumns) {
      if (c == column) {
        return true;
      }
    }
    return false;
  }

  /** The steps of deleting one row, in order, before the row's own DELETE. */
  public List<DeleteStep> deleteSteps() {
    return deleteSteps;
  }

  /**
   * The set-based form of a delete step: statements over the keys of the parents being
   * deleted, or {@code null} when the step needs per-row work.
   */
  public List<SetStatement> setStep(Relation<?, ?> relation) {
    return setSteps.get(relation);
  }

  /**
   * Deleting a set of rows with every cascade, statement by statement, or {@code null} when
   * that needs per-row work.
   */
  public List<SetStatement> bulkDelete() {
    return bulkDelete;
  }

  /** Assembles a plan; used by generated {@code XFlushPlan} classes. */
  public static final class Builder<T> {
    private final EntityType<T> type;
    private final int insertPosition;
    private String insertSql;
    private String insertGeneratedSql;
    private String updatePrefix;
    private String updateWhere;
    private String deleteSql;
    private int[] postUpdateColumns = new int[0];
    private final List<DeleteStep> deleteSteps = new ArrayList<>();
    private final Map<Relation<?, ?>, List<SetStatement>> setSteps = new IdentityHashMap<>();
    private List<SetStatement> bulkDelete;

    private Builder(EntityType<T> type, int insertPosition) {
      this.type = Objects.requireNonNull(type);
      this.insertPosition = insertPosition;
    }

    public Builder<T> insert(String sql) {
      this.insertSql = sql;
      return this;
    }

    public Builder<T> insertGenerated(String sql) {
      this.insertGeneratedSql = sql;
      return this;
    }

    /** The UPDATE around its SET list: {@code prefix} ends with "SET ", {@code where} names the id. */
    public Builder<T> update(String prefix, String where) {
      this.updatePrefix = prefix;
      this.updateWhere = where;
      return this;
    }

    public Builder<T> delete(String sql) {
      this.deleteSql = sql;
      return this;
    }

    public Builder<T> postUpdateColumns(int... columns) {
      this.postUpdateColumns = columns.clone();
      return this;
    }

    public Builder<T> step(DeleteStep.Kind kind, Relation<T, ?> relation) {
      deleteSteps.add(DeleteStep.of(kind, relation));
      return this;
    }

    public Builder<T> setStep(Relation<T, ?> relation, SetStatement... statements) {
      setSteps.put(relation, List.of(statements));
      return this;
    }

    public Builder<T> bulkDelete(SetStatement... statements) {
      bulkDelete = List.of(statements);
      return this;
    }

    public FlushPlan<T> build() {
      return new FlushPlan<>(this);
    }
  }
}
