package io.hubscope.scenario;

import java.util.List;

/**
 * How order volume moves over the horizon: weekly pattern, peaks and trend.
 *
 * @param weekly seven multipliers, Monday first (mean 1 keeps the yearly rate)
 * @param peaks shopping peaks (Singles' Day, Black Friday...)
 * @param annualTrend relative growth per year (0.26 = +26%/year)
 */
public record DemandSpec(List<Double> weekly, List<Peak> peaks, Double annualTrend) {

  /**
   * A demand peak.
   *
   * @param name label
   * @param day first day of the peak, counted from the scenario start (0-based)
   * @param days length
   * @param factor volume multiplier during the peak
   */
  public record Peak(String name, Integer day, Integer days, Double factor) {}
}
