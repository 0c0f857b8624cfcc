package io.hubscope.report;

import io.hubscope.metrics.Groups;
import io.hubscope.results.SummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The charts of a comparison folder ({@code compare.csv}: the variants side by side) and of a sweep folder
 * ({@code sweep.csv}: curves over the swept setting; {@code pareto.csv}: exposure against utility with the Pareto
 * front).
 */
final class StudyCharts {

  /** How many rows the "largest changes" chart shows. */
  static final int LARGEST_CHANGES = 12;

  /** Metrics drawn as sweep curves when present: metric, group, title, axis. */
  private static final String[][] SWEEP_CURVES = {
      {"coverage.shipments", "", "Share of shipments each observer sees", "Share of shipments the observer sees"},
      {"coverage.consumers", "", "Share of consumers each observer sees", "Share of consumers the observer sees"},
      {"coverage.businesses", "", "Share of EU firms each observer sees", "Share of EU firms the observer sees"},
      {"exposure.share", "class=identity;form=clear", "Share of shipments whose identity data each observer holds "
          + "in clear", "Shipments with identity data in clear"},
      {"exposure.share", "class=address;form=clear", "Share of shipments whose address each observer holds in clear",
          "Shipments with the address in clear"},
  };

  private StudyCharts() {}

  /**
   * The charts of a comparison.
   *
   * @param data folder data with compare rows
   * @return charts (none without compare rows)
   */
  static List<ChartSpec> compare(ResultsData data) {
    List<ResultsData.CompareRow> rows = data.compare();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<ChartSpec> charts = new ArrayList<>();
    int n = rows.stream().mapToInt(ResultsData.CompareRow::n).max().orElse(0);
    String sub = "Scenario " + data.scenarioName() + ": mean of " + n + " replication" + (n == 1 ? "" : "s")
        + " per variant under common random numbers; whiskers show 95% confidence intervals";
    List<ResultsData.CompareRow> coverage = rows.stream()
        .filter(r -> r.metric().equals("coverage.shipments") && r.group().isEmpty()).toList();
    if (!coverage.isEmpty()) {
      List<BarChartSpec.Bar> bars = new ArrayList<>();
      LinkedHashSet<String> observers = new LinkedHashSet<>();
      coverage.forEach(r -> observers.add(r.observer()));
      for (String observer : observers) {
        List<ResultsData.CompareRow> mine = coverage.stream().filter(r -> r.observer().equals(observer)).toList();
        ResultsData.CompareRow first = mine.get(0);
        String unit = first.unit();
        bars.add(BarChartSpec.Bar.plotted(observer, observer, first.baseline(), first.baselineMean(),
            first.baselineLow(), first.baselineHigh(), unit));
        for (ResultsData.CompareRow r : mine) {
          bars.add(BarChartSpec.Bar.plotted(observer, observer, r.variant(), r.variantMean(), r.variantLow(),
              r.variantHigh(), unit));
        }
      }
      charts.add(new BarChartSpec("variant-comparison-coverage", "Share of shipments each observer sees, by policy "
          + "variant", sub, "Observer", RunCharts.valueAxis("Share of shipments the observer sees",
          coverage.get(0).unit()), "observer", "variant", false, bars));
    }
    List<ResultsData.CompareRow> shares = LargestChanges.pick(rows, r -> MetricLabels.isShare(r.unit())
            && Double.isFinite(r.difference()) && r.difference() != 0
            && LargestChanges.notAMirror(r), LARGEST_CHANGES);
    if (!shares.isEmpty()) {
      List<BarChartSpec.Bar> bars = new ArrayList<>();
      for (ResultsData.CompareRow r : shares) {
        String id = r.variant() + "|" + r.observer() + "|" + r.metric() + "|" + r.group();
        String label = r.variant() + ": " + r.observer() + ", " + shortMetric(r.metric(), r.group());
        bars.add(BarChartSpec.Bar.plotted(id, label, "baseline", r.baselineMean(), r.baselineLow(),
            r.baselineHigh(), r.unit()));
        bars.add(BarChartSpec.Bar.plotted(id, label, "variant", r.variantMean(), r.variantLow(), r.variantHigh(),
            r.unit()));
      }
      charts.add(new BarChartSpec("variant-comparison-largest-changes",
          "The largest changes each variant makes to what observers see", sub + "; sorted by effect size",
          "Variant: observer, measure", "Share (%)", "change", "series", true, bars));
    }
    return charts;
  }

  /**
   * The charts of a sweep.
   *
   * @param data folder data with sweep and/or pareto rows
   * @return charts (none without sweep or pareto rows)
   */
  static List<ChartSpec> sweep(ResultsData data) {
    List<ChartSpec> charts = new ArrayList<>();
    List<ResultsData.SweepRow> rows = data.sweep();
    List<String> paths = data.sweepPaths();
    if (!rows.isEmpty() && !paths.isEmpty()) {
      String x = paths.get(0);
      boolean numeric = rows.stream().allMatch(r -> isNumber(r.coordinates().get(x)));
      boolean manyVariants = rows.stream().map(r -> r.row().variant()).distinct().count() > 1;
      int n = rows.stream().mapToInt(r -> r.row().n()).max().orElse(0);
      String sub = "Scenario " + data.scenarioName() + ": each point is the mean of " + n + " replication"
          + (n == 1 ? "" : "s") + "; bands show 95% confidence intervals";
      for (String[] curve : SWEEP_CURVES) {
        List<ResultsData.SweepRow> mine = rows.stream()
            .filter(r -> r.row().metric().equals(curve[0]) && r.row().group().equals(curve[1])).toList();
        if (mine.stream().noneMatch(r -> Double.isFinite(r.row().mean()))) {
          // no point defines it (e.g. the share of firms seen, in a scenario without firms): no empty chart
          continue;
        }
        Map<String, List<LineChartSpec.Point>> bySeries = new LinkedHashMap<>();
        for (ResultsData.SweepRow r : mine) {
          SummaryRow s = r.row();
          StringBuilder series = new StringBuilder(s.observer());
          if (manyVariants) {
            series.append(" (").append(s.variant()).append(')');
          }
          for (String other : paths.subList(1, paths.size())) {
            series.append(", ").append(other).append('=').append(r.coordinates().get(other));
          }
          String xl = r.coordinates().get(x);
          double xv = numeric ? Double.parseDouble(xl) : r.point();
          bySeries.computeIfAbsent(series.toString(), k -> new ArrayList<>()).add(LineChartSpec.Point.plotted(xv, xl,
              series.toString(), s.mean(), s.ciLow(), s.ciHigh(), s.unit()));
        }
        List<LineChartSpec.Point> points = new ArrayList<>();
        bySeries.values().forEach(list -> {
          list.sort(Comparator.comparingDouble(LineChartSpec.Point::x));
          points.addAll(list);
        });
        String id = "sweep-" + NameSlugs.slug(curve[0] + (curve[1].isEmpty() ? "" : "-" + curve[1]));
        charts.add(new LineChartSpec(id, curve[2] + " as " + x + " changes", sub, "Swept setting: " + x,
            RunCharts.valueAxis(curve[3], mine.get(0).row().unit()), "x", "series", numeric, points));
      }
    }
    if (!data.pareto().isEmpty()) {
      List<ParetoChartSpec.Point> points = new ArrayList<>();
      for (ResultsData.ParetoRow r : data.pareto()) {
        List<String> parts = new ArrayList<>();
        r.coordinates().forEach((k, v) -> parts.add(k + "=" + v));
        points.add(new ParetoChartSpec.Point(r.point(), String.join("; ", parts), r.observer(), r.exposure(),
            r.utility(), r.pareto()));
      }
      charts.add(new ParetoChartSpec("exposure-vs-utility", "Exposure against utility: which settings are worth it",
          "Scenario " + data.scenarioName() + ": one point per swept setting and observer; the line joins the "
              + "Pareto front (no other setting gives less exposure and more utility)",
          "Exposure (higher: the observer learns more)", "Utility (higher: parties' data needs better met)",
          points));
    }
    return charts;
  }

  private static String shortMetric(String metric, String group) {
    String m = metric.startsWith("coverage.") ? "coverage of " + metric.substring(9)
        : metric.equals("exposure.share") ? "held" : metric;
    if (group.isEmpty()) {
      return m;
    }
    Map<String, String> g = Groups.parse(group);
    if (metric.equals("exposure.share") && g.containsKey("form")) {
      String what = g.containsKey("field") ? g.get("field") : g.getOrDefault("class", "?") + " data";
      return what + " " + g.get("form");
    }
    return m + " [" + group + "]";
  }

  private static boolean isNumber(String s) {
    if (s == null || s.isBlank()) {
      return false;
    }
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
