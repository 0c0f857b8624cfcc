package io.hubscope.simulation;

import io.hubscope.scenario.DemandSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * The day-by-day demand multiplier over the horizon.
 *
 * <p>Definition: f(d) = w(dow(d)) &middot; &Pi;<sub>peaks covering d</sub> factor &middot; (1 + g)<sup>d/365</sup>, where
 * w is the weekly profile (Monday first; all ones when absent), a peak covers days [day, day + days), and g is the
 * annual trend. Expected orders on day d are the base daily rate times f(d).
 */
public final class DemandCurve {

  private final double[] factor;

  /**
   * Computes the curve.
   *
   * @param spec demand section (may be null: flat demand)
   * @param startDate first simulated day (may be null: the horizon starts on a Monday)
   * @param horizonDays days simulated
   */
  public DemandCurve(DemandSpec spec, String startDate, int horizonDays) {
    factor = new double[horizonDays];
    int startDow = startDate == null ? 0 : LocalDate.parse(startDate).getDayOfWeek().getValue() - 1;
    List<Double> weekly = spec == null ? null : spec.weekly();
    double trend = spec == null || spec.annualTrend() == null ? 0 : spec.annualTrend();
    for (int d = 0; d < horizonDays; d++) {
      double f = weekly == null || weekly.isEmpty() ? 1 : weekly.get((startDow + d) % 7);
      if (spec != null && spec.peaks() != null) {
        for (DemandSpec.Peak p : spec.peaks()) {
          if (d >= p.day() && d < p.day() + p.days()) {
            f *= p.factor();
          }
        }
      }
      factor[d] = f * Math.pow(1 + trend, d / 365.0);
    }
  }

  /**
   * The multiplier of a day.
   *
   * @param day day index from 0
   * @return f(day)
   */
  public double factor(int day) {
    return factor[day];
  }

  /** Number of days. */
  public int days() {
    return factor.length;
  }
}
