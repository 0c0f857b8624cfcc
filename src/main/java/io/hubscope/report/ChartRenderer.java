package io.hubscope.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws charts with JFreeChart: SVG through JFreeSVG and PNG through a headless {@code BufferedImage}. Fonts are the
 * logical SansSerif family (written as {@code sans-serif} in SVG, so a browser uses its own), colours the
 * colour-blind-safe Okabe-Ito palette. Needs {@code java.awt.headless=true} on machines without a display.
 */
public final class ChartRenderer {

  /** Okabe-Ito colours for series, in order. */
  static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};

  private static final Color GRID = new Color(0xDDDDDD);

  private ChartRenderer() {}

  /**
   * A standalone SVG document around an {@code <svg>} element from {@link #svgElement}.
   *
   * @param svgElement the element
   * @return SVG text
   */
  public static String svgDocument(String svgElement) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement + "\n";
  }

  /**
   * The chart as an {@code <svg>} element with a {@code viewBox} and a {@code <title>}, for inline use in HTML. Ids
   * of its definitions start with a prefix derived from the chart id, so several charts can share one page.
   *
   * @param chart the chart
   * @return the element
   */
  public static String svgElement(ChartSpec chart) {
    int w = chart.width();
    int h = chart.height();
    SVGGraphics2D g = new SVGGraphics2D(w, h);
    g.setDefsKeyPrefix("hs-" + NameSlugs.slug(chart.id()) + "-");
    build(chart).draw(g, new Rectangle(0, 0, w, h));
    String svg = g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
    int open = svg.indexOf('>') + 1;
    return svg.substring(0, open) + "<title>" + Html.xml(chart.title()) + "</title>" + svg.substring(open);
  }

  /**
   * The chart as PNG bytes.
   *
   * @param chart the chart
   * @return PNG
   */
  public static byte[] png(ChartSpec chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, build(chart), chart.width(), chart.height());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Builds the JFreeChart of a spec.
   *
   * @param chart the chart
   * @return the chart, themed
   */
  static JFreeChart build(ChartSpec chart) {
    JFreeChart c;
    if (chart instanceof BarChartSpec b) {
      c = bars(b);
    } else if (chart instanceof LineChartSpec l) {
      c = lines(l);
    } else if (chart instanceof HeatmapSpec h) {
      c = heatmap(h);
    } else if (chart instanceof ParetoChartSpec p) {
      c = pareto(p);
    } else {
      throw new IllegalArgumentException("unknown chart type " + chart.getClass().getSimpleName());
    }
    c.setBackgroundPaint(Color.WHITE);
    TextTitle title = c.getTitle();
    title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    title.setPadding(new RectangleInsets(8, 10, 2, 10));
    TextTitle sub = new TextTitle(chart.subtitle(), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    sub.setPaint(new Color(0x555555));
    sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    sub.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    sub.setPadding(new RectangleInsets(0, 10, 6, 10));
    c.addSubtitle(0, sub);
    LegendTitle legend = c.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    c.getPlot().setBackgroundPaint(Color.WHITE);
    c.getPlot().setOutlineVisible(false);
    return c;
  }

  private static JFreeChart themed(JFreeChart chart) {
    theme().apply(chart);
    return chart;
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    t.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    t.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    t.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    t.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setBarPainter(new StandardBarPainter());
    t.setShadowVisible(false);
    t.setAxisOffset(RectangleInsets.ZERO_INSETS);
    return t;
  }

  private static JFreeChart bars(BarChartSpec b) {
    List<String> categories = b.categories();
    List<String> series = b.series();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double[][] low = new double[series.size()][categories.size()];
    double[][] high = new double[series.size()][categories.size()];
    for (double[] r : low) {
      java.util.Arrays.fill(r, Double.NaN);
    }
    for (double[] r : high) {
      java.util.Arrays.fill(r, Double.NaN);
    }
    for (BarChartSpec.Bar bar : b.bars()) {
      data.addValue(Double.isFinite(bar.mean()) ? bar.mean() : null, bar.series(), bar.category());
    }
    for (BarChartSpec.Bar bar : b.bars()) {
      int row = data.getRowIndex(bar.series());
      int col = data.getColumnIndex(bar.category());
      low[row][col] = bar.low();
      high[row][col] = bar.high();
    }
    CategoryAxis domain = new CategoryAxis(b.categoryAxis());
    domain.setCategoryMargin(0.15);
    domain.setMaximumCategoryLabelLines(3);
    if (!b.horizontal() && categories.size() > 5) {
      domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis range = new NumberAxis(b.valueAxis());
    fitValueAxis(range, b.bars().stream()
        .flatMapToDouble(bar -> DoubleStream.of(bar.mean(), bar.low(), bar.high())).toArray(), true);
    CiBarRenderer renderer = new CiBarRenderer(low, high);
    renderer.setItemMargin(0.05);
    renderer.setDrawBarOutline(false);
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(b.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeGridlinesVisible(true);
    JFreeChart chart = themed(new JFreeChart(b.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
    }
    return chart;
  }

  /**
   * Keeps a value axis readable. Where every plotted value is one and the same (all 0 when an observer estimates every
   * market exactly, all 1 when no sweep point changes a utility) the axis spans 0 to 1 around a 0, and 20% of the
   * value around any other, instead of JFreeChart's minimum span of 10^-8, whose ticks read {@code -5E-9 ... 5E-9}
   * or {@code 1E0}. An axis with no negative value and {@code fromZero} starts at 0.
   */
  private static void fitValueAxis(NumberAxis axis, double[] values, boolean fromZero) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lowest = Math.min(lowest, v);
        highest = Math.max(highest, v);
      }
    }
    if (lowest > highest) {
      return;
    }
    if (lowest >= 0 && (fromZero || lowest == highest)) {
      axis.setRangeType(RangeType.POSITIVE);
    }
    if (lowest == highest) {
      axis.setAutoRangeMinimumSize(highest == 0 ? 1 : 0.2 * Math.abs(highest));
    }
  }

  private static JFreeChart lines(LineChartSpec l) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    Map<String, YIntervalSeries> bySeries = new HashMap<>();
    List<String> xLabels = l.xLabels();
    for (String s : l.series()) {
      YIntervalSeries ys = new YIntervalSeries(s, false, true);
      bySeries.put(s, ys);
      data.addSeries(ys);
    }
    for (LineChartSpec.Point p : l.points()) {
      if (!Double.isFinite(p.mean())) {
        continue;
      }
      double x = l.numericX() ? p.x() : xLabels.indexOf(p.xLabel());
      double lo = Double.isFinite(p.low()) ? p.low() : p.mean();
      double hi = Double.isFinite(p.high()) ? p.high() : p.mean();
      bySeries.get(p.series()).add(x, p.mean(), lo, hi);
    }
    NumberAxis xAxis = l.numericX() ? new NumberAxis(l.xAxis())
        : new SymbolAxis(l.xAxis(), xLabels.toArray(String[]::new));
    xAxis.setAutoRangeIncludesZero(false);
    xAxis.setLowerMargin(0.03);
    xAxis.setUpperMargin(0.03);
    if (l.numericX() && l.points().stream().allMatch(p -> p.x() == Math.rint(p.x()))) {
      xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    NumberAxis yAxis = new NumberAxis(l.yAxis());
    fitValueAxis(yAxis, l.points().stream()
        .flatMapToDouble(p -> DoubleStream.of(p.mean(), p.low(), p.high())).toArray(), true);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    JFreeChart chart = themed(new JFreeChart(l.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    renderer.setAlpha(0.18f);
    for (int s = 0; s < l.series().size(); s++) {
      Color c = PALETTE[s % PALETTE.length];
      renderer.setSeriesPaint(s, c);
      renderer.setSeriesFillPaint(s, c);
      renderer.setSeriesStroke(s, new BasicStroke(2f));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    return chart;
  }

  private static JFreeChart heatmap(HeatmapSpec h) {
    List<String> parties = h.parties();
    List<String> fields = h.fields();
    int n = h.cells().size();
    double[][] xyz = new double[3][n];
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HeatmapSpec.Cell c = h.cells().get(i);
      double x = parties.indexOf(c.party());
      double y = fields.indexOf(c.field());
      xyz[0][i] = x;
      xyz[1][i] = y;
      xyz[2][i] = c.formClass().ordinal();
      if (c.formClass() != FormClass.NONE && c.sharePct() < HeatmapSpec.FULL) {
        XYTextAnnotation t = new XYTextAnnotation(io.hubscope.util.Numbers.human(c.sharePct(), 0), x, y);
        t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        t.setPaint(c.formClass().dark() ? Color.WHITE : Color.BLACK);
        t.setTextAnchor(TextAnchor.CENTER);
        labels.add(t);
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("forms", xyz);
    SymbolAxis xAxis = new SymbolAxis(h.xAxis(), parties.toArray(String[]::new));
    xAxis.setVerticalTickLabels(true);
    xAxis.setGridBandsVisible(false);
    SymbolAxis yAxis = new SymbolAxis(h.yAxis(), fields.toArray(String[]::new));
    yAxis.setInverted(true);
    yAxis.setGridBandsVisible(false);
    LookupPaintScale scale = new LookupPaintScale(0, FormClass.values().length, Color.LIGHT_GRAY);
    for (FormClass c : FormClass.values()) {
      scale.add(c.ordinal(), Color.decode(c.colour()));
    }
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    LegendItemCollection legend = new LegendItemCollection();
    for (FormClass c : FormClass.values()) {
      Paint p = Color.decode(c.colour());
      LegendItem item = new LegendItem(c.label(), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), p,
          new BasicStroke(0.5f), Color.GRAY);
      legend.add(item);
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = themed(new JFreeChart(h.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    labels.forEach(plot::addAnnotation); // after the theme, which would repaint them
    return chart;
  }

  private static JFreeChart pareto(ParetoChartSpec p) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    NumberAxis x = new NumberAxis(p.xAxis());
    x.setAutoRangeIncludesZero(false);
    fitValueAxis(x, p.points().stream().mapToDouble(ParetoChartSpec.Point::exposure).toArray(), false);
    NumberAxis y = new NumberAxis(p.yAxis());
    y.setAutoRangeIncludesZero(false);
    fitValueAxis(y, p.points().stream().mapToDouble(ParetoChartSpec.Point::utility).toArray(), false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = themed(new JFreeChart(p.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    List<String> observers = p.observers();
    int s = 0;
    for (int o = 0; o < observers.size(); o++) {
      String observer = observers.get(o);
      Color colour = PALETTE[o % PALETTE.length];
      XYSeries all = new XYSeries(observer + " (settings)", true, true);
      XYSeries front = new XYSeries(observer + " (Pareto front)", true, true);
      for (ParetoChartSpec.Point pt : p.points()) {
        if (!pt.observer().equals(observer) || !Double.isFinite(pt.exposure()) || !Double.isFinite(pt.utility())) {
          continue;
        }
        (pt.front() ? front : all).add(pt.exposure(), pt.utility());
      }
      data.addSeries(all);
      renderer.setSeriesPaint(s, colour);
      renderer.setSeriesLinesVisible(s, false);
      renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      renderer.setSeriesShapesFilled(s, false);
      s++;
      data.addSeries(front);
      renderer.setSeriesPaint(s, colour);
      renderer.setSeriesLinesVisible(s, true);
      renderer.setSeriesStroke(s, new BasicStroke(2f));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
      renderer.setSeriesShapesFilled(s, true);
      s++;
    }
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    return chart;
  }
}
