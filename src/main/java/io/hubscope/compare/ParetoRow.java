package io.hubscope.compare;

import io.hubscope.results.SummaryRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code pareto.csv}: an observer at a sweep point, with its exposure and utility scores and whether
 * the point is on that observer's exposure-vs-utility Pareto front.
 *
 * <p>For one observer, point a dominates point b when exposure(a) &le; exposure(b) and utility(a) &ge; utility(b),
 * one of them strictly (less exposure is better, more utility is better). The front is the set of points no other
 * point dominates; points with a missing (NaN) score are never on it and dominate nothing. Points with equal
 * scores do not dominate each other, so they are on the front together or not at all. O(points&sup2;) per
 * observer.
 *
 * @param point the point
 * @param observer observer id
 * @param exposure exposure score
 * @param utility utility score
 * @param pareto true when on the front
 */
public record ParetoRow(SweepPoint point, String observer, double exposure, double utility, boolean pareto) {

  /**
   * Scores every (point, observer) and marks the fronts.
   *
   * @param points the points
   * @param summaries each point's summary rows, in point order
   * @param exposure the exposure selector
   * @param utility the utility selector
   * @return rows in point order, observers in order of first appearance
   */
  public static List<ParetoRow> score(List<SweepPoint> points, List<List<SummaryRow>> summaries,
      ScoreSelector exposure, ScoreSelector utility) {
    Set<String> observers = new LinkedHashSet<>();
    summaries.forEach(rows -> rows.forEach(r -> observers.add(r.observer())));
    int n = points.size();
    List<ParetoRow> out = new ArrayList<>();
    List<String> obs = List.copyOf(observers);
    double[][] e = new double[obs.size()][n];
    double[][] u = new double[obs.size()][n];
    for (int o = 0; o < obs.size(); o++) {
      for (int i = 0; i < n; i++) {
        e[o][i] = exposure.score(summaries.get(i), obs.get(o));
        u[o][i] = utility.score(summaries.get(i), obs.get(o));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int o = 0; o < obs.size(); o++) {
        out.add(new ParetoRow(points.get(i), obs.get(o), e[o][i], u[o][i], onFront(e[o], u[o], i)));
      }
    }
    return out;
  }

  private static boolean onFront(double[] e, double[] u, int i) {
    if (Double.isNaN(e[i]) || Double.isNaN(u[i])) {
      return false;
    }
    for (int j = 0; j < e.length; j++) {
      if (j != i && !Double.isNaN(e[j]) && !Double.isNaN(u[j]) && e[j] <= e[i] && u[j] >= u[i]
          && (e[j] < e[i] || u[j] > u[i])) {
        return false;
      }
    }
    return true;
  }
}
