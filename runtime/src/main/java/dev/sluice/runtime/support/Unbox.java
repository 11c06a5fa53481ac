package dev.sluice.runtime.support;

/**
 * Unboxing for generated code: a {@code null} written into a primitive field becomes the
 * primitive's zero, as when a column is nullified in memory.
 */
public final class Unbox {
  private Unbox() {}

  /** The boolean, or false for null. */
  public static boolean toBoolean(Object value) {
    return value != null && (Boolean) value;
  }

  /** The int, or 0 for null. */
  public static int toInt(Object value) {
    return value == null ? 0 : (Integer) value;
  }

  /** The long, or 0 for null. */
  public static long toLong(Object value) {
    return value == null ? 0L : (Long) value;
  }

  /** The double, or 0 for null. */
  public static double toDouble(Object value) {
    return value == null ? 0d : (Double) value;
  }
}
