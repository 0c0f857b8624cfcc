package io.hubscope.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of a sweep grid: a value for every swept path.
 *
 * @param id point number, from 1
 * @param paths every swept path (tied ones included), in column order
 * @param values the point's value of each path
 */
public record SweepPoint(int id, List<String> paths, List<JsonNode> values) {

  /** Copies the lists. */
  public SweepPoint {
    paths = List.copyOf(paths);
    values = List.copyOf(values);
  }

  /** The coordinates as text, one per path. */
  public List<String> coordinates() {
    return values.stream().map(SweepAxis::text).toList();
  }

  /** {@code path=value, path=value}: how messages and tables name the point. */
  public String label() {
    List<String> parts = new ArrayList<>();
    List<String> c = coordinates();
    for (int i = 0; i < paths.size(); i++) {
      parts.add(paths.get(i) + "=" + c.get(i));
    }
    return String.join(", ", parts);
  }

  /**
   * The grid of several axes: their cartesian product, the first axis varying slowest.
   *
   * @param axes the axes
   * @return the points, numbered from 1
   */
  public static List<SweepPoint> grid(List<SweepAxis> axes) {
    List<String> paths = new ArrayList<>();
    axes.forEach(a -> paths.addAll(a.paths()));
    int total = 1;
    for (SweepAxis a : axes) {
      total = Math.multiplyExact(total, a.size());
    }
    List<SweepPoint> points = new ArrayList<>(total);
    int[] index = new int[axes.size()];
    for (int id = 1; id <= total; id++) {
      List<JsonNode> values = new ArrayList<>();
      for (int k = 0; k < axes.size(); k++) {
        for (List<JsonNode> column : axes.get(k).values()) {
          values.add(column.get(index[k]));
        }
      }
      points.add(new SweepPoint(id, paths, values));
      for (int k = axes.size() - 1; k >= 0; k--) {
        if (++index[k] < axes.get(k).size()) {
          break;
        }
        index[k] = 0;
      }
    }
    return points;
  }
}
