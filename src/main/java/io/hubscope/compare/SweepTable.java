package io.hubscope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal view of a sweep: per point, each observer's exposure and utility and whether it is on the front. */
public final class SweepTable {

  private SweepTable() {}

  /**
   * Renders the tables.
   *
   * @param scenario scenario name
   * @param points the points
   * @param rows scored rows (point order, then observers)
   * @param exposure exposure selector
   * @param utility utility selector
   * @return lines to print
   */
  public static List<String> render(String scenario, List<SweepPoint> points, List<ParetoRow> rows,
      ScoreSelector exposure, ScoreSelector utility) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%s: %d point%s (common random numbers)", scenario, points.size(),
        points.size() == 1 ? "" : "s"));
    out.add("exposure = " + exposure + " (lower is better)");
    out.add("utility  = " + utility + " (higher is better)");
    out.add("front    = on the observer's exposure-vs-utility Pareto front across the points");
    for (SweepPoint p : points) {
      out.add("");
      out.add("point " + p.id() + ": " + p.label());
      TextGrid grid = new TextGrid("observer|24", ">exposure", ">utility", "front");
      for (ParetoRow r : rows) {
        if (r.point().id() == p.id()) {
          grid.add(r.observer(), Display.value(r.exposure()), Display.value(r.utility()),
              r.pareto() ? "yes" : "no");
        }
      }
      grid.lines().forEach(line -> out.add("  " + line));
    }
    return out;
  }
}
