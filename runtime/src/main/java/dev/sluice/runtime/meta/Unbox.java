package dev.sluice.runtime.meta;

/**
 * Unboxing for generated code: a {@code null} written into a primitive field becomes the
 * primitive's zero, as when a column is nullified in memory.
 */
public final class Unbox {
  private Unbox() {}

  public static boolean toBoolean(Object value) {
    return value != null && (Boolean) value;
  }

  public static int toInt(Object value) {
    return value == null ? 0 : (Integer) value;
  }

  public static long toLong(Object value) {
    return value == null ? 0L : (Long) value;
  }

  public static double toDouble(Object value) {
    return value == null ? 0d : (Double) value;
  }
}
