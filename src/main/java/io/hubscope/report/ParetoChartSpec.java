package io.hubscope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Exposure against utility at each point of a sweep, one colour per observer, the Pareto front (points no other
 * point beats on both) joined by a line.
 *
 * @param id file stem
 * @param title title
 * @param subtitle subtitle
 * @param xAxis label of the exposure axis
 * @param yAxis label of the utility axis
 * @param points the points
 */
public record ParetoChartSpec(String id, String title, String subtitle, String xAxis, String yAxis,
    List<Point> points) implements ChartSpec {

  /**
   * One point of the sweep for one observer.
   *
   * @param point point number
   * @param coordinates the point's settings, e.g. {@code transforms.0.digits=2}
   * @param observer observer
   * @param exposure exposure (x)
   * @param utility utility (y)
   * @param front on the Pareto front
   */
  public record Point(int point, String coordinates, String observer, double exposure, double utility,
      boolean front) {}

  /**
   * Copies the points.
   */
  public ParetoChartSpec {
    points = List.copyOf(points);
  }

  @Override
  public ChartTable table() {
    List<List<Object>> rows = new ArrayList<>();
    for (Point p : points) {
      rows.add(List.of(p.point(), p.coordinates(), p.observer(), p.exposure(), p.utility(), p.front()));
    }
    return new ChartTable(List.of("point", "coordinates", "observer", "exposure", "utility", "pareto"), rows);
  }

  /** Observers in order of first appearance. */
  public List<String> observers() {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    points.forEach(p -> s.add(p.observer()));
    return List.copyOf(s);
  }

  @Override
  public int width() {
    return 820;
  }

  @Override
  public int height() {
    return 560;
  }
}
