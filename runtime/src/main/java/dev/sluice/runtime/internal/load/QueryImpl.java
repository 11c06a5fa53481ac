package dev.sluice.runtime.internal.load;

import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.EntityQuery;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.RelationModel;
import dev.sluice.runtime.internal.delete.BulkDelete;
import dev.sluice.runtime.internal.sql.Sql;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@link EntityQuery} implementation: SQL over one table aliased {@link #ALIAS}, user
 * conditions AND-ed, JOINED relations of the type folded into the same statement around it.
 */
public final class QueryImpl<T> implements EntityQuery<T> {
  /**
   * The alias of the queried table, for the runtime's own conditions (the loader's {@code rowsWhere});
   * users' conditions need none, since the table is alone in the statement they apply to.
   */
  static final String ALIAS = "t";

  private final LoadingSession session;
  private final EntityType<T> type;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, ValueArgument> parameters = new LinkedHashMap<>();
  private String orderBy;
  private Integer limit;
  private Integer offset;
  private int internalParameters;

  public QueryImpl(LoadingSession session, EntityType<T> type) {
    this.session = session;
    this.type = type;
    String typeCondition = EntityModel.of(type).typeCondition(ALIAS);
    if (typeCondition != null) {
      conditions.add(typeCondition); // a subclass: the rows of its classes only
    }
  }

  /** Restricts to the row with this primary key. */
  public QueryImpl<T> whereId(Object id) {
    Object[] values = EntityModel.of(type).keyValues(id);
    for (int i = 0; i < values.length; i++) {
      Column column = type.idColumns().get(i);
      conditions.add(ALIAS + "." + column.quotedName() + " = " + internal(values[i],
          column.type()));
    }
    return this;
  }

  /** Restricts to the rows related to one owner, in the relation's order. */
  public QueryImpl<T> relatedTo(InstanceState owner, Relation<Object, T> relation) {
    Object[] key = Keys.ownerKey(relation, owner.entity);
    if (key == null) {
      throw new InvalidRequestException(relation + " cannot be queried before "
          + owner.describe() + " has a key: flush it first");
    }
    StringBuilder condition = new StringBuilder();
    if (relation.direction() == Relation.Direction.MANY_TO_MANY) {
      // (t.x, t.y) IN (SELECT a.x, a.y FROM link a WHERE a.o1 = ? AND a.o2 = ?): each side's
      // width is its own key's
      StringBuilder targets = new StringBuilder();
      StringBuilder linked = new StringBuilder();
      int targetWidth = relation.targetColumns().length;
      for (int i = 0; i < targetWidth; i++) {
        targets.append(i == 0 ? "" : ", ").append(ALIAS).append('.')
            .append(relation.targetJoinColumn(i).quotedName());
        linked.append(i == 0 ? "" : ", ").append("a.").append(relation.secondaryTargetColumn(i));
      }
      condition.append(targetWidth == 1 ? targets : "(" + targets + ")").append(" IN (SELECT ")
          .append(linked).append(" FROM ").append(relation.secondaryTable()).append(" a WHERE ");
      for (int i = 0; i < relation.joinWidth(); i++) {
        condition.append(i == 0 ? "" : " AND ").append("a.")
            .append(relation.secondaryOwnerColumn(i)).append(" = ")
            .append(internal(key[i], relation.ownerJoinColumn(i).type()));
      }
      conditions.add(condition.append(')').toString());
    } else {
      for (int i = 0; i < relation.joinWidth(); i++) {
        condition.append(i == 0 ? "" : " AND ").append(ALIAS).append('.')
            .append(relation.targetJoinColumn(i).quotedName()).append(" = ")
            .append(internal(key[i], relation.ownerJoinColumn(i).type()));
      }
      conditions.add(condition.toString());
    }
    String order = RelationModel.of(relation).orderBy(ALIAS);
    orderBy = order.isEmpty() ? null : order;
    return this;
  }

  @Override
  public EntityQuery<T> where(String condition) {
    conditions.add("(" + condition + ")");
    return this;
  }

  @Override
  public EntityQuery<T> bind(String name, Object value) {
    if (name.startsWith("sluice_")) {
      throw new InvalidRequestException("Parameter names starting with sluice_ are reserved");
    }
    parameters.put(name, ValueArgument.ofParameter(session.dialect(), name, value));
    return this;
  }

  @Override
  public EntityQuery<T> orderBy(String orderBy) {
    this.orderBy = orderBy;
    return this;
  }

  @Override
  public EntityQuery<T> limit(int count) {
    this.limit = count;
    return this;
  }

  @Override
  public EntityQuery<T> offset(int count) {
    this.offset = count;
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<T> list() {
    return session.read(this::run);
  }

  @SuppressWarnings("unchecked")
  private List<T> run() {
    session.autoflush();
    List<Relation<Object, Object>> joined = joinedRelations();
    if (joined.isEmpty()) {
      Query query = bound(session.handle().createQuery(innerSql(false)));
      return (List<T>) session.loader().list((EntityType<Object>) type, query, Set.of());
    }
    JoinedQuery<T> query = new JoinedQuery<>(session, type, joined);
    return query.run(bound(session.handle().createQuery(query.sql(innerSql(true)))));
  }

  @Override
  public Optional<T> first() {
    Integer previous = limit;
    limit = 1;
    try {
      return list().stream().findFirst();
    } finally {
      limit = previous;
    }
  }

  @Override
  public T one() {
    Integer previous = limit;
    limit = 2;
    try {
      List<T> rows = list();
      if (rows.size() != 1) {
        throw new InvalidRequestException((rows.isEmpty() ? "No " : "More than one ")
            + type.name() + " matched a query that expects exactly one");
      }
      return rows.get(0);
    } finally {
      limit = previous;
    }
  }

  @Override
  public long count() {
    session.autoflush();
    String sql = limit == null && offset == null
        ? "SELECT COUNT(*) FROM " + from() + whereClause()
        : "SELECT COUNT(*) FROM (" + innerSql(false) + ") c";
    return session.read(() -> bound(session.handle().createQuery(sql)).mapTo(Long.class).one());
  }

  @Override
  @SuppressWarnings("unchecked")
  public int delete() {
    session.autoflush();
    String sql = "SELECT " + EntityModel.of(type).quotedKeyColumns(ALIAS) + " FROM " + from()
        + whereClause() + orderClause() + pageClause();
    return BulkDelete.run(session, (EntityType<Object>) type, () -> bound(
        session.handle().createQuery(sql)).map((rs, ctx) -> Sql.readKey(session.dialect(), rs,
            1, type)).list());
  }

  /**
   * The filtered, ordered, paged SELECT of the type's columns; with {@code withRowNumber}, as
   * the joined query wraps it: with each row's position, so the outer join keeps the order.
   */
  private String innerSql(boolean withRowNumber) {
    String order = orderClause();
    return "SELECT " + Sql.columns(type, ALIAS)
        + (withRowNumber ? ", ROW_NUMBER() OVER (" + order.trim() + ") AS \"sluice_rn\"" : "")
        + " FROM " + from() + whereClause() + order + pageClause();
  }

  /** The type's rows under the alias conditions name them by. */
  private String from() {
    return EntityModel.of(type).readFrom() + " " + ALIAS;
  }

  private String whereClause() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private String orderClause() {
    String byId = EntityModel.of(type).quotedKeyColumns(ALIAS);
    return " ORDER BY " + (orderBy == null ? byId : orderBy + ", " + byId);
  }

  private String pageClause() {
    StringBuilder sql = new StringBuilder();
    if (limit != null) {
      sql.append(" LIMIT ").append((int) limit);
    } else if (offset != null && session.dialect() == Dialect.SQLITE) {
      sql.append(" LIMIT -1");
    }
    if (offset != null) {
      sql.append(" OFFSET ").append((int) offset);
    }
    return sql.toString();
  }

  private Query bound(Query query) {
    parameters.forEach(query::bind);
    return query;
  }

  private String internal(Object value, ColumnType columnType) {
    String name = "sluice_p" + internalParameters++;
    parameters.put(name, ValueArgument.of(session.dialect(), value, columnType));
    return ":" + name;
  }

  @SuppressWarnings("unchecked")
  private List<Relation<Object, Object>> joinedRelations() {
    List<Relation<Object, Object>> joined = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Relation<?, ?> relation : type.relations()) {
      if (relation.loading() == Lazy.JOINED && names.add(relation.name())) {
        joined.add((Relation<Object, Object>) relation);
      }
    }
    return joined;
  }
}
