package io.hubscope.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with a whisker from each bar's own interval low to high (which need not be symmetric about the bar, unlike
 * JFreeChart's StatisticalBarRenderer), and a value axis that makes room for the whiskers. Intervals are indexed
 * like the dataset: {@code [row][column]}; NaN draws no whisker.
 */
final class CiBarRenderer extends BarRenderer {

  private static final long serialVersionUID = 1L;

  private final double[][] low;
  private final double[][] high;

  /**
   * @param low lower ends by [row][column]
   * @param high upper ends by [row][column]
   */
  CiBarRenderer(double[][] low, double[][] high) {
    this.low = low;
    this.high = high;
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    int visibleRow = state.getVisibleSeriesIndex(row);
    if (visibleRow < 0 || dataset.getValue(row, column) == null) {
      return;
    }
    double lo = low[row][column];
    double hi = high[row][column];
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return;
    }
    PlotOrientation orientation = plot.getOrientation();
    double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
    double mid = w0 + state.getBarWidth() / 2.0;
    double cap = Math.min(5.0, state.getBarWidth() / 3.0);
    double v0 = rangeAxis.valueToJava2D(lo, dataArea, plot.getRangeAxisEdge());
    double v1 = rangeAxis.valueToJava2D(hi, dataArea, plot.getRangeAxisEdge());
    g2.setPaint(new Color(0x33, 0x33, 0x33));
    g2.setStroke(new BasicStroke(1.2f));
    if (orientation == PlotOrientation.VERTICAL) {
      g2.draw(new Line2D.Double(mid, v0, mid, v1));
      g2.draw(new Line2D.Double(mid - cap, v0, mid + cap, v0));
      g2.draw(new Line2D.Double(mid - cap, v1, mid + cap, v1));
    } else {
      g2.draw(new Line2D.Double(v0, mid, v1, mid));
      g2.draw(new Line2D.Double(v0, mid - cap, v0, mid + cap));
      g2.draw(new Line2D.Double(v1, mid - cap, v1, mid + cap));
    }
  }

  @Override
  public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
    Range r = super.findRangeBounds(dataset, includeInterval);
    if (r == null) {
      return null;
    }
    for (int i = 0; i < low.length; i++) {
      for (int j = 0; j < low[i].length; j++) {
        if (Double.isFinite(low[i][j])) {
          r = Range.expandToInclude(r, low[i][j]);
        }
        if (Double.isFinite(high[i][j])) {
          r = Range.expandToInclude(r, high[i][j]);
        }
      }
    }
    return r;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CiBarRenderer other && super.equals(obj)
        && java.util.Arrays.deepEquals(low, other.low) && java.util.Arrays.deepEquals(high, other.high);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
