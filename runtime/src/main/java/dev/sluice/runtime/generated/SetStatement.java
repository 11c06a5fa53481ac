package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.support.KeyList;
import java.util.Objects;

/**
 * One statement of a set-based delete, planned at compile time or composed from the plans
 * (see {@link SetStep}). Its SQL holds {@code IN ({keys})} where the keys of the parents being
 * deleted go; the session asks a
 * DELETE or NULLIFY statement to return the keys of the rows it touched when it holds objects
 * of that table, to update them.
 */
public final class SetStatement {
  /** What the statement does to the rows whose keys it returns. */
  public enum Effect { NONE, DELETE, NULLIFY }

  private final EntityType<?> type;
  private final Effect effect;
  private final int[] nullified;
  private final String sql;

  private SetStatement(EntityType<?> type, Effect effect, int[] nullified, String sql) {
    this.type = type;
    this.effect = effect;
    this.nullified = nullified.clone();
    this.sql = Objects.requireNonNull(sql);
  }

  /** A statement whose effect needs no bookkeeping (association rows, post-update clears). */
  public static SetStatement plain(String sql) {
    return new SetStatement(null, Effect.NONE, new int[0], sql);
  }

  /** A DELETE of rows of {@code type}, returning their keys. */
  public static SetStatement delete(EntityType<?> type, String sql) {
    return new SetStatement(type, Effect.DELETE, new int[0], sql);
  }

  /** An UPDATE setting {@code columns} of {@code type} to NULL, returning the rows' keys. */
  public static SetStatement nullify(EntityType<?> type, String sql, int... columns) {
    return new SetStatement(type, Effect.NULLIFY, columns, sql);
  }

  /** The entity whose rows it touches, or {@code null}. */
  public EntityType<?> type() {
    return type;
  }

  /** What the statement does to the rows whose keys it returns. */
  public Effect effect() {
    return effect;
  }

  /** For NULLIFY: the columns set to NULL. */
  public int[] nullified() {
    return nullified.clone();
  }

  /**
   * The SQL for {@code keyCount} parent keys of {@code keyWidth} columns as positional
   * parameters, or, with {@code keyArray}, for one array parameter ({@code = ANY(?)},
   * PostgreSQL); with {@code returning}, the keys of the rows touched come back.
   */
  public String sql(int keyCount, int keyWidth, boolean keyArray, boolean returning) {
    String rendered = KeyList.render(sql, keyCount, keyWidth, keyArray);
    return returning && type != null
        ? rendered + " RETURNING " + EntityModel.of(type).quotedKeyColumns(null) : rendered;
  }

  /**
   * The same statement for the rows that {@code keys} selects: the SQL replaces each
   * {@code {keys}} (once, so keys that themselves hold {@code {keys}} stay as they are).
   */
  SetStatement over(String keys) {
    return keys.equals(KeyList.KEYS) ? this
        : new SetStatement(type, effect, nullified, sql.replace(KeyList.KEYS, keys));
  }

  /** How many times the keys appear in the SQL (each needs its own parameters). */
  public int keyOccurrences() {
    return KeyList.occurrences(sql);
  }

  @Override
  public String toString() {
    return sql;
  }
}
