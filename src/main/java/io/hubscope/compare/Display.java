package io.hubscope.compare;

import java.util.Locale;

/** Number formats for the terminal tables (people read these; files use {@code Numbers.format}). Locale.ROOT. */
final class Display {

  private Display() {}

  /** A value with 3 decimals, fewer for large magnitudes; {@code n/a} when not finite. */
  static String value(double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 10_000 ? "%.0f" : a >= 100 ? "%.1f" : "%.3f", v);
  }

  /** A mean with its 95% interval's half-width, e.g. {@code 0.512 +- 0.010}. */
  static String withInterval(double mean, double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return value(mean);
    }
    return value(mean) + " +- " + value((high - low) / 2);
  }

  /** A signed difference. */
  static String signed(double v) {
    String s = value(v);
    return Double.isFinite(v) && v > 0 ? "+" + s : s;
  }

  /** A relative change as a signed percentage; {@code new} for a change from zero. */
  static String percent(double relative, double difference) {
    if (Double.isNaN(relative)) {
      return Double.isFinite(difference) && difference != 0 ? "from 0" : "n/a";
    }
    return String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
  }

  /** A p-value: {@code <0.001}, three decimals, or {@code -} when not computed. */
  static String p(double p) {
    if (!Double.isFinite(p)) {
      return "-";
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** An effect size with 2 decimals, {@code inf}, or {@code n/a}. */
  static String effect(double e) {
    if (e == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    return Double.isFinite(e) ? String.format(Locale.ROOT, "%.2f", e) : "n/a";
  }
}
