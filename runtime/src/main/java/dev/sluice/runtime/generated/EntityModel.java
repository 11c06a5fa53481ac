package dev.sluice.runtime.generated;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The base of every generated metamodel class: an {@link EntityType} whose field access and
 * flush plan the runtime reads through this type. Not API.
 */
public abstract class EntityModel<T> extends EntityType<T> {
  /** For the generated metamodels only. */
  protected EntityModel(Class<T> javaType, String table, List<Column> columns) {
    super(javaType, table, columns);
  }

  /**
   * The generated metamodel behind {@code type}; anything else is refused, since only a
   * generated metamodel knows its entity's fields.
   */
  @SuppressWarnings("unchecked")
  public static <T> EntityModel<T> of(EntityType<T> type) {
    if (type instanceof EntityModel) {
      return (EntityModel<T>) type;
    }
    throw new InvalidRequestException(type + " is not a generated metamodel: use X_.TYPE");
  }

  @Override
  public final Object id(T entity) {
    List<Column> ids = idColumns();
    return ids.size() == 1 ? get(entity, ids.get(0).index())
        : compositeKey(column -> get(entity, column));
  }

  /** The primary key of a row with these column values, shaped as {@link #id} shapes it. */
  public final Object key(Object[] values) {
    List<Column> ids = idColumns();
    return ids.size() == 1 ? values[ids.get(0).index()] : compositeKey(column -> values[column]);
  }

  /** The list of the key columns' values, or {@code null} while any is not assigned. */
  private Object compositeKey(IntFunction<Object> valueOf) {
    List<Column> ids = idColumns();
    Object[] parts = new Object[ids.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = valueOf.apply(ids.get(i).index());
      if (parts[i] == null) {
        return null;
      }
    }
    return List.of(parts);
  }

  /** The values of a key's columns, in the order of {@link #idColumns()}. */
  public final Object[] keyValues(Object key) {
    return idColumns().size() == 1 ? new Object[] {key} : ((List<?>) key).toArray();
  }

  /**
   * The key's quoted columns, each after {@code alias.} if an alias is given, as a select list:
   * {@code "a", "b"}.
   */
  public final String quotedKeyColumns(String alias) {
    return eachKeyColumn(alias, "", ", ");
  }

  /**
   * The key as the left side of a comparison: its quoted column, or a row value
   * {@code ("a", "b")} for a composite key.
   */
  public final String quotedKey(String alias) {
    String columns = quotedKeyColumns(alias);
    return idColumns().size() == 1 ? columns : "(" + columns + ")";
  }

  /**
   * The condition that selects one key, a parameter per key column:
   * {@code t."a" = ? AND t."b" = ?} with alias {@code t}.
   */
  public final String keyEquals(String alias) {
    return eachKeyColumn(alias, " = ?", " AND ");
  }

  /** Each key column, quoted after {@code alias.} if given, followed by {@code suffix}. */
  private String eachKeyColumn(String alias, String suffix, String separator) {
    StringBuilder sql = new StringBuilder();
    for (Column column : idColumns()) {
      sql.append(sql.length() == 0 ? "" : separator).append(alias == null ? "" : alias + ".")
          .append(column.quotedName()).append(suffix);
    }
    return sql.toString();
  }

  /** An object of this type as messages name it: {@code Person id=7}, or all key parts. */
  public final String describe(Object key) {
    if (key == null) {
      return name() + " (no id yet)";
    }
    Object[] values = keyValues(key);
    StringBuilder text = new StringBuilder(name());
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? " " : ", ").append(idColumns().get(i).field()).append('=')
          .append(values[i]);
    }
    return text.toString();
  }

  /** The flush plan the processor computed for this entity. */
  public abstract FlushPlan<T> plan();

  /** A new, empty instance (the no-argument constructor). */
  public abstract T newInstance();

  /** The value of column {@code column}, boxed. */
  public abstract Object get(T entity, int column);

  /** Sets column {@code column}; {@code null} into a primitive field stores its zero. */
  public abstract void set(T entity, int column, Object value);

  /** The values of every column, in column order. */
  public abstract Object[] snapshot(T entity);

  /** Writes every column from a snapshot. */
  public abstract void restore(T entity, Object[] values);

  /**
   * Whether any column of {@code entity} differs from {@code snapshot}: the dirty check of
   * every persistent object at a flush, without taking a snapshot to compare.
   */
  public abstract boolean changedSince(T entity, Object[] snapshot);

  /** The indices of the columns whose values differ between two snapshots. */
  public abstract int[] changedColumns(Object[] before, Object[] after);

  /**
   * The type whose keys this type's rows share: the root of its hierarchy, or itself. The
   * identity map files every object of a hierarchy under its root.
   */
  public EntityModel<?> identityRoot() {
    return this;
  }

  /** Whether rows of {@code other} (if any) are rows of this type's table (one hierarchy). */
  public final boolean sharesTableWith(EntityType<?> other) {
    return other != null && identityRoot() == of(other).identityRoot();
  }

  /**
   * What SELECTs read the type's rows from, as {@code FROM <readFrom> t}: its quoted table, or
   * for a hierarchy with joined tables a derived table joining them, whose columns are the
   * type's columns by name.
   */
  public String readFrom() {
    return quotedTable();
  }

  /**
   * The condition that restricts rows of the type's table to this type's classes, over the
   * table aliased {@code alias}; {@code null} when every row of the table is one of them.
   */
  public String typeCondition(String alias) {
    return null;
  }

  /**
   * The type a row with these column values is an object of (a hierarchy's discriminator
   * names it); this type for a table of one class.
   */
  public EntityModel<?> rowType(Object[] values) {
    return this;
  }

  /** The index of the discriminator column in a hierarchy, else -1. */
  public int discriminatorColumn() {
    return -1;
  }

  /**
   * Writes its class's identity into an object's empty discriminator before its row is written
   * (in a hierarchy), and refuses a discriminator that names another class.
   */
  public void stampIdentity(T entity) {}

  /** The error for a row of {@code table} whose discriminator {@code value} names no class. */
  protected static InvalidRequestException unknownIdentity(String table, Object value,
      String known) {
    return new InvalidRequestException("A row of table " + table + " has discriminator "
        + (value == null ? "NULL" : "'" + value + "'") + ", which names no class of its hierarchy"
        + " (known: " + known + "); list the class with @PolymorphicIdentity in the schema, or"
        + " correct the row");
  }

  /** The error for an object whose discriminator field holds another value than its class's. */
  protected static InvalidRequestException wrongIdentity(String type, String field,
      Object value, String identity) {
    return new InvalidRequestException(type + "." + field + " is '" + value + "', but an"
        + " object's class decides its row's discriminator: leave " + field + " null or set it"
        + " to '" + identity + "' (to store the row as another class, delete the object and add"
        + " one of that class with its key)");
  }

  /**
   * The error for a row of {@code table} whose discriminator {@code value} names {@code
   * rowType}, a class of the hierarchy rooted at {@code root} other than the subclass {@code
   * type} and its subclasses: a sibling's row, which only a plain query reaches (the session's
   * queries select the subclass's rows).
   */
  protected static InvalidRequestException notASubclass(String table, Object value,
      EntityType<?> rowType, String type, String root) {
    return new InvalidRequestException("A row of table " + table + " has discriminator '" + value
        + "', which names " + rowType.name() + ", not " + type + " or one of its subclasses;"
        + " select only their rows, or read the rows as " + root);
  }
}
