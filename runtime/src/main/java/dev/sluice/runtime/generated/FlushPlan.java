package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import dev.sluice.runtime.support.KeyList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How rows of one entity are written and deleted, as computed by the processor: the SQL of
 * each statement, the entity's position in the schema's insert order, the foreign keys written
 * by a post-update, the ordered steps of a delete, and the parts of its set-based deletes,
 * which refer to the children's plans rather than repeat their statements.
 */
public final class FlushPlan<T> {
  private final EntityType<T> type;
  private final int insertPosition;
  private final String insertSql;
  private final String insertGeneratedSql;
  private final String updatePrefix;
  private final String updateWhere;
  private final String deleteSql;
  /** The tables of a joined-table subclass below its root's, in insert order; usually none. */
  private final List<JoinedTable> joinedTables;
  /**
   * Per column, 0 for the base table, 1 + the index of its joined table, or -1 for a column
   * of a sibling class's table, which the entity's rows do not have.
   */
  private final int[] tableOfColumn;
  private final int[] postUpdateColumns;
  private final List<DeleteStep> deleteSteps;
  private final Map<Relation<?, ?>, SetStep> setSteps;
  private final List<Relation<?, ?>> bulkRelations;
  private final Map<Relation<?, ?>, LinkStatements> links;
  private final String treeBefore;
  private final String treeAfter;
  private volatile Composed composed;

  /** The set-based statements, composed from this plan and its children's at first use. */
  private record Composed(Map<Relation<?, ?>, List<SetStatement>> steps,
      List<SetStatement> bulk) {}

  private FlushPlan(Builder<T> b) {
    this.type = b.type;
    this.insertPosition = b.insertPosition;
    this.insertSql = Objects.requireNonNull(b.insertSql, "insert");
    this.insertGeneratedSql = b.insertGeneratedSql;
    this.updatePrefix = Objects.requireNonNull(b.updatePrefix, "update");
    this.updateWhere = b.updateWhere;
    this.deleteSql = Objects.requireNonNull(b.deleteSql, "delete");
    this.joinedTables = List.copyOf(b.joinedTables);
    this.tableOfColumn = new int[type.columns().size()];
    if (b.baseColumns != null) {
      Arrays.fill(tableOfColumn, -1);
      for (int column : b.baseColumns) {
        tableOfColumn[column] = 0;
      }
    }
    for (int t = 0; t < joinedTables.size(); t++) {
      for (int column : joinedTables.get(t).columns) {
        tableOfColumn[column] = t + 1;
      }
    }
    this.postUpdateColumns = b.postUpdateColumns;
    this.deleteSteps = List.copyOf(b.deleteSteps);
    this.setSteps = new IdentityHashMap<>(b.setSteps);
    this.bulkRelations = b.bulkRelations;
    this.links = new IdentityHashMap<>(b.links);
    this.treeBefore = b.treeBefore;
    this.treeAfter = b.treeAfter;
    if (!joinedTables.isEmpty() && (bulkRelations != null || treeBefore != null)) {
      throw new IllegalArgumentException(type + ": rows in several tables are deleted one by one");
    }
    if (bulkRelations != null && !setSteps.keySet().containsAll(bulkRelations)) {
      throw new IllegalArgumentException(
          type + ": a bulk delete names a relation with no set step");
    }
    for (DeleteStep step : deleteSteps) {
      // Association rows go by the session's own unlink statement; children need a set step.
      if (step.decision() == DeleteStep.Decision.STATEMENT
          && step.kind() != DeleteStep.Kind.UNLINK && !setSteps.containsKey(step.relation())) {
        throw new IllegalArgumentException(type + ": " + step + " has no set step");
      }
    }
  }

  /** Starts a plan. Not API: only the generated metamodels {@code X_} call it. */
  public static <T> Builder<T> builder(EntityType<T> type, int insertPosition) {
    return new Builder<>(type, insertPosition);
  }

  /** The entity the plan writes. */
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

  /**
   * UPDATE of the given columns, which are all of one table ({@link #byTable}), parameters in
   * the same order followed by the id.
   */
  public String updateSql(int[] columns) {
    int table = tableOfColumn[columns[0]];
    StringBuilder sql = new StringBuilder(table == 0 ? updatePrefix
        : joinedTables.get(table - 1).updatePrefix);
    for (int i = 0; i < columns.length; i++) {
      if (tableOfColumn[columns[i]] != table) {
        throw new IllegalArgumentException(type + ": columns of several tables in one UPDATE");
      }
      sql.append(i == 0 ? "" : ", ").append(type.columns().get(columns[i]).quotedName())
          .append(" = ?");
    }
    return sql.append(table == 0 ? updateWhere : joinedTables.get(table - 1).updateWhere)
        .toString();
  }

  /** The columns split by the table that holds them, base table first, order kept within. */
  public List<int[]> byTable(int[] columns) {
    if (joinedTables.isEmpty()) {
      return columns.length == 0 ? List.of() : List.of(columns);
    }
    List<int[]> split = new ArrayList<>();
    for (int table = 0; table <= joinedTables.size(); table++) {
      int count = 0;
      int[] own = new int[columns.length];
      for (int column : columns) {
        if (tableOfColumn[column] == table) {
          own[count++] = column;
        }
      }
      if (count > 0) {
        split.add(Arrays.copyOf(own, count));
      }
    }
    return split;
  }

  /** Whether the INSERT of the base table writes {@code column} (else a joined table's does). */
  public boolean inBaseTable(int column) {
    return tableOfColumn[column] == 0;
  }

  /** The tables below the base table that a row of the entity also has, in insert order. */
  public List<JoinedTable> joinedTables() {
    return joinedTables;
  }

  /** DELETE of a set of rows by id: {@code … WHERE "id" IN ({keys})} (see {@link KeyList}). */
  public String deleteSql() {
    return deleteSql;
  }

  /**
   * The DELETEs of a set of rows by id, one per table, the joined tables' first, deepest first
   * (see {@link KeyList}).
   */
  public List<String> deleteSqls() {
    if (joinedTables.isEmpty()) {
      return List.of(deleteSql);
    }
    List<String> sqls = new ArrayList<>();
    for (int t = joinedTables.size() - 1; t >= 0; t--) {
      if (joinedTables.get(t).deleteSql != null) {
        sqls.add(joinedTables.get(t).deleteSql);
      }
    }
    sqls.add(deleteSql);
    return sqls;
  }

  /** Foreign-key columns that a post-update writes after the INSERT (and clears before a DELETE). */
  public int[] postUpdateColumns() {
    return postUpdateColumns.clone();
  }

  /** Whether a post-update writes any column of this entity. */
  public boolean hasPostUpdateColumns() {
    return postUpdateColumns.length > 0;
  }

  /** Whether a post-update writes {@code column}. */
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

  /** The delete step of one of the entity's relations, or {@code null} when it has none. */
  public DeleteStep deleteStep(Relation<?, ?> relation) {
    for (DeleteStep step : deleteSteps) {
      if (step.relation() == relation) {
        return step;
      }
    }
    return null;
  }

  /**
   * The statements of the association rows of one of the entity's many-to-many relations, or
   * {@code null} for any other relation.
   */
  public LinkStatements links(Relation<?, ?> relation) {
    return links.get(relation);
  }

  /**
   * The set-based form of a delete step: statements over the keys of the parents being
   * deleted, or {@code null} when the step needs per-row work.
   */
  public List<SetStatement> setStep(Relation<?, ?> relation) {
    return composed().steps().get(relation);
  }

  /**
   * Deleting a set of rows with every cascade, statement by statement, or {@code null} when
   * that needs per-row work.
   */
  public List<SetStatement> bulkDelete() {
    return composed().bulk();
  }

  /** Composes the set-based statements once; a race only composes the same lists twice. */
  private Composed composed() {
    Composed c = composed;
    if (c == null) {
      Map<Relation<?, ?>, List<SetStatement>> steps = new IdentityHashMap<>();
      setSteps.forEach((relation, step) -> steps.put(relation, SetDeleteSql.step(this, step)));
      c = new Composed(steps,
          bulkRelations == null ? null : SetDeleteSql.bulk(this));
      composed = c;
    }
    return c;
  }

  /** The set step of a relation as written, for {@link SetDeleteSql}. */
  SetStep setStepPart(Relation<?, ?> relation) {
    return setSteps.get(relation);
  }

  /** The relations whose set steps a bulk delete runs, in order, before its own DELETE. */
  List<Relation<?, ?>> bulkRelations() {
    return bulkRelations;
  }

  /** Whether deleting rows closes over a self-referential tree first. */
  boolean isTree() {
    return treeBefore != null;
  }

  /** The keys of the rows {@code condition} selects and of all their tree descendants. */
  String treeClosure(String condition) {
    return treeBefore + condition + treeAfter;
  }

  /** {@code "a" = NULL, "b" = NULL} for the post-update columns, or {@code null}. */
  String postUpdateClear() {
    if (postUpdateColumns.length == 0) {
      return null;
    }
    StringBuilder set = new StringBuilder();
    for (int column : postUpdateColumns) {
      set.append(set.length() == 0 ? "" : ", ")
          .append(type.columns().get(column).quotedName()).append(" = NULL");
    }
    return set.toString();
  }

  /**
   * A table of a joined-table subclass: its INSERT (the key first, then {@link #columns} in
   * order), the UPDATE around a SET list, and the DELETE of a set of rows by key, if the
   * database does not delete them (ON DELETE CASCADE, {@code passiveDeletes}).
   */
  public static final class JoinedTable {
    private final int[] columns;
    private final String insertSql;
    private final String updatePrefix;
    private final String updateWhere;
    private final String deleteSql;

    private JoinedTable(int[] columns, String insertSql, String updatePrefix, String updateWhere,
        String deleteSql) {
      this.columns = columns.clone();
      this.insertSql = Objects.requireNonNull(insertSql);
      this.updatePrefix = Objects.requireNonNull(updatePrefix);
      this.updateWhere = Objects.requireNonNull(updateWhere);
      this.deleteSql = deleteSql; // null: the database's ON DELETE CASCADE deletes the rows
    }

    /** The entity's columns this table holds, besides its key, in INSERT order. */
    public int[] columns() {
      return columns.clone();
    }

    /** The INSERT: the key, then the columns. */
    public String insertSql() {
      return insertSql;
    }
  }

  /** Assembles a plan. Not API: only the generated metamodels {@code X_} call it. */
  public static final class Builder<T> {
    private final EntityType<T> type;
    private final int insertPosition;
    private String insertSql;
    private String insertGeneratedSql;
    private String updatePrefix;
    private String updateWhere;
    private String deleteSql;
    private final List<JoinedTable> joinedTables = new ArrayList<>();
    private int[] baseColumns;
    private int[] postUpdateColumns = new int[0];
    private final List<DeleteStep> deleteSteps = new ArrayList<>();
    private final Map<Relation<?, ?>, SetStep> setSteps = new IdentityHashMap<>();
    private List<Relation<?, ?>> bulkRelations;
    private final Map<Relation<?, ?>, LinkStatements> links = new IdentityHashMap<>();
    private String treeBefore;
    private String treeAfter;

    private Builder(EntityType<T> type, int insertPosition) {
      this.type = Objects.requireNonNull(type);
      this.insertPosition = insertPosition;
    }

    /** The INSERT of every column. */
    public Builder<T> insert(String sql) {
      this.insertSql = sql;
      return this;
    }

    /** The INSERT without the generated id. */
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

    /** The DELETE of a set of rows by id. */
    public Builder<T> delete(String sql) {
      this.deleteSql = sql;
      return this;
    }

    /**
     * The columns the base table holds, when not every column outside the joined tables: in a
     * hierarchy with joined tables, those of a sibling's table are in none of the entity's.
     */
    public Builder<T> baseColumns(int... columns) {
      this.baseColumns = columns.clone();
      return this;
    }

    /**
     * A table below the base table, in insert order, holding {@code columns} of the entity:
     * its INSERT (key first), its UPDATE around the SET list, its DELETE by key set
     * ({@code null} when the database's ON DELETE CASCADE deletes its rows).
     */
    public Builder<T> joinedTable(String insert, String updatePrefix, String updateWhere,
        String delete, int... columns) {
      joinedTables.add(new JoinedTable(columns, insert, updatePrefix, updateWhere, delete));
      return this;
    }

    /** The foreign-key columns a post-update writes. */
    public Builder<T> postUpdateColumns(int... columns) {
      this.postUpdateColumns = columns.clone();
      return this;
    }

    /** Appends a step of deleting one row, with the decision how it reaches the rows. */
    public Builder<T> step(DeleteStep.Kind kind, DeleteStep.Decision decision,
        Relation<T, ?> relation) {
      deleteSteps.add(DeleteStep.of(kind, decision, relation));
      return this;
    }

    /** A relation's set step made of statements over the parents' keys. */
    public Builder<T> setStep(Relation<T, ?> relation, SetStatement... statements) {
      setSteps.put(relation, SetStep.of(List.of(statements)));
      return this;
    }

    /**
     * A relation's set step that deletes the children {@code condition} selects (its
     * {@code {keys}} are the parents' keys) by their own plan.
     */
    public Builder<T> setCascade(Relation<T, ?> relation, FlushPlan<?> children,
        String condition) {
      setSteps.put(relation, SetStep.cascade(children, condition));
      return this;
    }

    /** Like {@link #setCascade}, into this plan's own table (a self-referential tree). */
    public Builder<T> setTreeCascade(Relation<T, ?> relation, String condition) {
      setSteps.put(relation, SetStep.ownRows(condition));
      return this;
    }

    /**
     * The recursive query around a condition that yields the keys of the rows it selects and
     * of their descendants along every self-referential DELETE cascade.
     */
    public Builder<T> tree(String before, String after) {
      this.treeBefore = Objects.requireNonNull(before);
      this.treeAfter = Objects.requireNonNull(after);
      return this;
    }

    /**
     * Makes deleting a set of rows set-based: the post-update columns cleared, then the set
     * steps of {@code relations} in this order, then the rows' DELETE.
     */
    @SafeVarargs
    public final Builder<T> bulkDelete(Relation<T, ?>... relations) {
      List<Relation<?, ?>> inOrder = new ArrayList<>();
      for (Relation<T, ?> relation : relations) {
        inOrder.add(relation);
      }
      bulkRelations = List.copyOf(inOrder);
      return this;
    }

    /** The statements of a many-to-many relation's association rows (see {@link LinkStatements}). */
    public Builder<T> links(Relation<T, ?> relation, String insert, String delete,
        String deleteOfOwner, String deleteOfOwners, String updateOwnerKey) {
      links.put(relation, new LinkStatements(insert, delete, deleteOfOwner, deleteOfOwners,
          updateOwnerKey));
      return this;
    }

    /** The plan. */
    public FlushPlan<T> build() {
      return new FlushPlan<>(this);
    }
  }
}
