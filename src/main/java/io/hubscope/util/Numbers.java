package io.hubscope.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Number formatting for every machine-readable output, in one place: {@link Locale#ROOT}, no grouping, at most
 * {@value #SIGNIFICANT} significant digits, no exponent, trailing zeros stripped; NaN and infinities become the
 * empty string (a missing value in CSV). Identical inputs always give identical text, whatever the default locale.
 */
public final class Numbers {

  /** Significant digits kept. */
  public static final int SIGNIFICANT = 10;

  private static final MathContext CONTEXT = new MathContext(SIGNIFICANT);
  /** Seven significant digits: what a float holds. */
  private static final MathContext FLOAT_DIGITS = new MathContext(7);

  private Numbers() {}

  /**
   * Formats a number for CSV/JSON.
   *
   * @param v the value
   * @return text, or {@code ""} when {@code v} is not finite
   */
  public static String format(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(CONTEXT).stripTrailingZeros().toPlainString();
  }

  /**
   * The value as written: {@link #format(double)} read back, so numbers kept in memory equal the ones in the CSV
   * files (a summary or comparison computed in memory equals one recomputed from metrics.csv).
   *
   * @param v the value
   * @return v rounded to {@value #SIGNIFICANT} significant digits; NaN when not finite
   */
  public static double canonical(double v) {
    String text = format(v);
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  /**
   * Formats a single-precision number with the digits a float carries (at most 7 significant), so stored floats
   * print as written ({@code 0.2f} as {@code 0.2}, not {@code 0.200000003}).
   *
   * @param v the value
   * @return text, or {@code ""} when {@code v} is not finite
   */
  public static String format(float v) {
    if (!Float.isFinite(v)) {
      return "";
    }
    return format(new BigDecimal(Float.toString(v)).round(FLOAT_DIGITS).doubleValue());
  }

  /**
   * Formats a number for people: fixed decimals, Locale.ROOT.
   *
   * @param v the value
   * @param decimals digits after the point
   * @return text, or {@code "n/a"} when not finite
   */
  public static String human(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /**
   * Formats a count for people: whole, with thousands separators, Locale.ROOT.
   *
   * @param v the count
   * @return e.g. {@code "1,916,080"}
   */
  public static String count(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /**
   * A whole quantity with its unit for people, the unit in the plural unless the quantity is 1.
   *
   * @param n the quantity
   * @param unit the unit in the singular, made plural by an s
   * @return e.g. {@code "1 day"}, {@code "3 days"}
   */
  public static String quantity(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /**
   * Formats a share as a percentage for people.
   *
   * @param share a share in [0,1]
   * @param decimals digits after the point
   * @return e.g. {@code "12.5%"}
   */
  public static String percent(double share, int decimals) {
    return Double.isFinite(share) ? human(100 * share, decimals) + "%" : "n/a";
  }
}
