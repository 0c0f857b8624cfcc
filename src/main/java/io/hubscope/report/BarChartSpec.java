package io.hubscope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Grouped bars with 95% confidence-interval whiskers: one group per category, one bar per series.
 *
 * @param id file stem
 * @param title title
 * @param subtitle subtitle
 * @param categoryAxis label of the category axis
 * @param valueAxis label of the value axis, with its unit
 * @param categoryColumn name of the category column in the data
 * @param seriesColumn name of the series column in the data
 * @param horizontal bars run left to right (for long category labels)
 * @param bars the bars, in category then series order
 */
public record BarChartSpec(String id, String title, String subtitle, String categoryAxis, String valueAxis,
    String categoryColumn, String seriesColumn, boolean horizontal, List<Bar> bars) implements ChartSpec {

  /**
   * One bar.
   *
   * @param categoryId machine id of the category (e.g. a category id), for joining
   * @param category category label as shown
   * @param series series (e.g. an observer)
   * @param mean plotted value
   * @param low lower end of the 95% interval (NaN when unknown)
   * @param high upper end (NaN when unknown)
   */
  public record Bar(String categoryId, String category, String series, double mean, double low, double high) {

    /**
     * A bar of a stored value and its interval, as plotted: scaled to the unit's axis (shares as %) and with a
     * share's bounds clamped to [0, 1] ({@link MetricLabels#shownBound}).
     *
     * @param categoryId machine id of the category
     * @param category category label as shown
     * @param series series
     * @param mean stored mean
     * @param low stored lower end of the interval
     * @param high stored upper end
     * @param unit unit column
     * @return the bar
     */
    public static Bar plotted(String categoryId, String category, String series, double mean, double low,
        double high, String unit) {
      double s = MetricLabels.scale(unit);
      return new Bar(categoryId, category, series, s * mean, s * MetricLabels.shownBound(low, unit),
          s * MetricLabels.shownBound(high, unit));
    }
  }

  /**
   * Copies the bars.
   */
  public BarChartSpec {
    bars = List.copyOf(bars);
  }

  @Override
  public ChartTable table() {
    List<List<Object>> rows = new ArrayList<>();
    for (Bar b : bars) {
      rows.add(List.of(b.categoryId(), b.category(), b.series(), b.mean(), b.low(), b.high()));
    }
    return new ChartTable(List.of(categoryColumn + "_id", categoryColumn, seriesColumn, "mean", "ci_low", "ci_high"),
        rows);
  }

  /** Category labels in order of first appearance. */
  public List<String> categories() {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    bars.forEach(b -> c.add(b.category()));
    return List.copyOf(c);
  }

  /** Series in order of first appearance. */
  public List<String> series() {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    bars.forEach(b -> s.add(b.series()));
    return List.copyOf(s);
  }

  @Override
  public int width() {
    return horizontal ? 960 : Math.max(720, Math.min(1400, 160 + categories().size() * (30 + 18 * series().size())));
  }

  @Override
  public int height() {
    return horizontal ? Math.max(420, 140 + bars.size() * 16) : 480;
  }
}
