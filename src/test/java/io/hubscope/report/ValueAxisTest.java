package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** What charts and the report show of intervals and value axes. */
class ValueAxisTest {

  @Test
  void aSharesIntervalIsShownWithinZeroAndOne() {
    assertThat(MetricLabels.shownBound(-0.12, "share")).isEqualTo(0.0);
    assertThat(MetricLabels.shownBound(1.123, "share")).isEqualTo(1.0);
    assertThat(MetricLabels.shownBound(0.4, "share")).isEqualTo(0.4);
    assertThat(MetricLabels.shownBound(Double.NaN, "share")).isNaN();
    assertThat(MetricLabels.shownBound(-3.0, "EUR")).isEqualTo(-3.0);
    // the report's "share 93.3%, 95% CI 74.4-112.3%" case
    assertThat(MetricLabels.interval(0.744, 1.123, "share")).isEqualTo("74.4\u2013100.0%");
  }

  @Test
  void barsThatAreAllZeroGetAnAxisFromZeroToOne() {
    BarChartSpec spec = new BarChartSpec("zero", "All exact", "", "Category", "Estimation error (%)", "category",
        "observer", false, List.of(new BarChartSpec.Bar("a", "A", "hub", 0, 0, 0),
            new BarChartSpec.Bar("b", "B", "hub", 0, 0, 0)));
    ValueAxis axis = ((CategoryPlot) drawn(spec).getPlot()).getRangeAxis();

    assertThat(axis.getLowerBound()).isEqualTo(0.0);
    assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void nonNegativeBarsStartAtZeroAndNegativeOnesStillShow() {
    BarChartSpec positive = new BarChartSpec("p", "t", "", "c", "v", "category", "observer", false,
        List.of(new BarChartSpec.Bar("a", "A", "hub", 40, 35, 45)));
    BarChartSpec negative = new BarChartSpec("n", "t", "", "c", "v", "category", "observer", false,
        List.of(new BarChartSpec.Bar("a", "A", "hub", -2, -3, -1)));

    assertThat(((CategoryPlot) drawn(positive).getPlot()).getRangeAxis().getLowerBound()).isEqualTo(0.0);
    assertThat(((CategoryPlot) drawn(negative).getPlot()).getRangeAxis().getLowerBound()).isLessThanOrEqualTo(-3.0);
  }

  @Test
  void linesThatAreAllZeroGetAnAxisFromZeroToOne() {
    LineChartSpec spec = new LineChartSpec("l", "t", "", "Data points", "Share unique (%)", "p", "observer", true,
        List.of(new LineChartSpec.Point(1, "1", "hub", 0, 0, 0), new LineChartSpec.Point(2, "2", "hub", 0, 0, 0)));
    ValueAxis axis = ((XYPlot) drawn(spec).getPlot()).getRangeAxis();

    assertThat(axis.getLowerBound()).isEqualTo(0.0);
    assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void aParetoChartWhoseUtilitiesAreAllEqualGetsAReadableSpanAroundThem() {
    ParetoChartSpec spec = new ParetoChartSpec("p", "t", "", "Exposure", "Utility", List.of(
        new ParetoChartSpec.Point(1, "horizonDays=7", "hub", 0.2, 1.0, true),
        new ParetoChartSpec.Point(2, "horizonDays=14", "hub", 0.4, 1.0, false)));
    ValueAxis y = ((XYPlot) drawn(spec).getPlot()).getRangeAxis();

    assertThat(y.getLowerBound()).isBetween(0.8, 0.99);
    assertThat(y.getUpperBound()).isBetween(1.01, 1.2);
  }

  /** The chart laid out once, as rendering does, so its axes have their ranges. */
  private static JFreeChart drawn(ChartSpec spec) {
    JFreeChart chart = ChartRenderer.build(spec);
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    chart.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400));
    return chart;
  }
}
