package dev.sluice.runtime.internal.load;

import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.ObjectDeletedException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.RelationModel;
import dev.sluice.runtime.internal.delete.FlushReads;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.sql.KeySets;
import dev.sluice.runtime.internal.sql.Sql;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns rows into objects through the identity map and loads relations: one owner at a time
 * (SELECT), many owners per IN query (SELECTIN, explicit loads), and the eager relations of
 * whatever was just loaded.
 */
public final class Loader implements FlushReads {
  private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

  /**
   * Key parameters per IN query where keys are not bound as one array; keeps statements well
   * under every driver's parameter limit.
   */
  static final int CHUNK = 1000;

  private final LoadingSession session;

  public Loader(LoadingSession session) {
    this.session = session;
  }

  /** The object of a row whose columns start at {@code offset}, or {@code null} for a null key. */
  Object materialize(EntityType<Object> type, ResultSet rs, int offset) throws SQLException {
    return materialize(type, readRow(type, rs, offset));
  }

  /** As {@link #materialize(EntityType, ResultSet, int)}, for a row's values read already. */
  private Object materialize(EntityType<Object> type, Object[] values) {
    Object key = EntityModel.of(type).key(values);
    if (key == null) {
      return null;
    }
    InstanceState state = session.identityMap().find(type, key);
    if (state != null) {
      if (state.expired()) {
        reload(state, values);
      }
      return state.entity;
    }
    // in a hierarchy the row's discriminator names the class to build
    @SuppressWarnings("unchecked")
    EntityModel<Object> model = (EntityModel<Object>) EntityModel.of(type).rowType(values);
    Object entity = model.newInstance();
    model.restore(entity, values);
    state = session.attachLoaded(entity, model);
    state.loaded(model.snapshot(entity));
    return entity;
  }

  /** Reads a row's values for every column of a type, starting after {@code offset} columns. */
  Object[] readRow(EntityType<?> type, ResultSet rs, int offset) throws SQLException {
    Dialect dialect = session.dialect();
    List<Column> columns = type.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = dialect.read(rs, offset + i + 1, columns.get(i));
    }
    return values;
  }

  /** Runs a query that selects a type's columns first; objects in row order, each once. */
  List<Object> list(EntityType<Object> type, Query query, Set<Relation<?, ?>> loadedAlready) {
    List<Object> rows = query.map((rs, ctx) -> materialize(type, rs, 0)).list();
    List<Object> objects = distinct(rows);
    applyEager(type, objects, loadedAlready);
    return objects;
  }

  /** Reloads a persistent object's columns now; its relations become unloaded. */
  public void refresh(InstanceState state) {
    state.discardExpiredValues(); // a refresh discards every change
    reloadExpired(state);
    Holder.unloadAll(state);
  }

  /**
   * Reloads an expired object's columns as the session hands it out, keeping the columns set
   * since {@code expire} and the relations loaded since (expire unloaded them already).
   */
  void reloadExpired(InstanceState state) {
    Object[] row = readById(state);
    if (row == null) {
      throw new ObjectDeletedException(state.describe() + " has no row any more; it was"
          + " deleted, or its key or its class (discriminator) changed, outside this session");
    }
    reload(state, row);
  }

  /**
   * Reloads an expired object about to be handed out; if its row is gone it leaves the session
   * as deleted (as SQLAlchemy's get of an expired object) and the answer is false.
   */
  public boolean reloadIfPresent(InstanceState state) {
    if (hasJoined(state.type)) {
      // One statement, as in SQLAlchemy: the row with its JOINED relations, which the query
      // fills (expire unloaded them) while it reloads the expired columns.
      boolean found = !new QueryImpl<>(session, state.type).whereId(state.key()).list().isEmpty();
      if (!found) {
        session.detachDeleted(List.of(state));
      }
      return found;
    }
    Object[] row = readById(state);
    if (row == null) {
      session.detachDeleted(List.of(state));
      return false;
    }
    reload(state, row);
    return true;
  }

  private static boolean hasJoined(EntityType<?> type) {
    for (Relation<?, ?> relation : type.relations()) {
      if (relation.loading() == Lazy.JOINED) {
        return true;
      }
    }
    return false;
  }

  /**
   * The object's row, read by its key; in a hierarchy only while the row is still of the
   * object's class (a row another class took over is gone for this object).
   */
  private Object[] readById(InstanceState state) {
    EntityModel<Object> type = state.type;
    String ofClass = type.typeCondition("t");
    Query query = session.handle().createQuery("SELECT " + Sql.columns(type, "t") + " FROM "
        + type.readFrom() + " t WHERE " + type.keyEquals("t")
        + (ofClass == null ? "" : " AND " + ofClass));
    List<ValueArgument> key = ValueArgument.ofKey(session.dialect(), type, state.key());
    for (int i = 0; i < key.size(); i++) {
      query.bind(i, key.get(i));
    }
    List<Object[]> rows = query.map((rs, ctx) -> readRow(type, rs, 0)).list();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private void reload(InstanceState state, Object[] values) {
    Object[] kept = values.clone();
    if (state.expiredValues() != null) {
      Object[] current = state.type.snapshot(state.entity);
      for (int column : state.type.changedColumns(state.expiredValues(), current)) {
        kept[column] = current[column];
      }
    }
    state.type.restore(state.entity, values);
    state.reloaded(state.type.snapshot(state.entity));
    state.type.restore(state.entity, kept);
  }

  /** The target of a many-to-one found in the identity map by foreign key, without SQL. */
  public <T> T peekReference(Relation<Object, T> relation, Object owner) {
    if (relation.direction() != Relation.Direction.MANY_TO_ONE) {
      return null;
    }
    Object[] key = Keys.ownerKey(relation, owner);
    if (key == null || !joinsOnId(relation)) {
      return null;
    }
    InstanceState state = session.identityMap().findInstance(relation.target(), key[0]);
    return state == null || state.status() == ObjectState.DELETED
        ? null : relation.target().cast(state.entity);
  }

  /**
   * Loads a relation for every owner whose holder is not loaded yet (never DYNAMIC ones),
   * then the eager relations of what was loaded.
   */
  public void loadMany(Relation<Object, Object> relation, List<InstanceState> owners,
      boolean suspendAutoflush) {
    if (!suspendAutoflush) {
      session.autoflush();
    }
    List<InstanceState> todo = new ArrayList<>();
    for (InstanceState owner : owners) {
      if (relation.loading() != Lazy.DYNAMIC
          && !Holder.of(relation, owner.entity).isLoaded()) {
        todo.add(owner);
      }
    }
    if (todo.isEmpty()) {
      return;
    }
    Map<InstanceState, List<Object>> found = fetch(relation, todo);
    List<Object> targets = new ArrayList<>();
    for (InstanceState owner : todo) {
      List<Object> related = found.getOrDefault(owner, List.of());
      if (related.size() > 1 && !relation.isCollection()) {
        LOG.warn("{} is single-valued but {} rows match for {}; using the first (is the"
            + " foreign key meant to be unique?)", relation, related.size(), owner.describe());
      }
      Holder.of(relation, owner.entity).populate(related);
      targets.addAll(related);
    }
    applyEager(relation.target(), targets, Set.of(relation));
  }

  /**
   * The objects related to one owner now: its holder's members, loading them first unless
   * {@code leaveUnloaded} (passive deletes). A DYNAMIC holder is queried, never filled.
   */
  @Override
  public List<Object> related(InstanceState owner, Relation<Object, Object> relation,
      boolean leaveUnloaded) {
    Holder<Object> holder = Holder.of(relation, owner.entity);
    if (relation.loading() == Lazy.DYNAMIC && !holder.isLoaded()) {
      if (leaveUnloaded) {
        return holder.members();
      }
      List<Object> rows = new ArrayList<>(fetch(relation, List.of(owner))
          .getOrDefault(owner, List.of()));
      rows.removeIf(holder.removed()::contains);
      for (Object added : holder.added()) {
        if (rows.stream().noneMatch(row -> row == added)) {
          rows.add(added);
        }
      }
      return rows;
    }
    if (!holder.isLoaded() && !leaveUnloaded) {
      loadMany(relation, List.of(owner), true);
    }
    return holder.members();
  }

  /**
   * The objects related to a persistent owner in the database, found by the key the owner had
   * when last read or written (its key may be changing in this flush); the holder is filled.
   */
  @Override
  public List<Object> relatedByStoredKey(InstanceState owner,
      Relation<Object, Object> relation) {
    Holder<Object> holder = Holder.of(relation, owner.entity);
    if (holder.isLoaded() && relation.loading() != Lazy.DYNAMIC) {
      return holder.members();
    }
    List<Object> rows = fetch(relation, List.of(owner), true).getOrDefault(owner, List.of());
    if (relation.loading() == Lazy.DYNAMIC) {
      return rows;
    }
    holder.populate(rows);
    return holder.members();
  }

  @Override
  public List<Object> rowsWhere(EntityType<Object> type, int[] columns, Object[] values) {
    QueryImpl<Object> query = new QueryImpl<>(session, type);
    for (int c = 0; c < columns.length; c++) {
      String name = "sluiceKey" + c;
      query.where(QueryImpl.ALIAS + "." + type.columns().get(columns[c]).quotedName()
          + " = :" + name);
      query.bind(name, values[c]);
    }
    return query.list();
  }

  @Override
  public Object row(EntityType<Object> type, Object id) {
    return new QueryImpl<>(session, type).whereId(id).first().orElse(null);
  }

  /** Queries the related rows of several owners, grouped by owner, in relation order. */
  Map<InstanceState, List<Object>> fetch(Relation<Object, Object> relation,
      List<InstanceState> owners) {
    return fetch(relation, owners, false);
  }

  /** As {@link #fetch(Relation, List)}, joining on the owners' stored or current key values. */
  private Map<InstanceState, List<Object>> fetch(Relation<Object, Object> relation,
      List<InstanceState> owners, boolean storedKeys) {
    // keyed by the value itself for a single-column join: hashing a list costs more per row
    Map<Object, Match> byKey = new LinkedHashMap<>();
    Map<InstanceState, List<Object>> result = new HashMap<>(owners.size() * 4 / 3 + 1);
    for (InstanceState owner : owners) {
      Object[] key = storedKeys ? storedKey(owner, relation.ownerColumns())
          : Keys.ownerKey(relation, owner.entity);
      if (key == null) {
        continue;
      }
      if (relation.direction() == Relation.Direction.MANY_TO_ONE && joinsOnId(relation)) {
        InstanceState target = session.identityMap().findInstance(relation.target(), key[0]);
        if (target != null) {
          if (target.expired()) {
            reloadExpired(target);
          }
          result.put(owner, List.of(target.entity));
          continue;
        }
      }
      byKey.computeIfAbsent(groupKey(key), k -> new Match()).owners.add(owner);
    }
    List<List<Object>> keys = new ArrayList<>(byKey.size());
    for (Object key : byKey.keySet()) {
      keys.add(key instanceof KeyParts parts ? parts.values : List.of(key));
    }
    String arrayType = keyArrayType(relation);
    int chunkSize = arrayType != null ? Math.max(1, keys.size())
        : Math.max(1, CHUNK / relation.joinWidth());
    for (int from = 0; from < keys.size(); from += chunkSize) {
      List<List<Object>> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
      queryChunk(relation, chunk, arrayType, (key, target) -> {
        Match match = byKey.get(key);
        if (match != null) {
          match.rows.add(target);
        }
      });
    }
    for (Match match : byKey.values()) {
      if (!match.rows.isEmpty()) {
        result.put(match.owners.get(0), match.rows);
        for (int i = 1; i < match.owners.size(); i++) { // owners sharing a key: a list each
          result.put(match.owners.get(i), new ArrayList<>(match.rows));
        }
      }
    }
    return result;
  }

  /** The owners that join on one key value, and the rows found for it, in relation order. */
  private static final class Match {
    final List<InstanceState> owners = new ArrayList<>(1);
    final List<Object> rows = new ArrayList<>();
  }

  /** An owner key as {@link #fetch} groups by it: the value itself, or its parts. */
  private static Object groupKey(Object[] key) {
    return key.length == 1 ? key[0] : new KeyParts(Arrays.asList(key));
  }

  /** The values of a join over several columns, compared by value. */
  private record KeyParts(List<Object> values) {}

  /**
   * The SQL element type of the owners' keys where one array parameter can carry them all
   * ({@code = ANY(?)}, PostgreSQL, single-column joins), else {@code null}.
   */
  private String keyArrayType(Relation<Object, Object> relation) {
    return relation.joinWidth() == 1
        ? session.dialect().arrayElementType(relation.ownerJoinColumn(0).type()) : null;
  }

  /**
   * Gives {@code sink} each related row of a chunk of owner keys, as the owner key it joins on
   * ({@link #groupKey}) and its object, in relation order; the keys are bound as one array of
   * {@code arrayType} if it is not {@code null} (and there are several), else one by one.
   */
  private void queryChunk(Relation<Object, Object> relation, List<List<Object>> keys,
      String arrayType, BiConsumer<Object, Object> sink) {
    EntityType<Object> target = relation.target();
    int width = relation.joinWidth();
    int[] keyInRow = keyInTargetRow(relation);
    List<String> keyColumns = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ");
    String from;
    switch (relation.direction()) {
      case MANY_TO_MANY:
        for (int i = 0; i < width; i++) {
          sql.append("a.").append(relation.secondaryOwnerColumn(i)).append(", ");
          keyColumns.add("a." + relation.secondaryOwnerColumn(i));
        }
        from = " FROM " + EntityModel.of(target).readFrom() + " t JOIN "
            + relation.secondaryTable()
            + " a ON " + secondaryJoin(relation);
        break;
      default:
        for (int i = 0; i < width; i++) {
          if (keyInRow == null) {
            sql.append("t.").append(relation.targetJoinColumn(i).quotedName()).append(", ");
          }
          keyColumns.add("t." + relation.targetJoinColumn(i).quotedName());
        }
        from = " FROM " + EntityModel.of(target).readFrom() + " t";
    }
    boolean array = arrayType != null && keys.size() > 1;
    sql.append(Sql.columns(target, "t")).append(from).append(" WHERE ")
        .append(array ? keyColumns.get(0) + " = ANY(?)" : Sql.anyKey(keyColumns, keys.size()));
    String typeCondition = EntityModel.of(target).typeCondition("t");
    if (typeCondition != null) {
      sql.append(" AND ").append(typeCondition); // a relation to a subclass
    }
    sql.append(" ORDER BY ");
    String order = RelationModel.of(relation).orderBy("t");
    sql.append(order.isEmpty() ? "" : order + ", ")
        .append(EntityModel.of(target).quotedKeyColumns("t"));
    Query query = session.handle().createQuery(sql.toString());
    if (array) {
      List<Object> values = new ArrayList<>(keys.size());
      for (List<Object> key : keys) {
        values.add(key.get(0));
      }
      query.bind(0, KeySets.arguments(session.dialect(), values,
          List.of(relation.ownerJoinColumn(0)), arrayType, 1).get(0));
    } else {
      int position = 0;
      for (List<Object> key : keys) {
        for (int i = 0; i < width; i++) {
          query.bind(position++, ValueArgument.of(session.dialect(), key.get(i),
              relation.ownerJoinColumn(i).type()));
        }
      }
    }
    Dialect dialect = session.dialect();
    query.reduceResultSet(null, (unused, rs, ctx) -> {
      Object key;
      Object row;
      if (keyInRow != null) {
        Object[] values = readRow(target, rs, 0);
        key = width == 1 ? values[keyInRow[0]] : groupKey(partsAt(values, keyInRow));
        row = materialize(target, values);
      } else {
        Object[] parts = new Object[width];
        for (int i = 0; i < width; i++) {
          parts[i] = dialect.read(rs, i + 1, relation.ownerJoinColumn(i));
        }
        key = groupKey(parts);
        row = materialize(target, rs, width);
      }
      sink.accept(key, row);
      return null;
    });
  }

  private static Object[] partsAt(Object[] values, int[] columns) {
    Object[] parts = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      parts[i] = values[columns[i]];
    }
    return parts;
  }

  /**
   * The target's join columns where a target row's own values give its owner's key: a join
   * on the target's columns (not an association table's) of the owner's column types, else
   * {@code null} and the key is selected apart, read as the owner's types.
   */
  private static int[] keyInTargetRow(Relation<Object, Object> relation) {
    if (relation.direction() == Relation.Direction.MANY_TO_MANY) {
      return null;
    }
    for (int i = 0; i < relation.joinWidth(); i++) {
      if (relation.ownerJoinColumn(i).type() != relation.targetJoinColumn(i).type()) {
        return null;
      }
    }
    return RelationModel.of(relation).sharedTargetColumns();
  }

  /** {@code a."target_fk" = t."id"}: the association table's join to the target. */
  static String secondaryJoin(Relation<?, ?> relation) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < relation.targetColumns().length; i++) { // the target side's own width
      sql.append(i == 0 ? "" : " AND ").append("a.").append(relation.secondaryTargetColumn(i))
          .append(" = t.").append(relation.targetJoinColumn(i).quotedName());
    }
    return sql.toString();
  }

  private static Object[] storedKey(InstanceState owner, int[] columns) {
    Object[] key = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      key[i] = owner.snapshot()[columns[i]];
      if (key[i] == null) {
        return null;
      }
    }
    return key;
  }

  /** Loads the SELECTIN and JOINED relations of freshly loaded objects, one IN query each. */
  @SuppressWarnings("unchecked")
  void applyEager(EntityType<?> type, List<Object> objects, Set<Relation<?, ?>> loadedAlready) {
    List<InstanceState> owners = null;
    for (Relation<?, ?> relation : type.relations()) {
      Lazy loading = relation.loading();
      boolean eager = loading == Lazy.SELECTIN || loading == Lazy.JOINED;
      if (!eager || loadedAlready.contains(relation)) {
        continue;
      }
      if (owners == null) {
        owners = new ArrayList<>();
        // objects may repeat (a target shared by several owners): each owner is loaded once
        for (Object object : distinct(objects)) {
          InstanceState state = session.identityMap().state(object);
          if (state != null) {
            owners.add(state);
          }
        }
      }
      if (!owners.isEmpty()) {
        loadMany((Relation<Object, Object>) relation, owners, true);
      }
    }
  }

  private static boolean joinsOnId(Relation<Object, ?> relation) {
    return relation.joinWidth() == 1 && !relation.target().hasCompositeKey()
        && relation.targetJoinColumn(0) == relation.target().idColumn();
  }

  private static List<Object> distinct(List<Object> rows) {
    IdentitySet<Object> seen = new IdentitySet<>();
    List<Object> objects = new ArrayList<>(rows.size());
    for (Object row : rows) {
      if (row != null && seen.add(row)) {
        objects.add(row);
      }
    }
    return objects;
  }
}
