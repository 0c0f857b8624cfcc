package io.hubscope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Lines with a shaded 95% confidence band: one line per series over an x value (a number, or an ordered label
 * when {@code numericX} is false).
 *
 * @param id file stem
 * @param title title
 * @param subtitle subtitle
 * @param xAxis label of the x axis
 * @param yAxis label of the y axis, with its unit
 * @param xColumn name of the x column in the data
 * @param seriesColumn name of the series column
 * @param numericX true when x values are numbers; else the points' labels are ordered categories
 * @param points the points, in series then x order
 */
public record LineChartSpec(String id, String title, String subtitle, String xAxis, String yAxis, String xColumn,
    String seriesColumn, boolean numericX, List<Point> points) implements ChartSpec {

  /**
   * One point.
   *
   * @param x x value (the label's position when x is not numeric)
   * @param xLabel x as text
   * @param series series
   * @param mean plotted value
   * @param low lower end of the 95% interval (NaN when unknown)
   * @param high upper end
   */
  public record Point(double x, String xLabel, String series, double mean, double low, double high) {

    /**
     * A point of a stored value and its interval, as plotted (scaled, a share's bounds clamped; see
     * {@link BarChartSpec.Bar#plotted}).
     *
     * @param x x value
     * @param xLabel x as text
     * @param series series
     * @param mean stored mean
     * @param low stored lower end of the interval
     * @param high stored upper end
     * @param unit unit column
     * @return the point
     */
    public static Point plotted(double x, String xLabel, String series, double mean, double low, double high,
        String unit) {
      double s = MetricLabels.scale(unit);
      return new Point(x, xLabel, series, s * mean, s * MetricLabels.shownBound(low, unit),
          s * MetricLabels.shownBound(high, unit));
    }
  }

  /**
   * Copies the points.
   */
  public LineChartSpec {
    points = List.copyOf(points);
  }

  @Override
  public ChartTable table() {
    List<List<Object>> rows = new ArrayList<>();
    for (Point p : points) {
      rows.add(List.of(numericX ? (Object) p.x() : p.xLabel(), p.series(), p.mean(), p.low(), p.high()));
    }
    return new ChartTable(List.of(xColumn, seriesColumn, "mean", "ci_low", "ci_high"), rows);
  }

  /** Series in order of first appearance. */
  public List<String> series() {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    points.forEach(p -> s.add(p.series()));
    return List.copyOf(s);
  }

  /** X labels in order of first appearance. */
  public List<String> xLabels() {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    points.forEach(p -> s.add(p.xLabel()));
    return List.copyOf(s);
  }

  @Override
  public int width() {
    return 860;
  }

  @Override
  public int height() {
    return 500;
  }
}
