package dev.sluice.runtime.support;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** Value comparisons for generated dirty checks: byte arrays by content, decimals by value. */
public final class Values {
  private Values() {}

  /** Whether two values differ by {@code equals}. */
  public static boolean differ(Object a, Object b) {
    return !Objects.equals(a, b);
  }

  /** Whether two byte arrays differ in content. */
  public static boolean bytesDiffer(Object a, Object b) {
    return !Arrays.equals((byte[]) a, (byte[]) b);
  }

  /** {@code 1.0} and {@code 1.00} are the same number, whatever scale the database returns. */
  public static boolean decimalsDiffer(Object a, Object b) {
    if (a == null || b == null) {
      return a != b;
    }
    return ((BigDecimal) a).compareTo((BigDecimal) b) != 0;
  }
}
