package io.hubscope.report;

/**
 * One chart, independent of how it is drawn: its data ({@link #table()}), titles and axis labels for people. The
 * same spec becomes a tidy CSV, a Vega-Lite spec, an SVG and a PNG.
 */
public sealed interface ChartSpec permits BarChartSpec, LineChartSpec, HeatmapSpec, ParetoChartSpec {

  /**
   * File stem under {@code charts/}: lower-case letters, digits and dashes, optionally after one folder
   * (a variant's charts in a run of several variants), e.g. {@code coverage-by-observer} or
   * {@code pseudonymised/coverage-by-observer}.
   *
   * @return the stem
   */
  String id();

  /** Title, a sentence a policy reader understands. */
  String title();

  /** Subtitle: scenario, variant, replications and what the error bars mean. */
  String subtitle();

  /** Exactly the data plotted. */
  ChartTable table();

  /** Rendered width in pixels. */
  int width();

  /** Rendered height in pixels. */
  int height();
}
