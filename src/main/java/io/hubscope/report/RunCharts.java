package io.hubscope.report;

import io.hubscope.metrics.Groups;
import io.hubscope.results.SummaryRow;
import io.hubscope.util.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The charts of a run folder, per variant, each made only when its data is in the run: the exposure heatmap
 * (dataflow.csv), coverage by observer, and — as the inference metrics land — the unicity curve, the
 * equivalence-class sizes, the economic-estimate error, the supply-map recall and the disruption impact (summary.csv).
 * In a run of several variants each variant's charts go into a folder named after it.
 */
final class RunCharts {

  private RunCharts() {}

  /**
   * Builds the charts of a run.
   *
   * @param data the run's data
   * @return charts in report order
   */
  static List<ChartSpec> of(ResultsData data) {
    List<String> variants = data.variants();
    List<ChartSpec> charts = new ArrayList<>();
    Map<String, String> prefixes = NameSlugs.prefixes(variants);
    for (String variant : variants) {
      charts.addAll(forVariant(data, variant, prefixes.get(variant)));
    }
    return charts;
  }

  private static List<ChartSpec> forVariant(ResultsData data, String variant, String prefix) {
    ScenarioNames names = ScenarioNames.of(data.tree(variant));
    List<SummaryRow> rows = data.summary().stream().filter(r -> r.variant().equals(variant)).toList();
    List<String> observers = data.observerIds();
    String scenario = data.scenarioName();
    String ci = subtitle(scenario, variant, rows);
    List<ChartSpec> charts = new ArrayList<>();
    List<ResultsData.DataflowRow> flow = data.dataflow().stream().filter(r -> r.variant().equals(variant)).toList();
    if (!flow.isEmpty()) {
      charts.add(heatmap(prefix + "exposure-heatmap", scenario, variant, flow));
    }
    List<BarChartSpec.Bar> coverage = new ArrayList<>();
    for (String measure : MetricLabels.COVERAGE_MEASURES) {
      for (String observer : observers) {
        rows.stream().filter(r -> r.observer().equals(observer) && r.metric().equals("coverage." + measure)
                && r.group().isEmpty() && MetricLabels.isShare(r.unit())).findFirst()
            .ifPresent(r -> coverage.add(bar(measure, MetricLabels.coverageMeasure(measure), observer, r)));
      }
    }
    if (!coverage.isEmpty()) {
      charts.add(new BarChartSpec(prefix + "coverage-by-observer", "How much of the market each observer sees", ci,
          "What is counted", "Share the observer sees (%)", "measure", "observer", false, coverage));
    }
    for (Map.Entry<String, List<SummaryRow>> e : byKey(rows, "unicity.share_unique", "population").entrySet()) {
      charts.add(unicity(prefix, e.getKey(), e.getValue(), observers, ci));
    }
    for (Map.Entry<String, List<SummaryRow>> e : byKey(rows, "reid.class_size", "population").entrySet()) {
      String population = e.getKey();
      String unit = e.getValue().get(0).unit();
      List<SummaryRow> sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparingInt(r -> lowerBound(Groups.parse(r.group()).get("k"))));
      charts.add(bars(prefix + "equivalence-class-size-" + NameSlugs.slug(population),
          "How large a crowd each observer's view of " + population + " hides them in", ci,
          "People who share the same observed record (equivalence-class size k)",
          valueAxis("Share of " + population, unit), "class_size", sorted, observers, "k", Function.identity()));
    }
    charts.addAll(simpleBars(prefix + "economic-error-by-category", rows, "economic.category_error", "category",
        "How far off each observer's estimate of each market is", ci, "Product category", "Estimation error",
        observers, names::category));
    charts.addAll(simpleBars(prefix + "supply-map-recall-by-sector", rows, "supply.supplier_share", "sector",
        "How much of each sector's supplier map each observer can rebuild", ci, "Business sector",
        "Supplier links the observer can map", observers, names::sector));
    charts.addAll(simpleBars(prefix + "disruption-by-region", rows, "disruption.delayed_share", "region",
        "What a disruption would delay, by destination region", ci, "Region", "Deliveries delayed", observers,
        names::region));
    charts.addAll(simpleBars(prefix + "disruption-by-sector", rows, "disruption.delayed_share", "sector",
        "What a disruption would delay, by business sector", ci, "Business sector", "Deliveries delayed", observers,
        names::sector));
    return charts;
  }

  /**
   * The subtitle of run charts.
   *
   * @param scenario scenario name
   * @param variant variant
   * @param rows the variant's summary rows
   * @return text
   */
  static String subtitle(String scenario, String variant, List<SummaryRow> rows) {
    int n = rows.stream().mapToInt(SummaryRow::n).max().orElse(0);
    return "Scenario " + scenario + ", variant " + variant + ": mean of " + n + " replication" + (n == 1 ? "" : "s")
        + (n > 1 ? "; whiskers and bands show 95% confidence intervals" : "");
  }

  private static HeatmapSpec heatmap(String id, String scenario, String variant, List<ResultsData.DataflowRow> flow) {
    Map<String, Map<String, List<ResultsData.DataflowRow>>> byFieldParty = new LinkedHashMap<>();
    LinkedHashSet<String> parties = new LinkedHashSet<>();
    Set<String> involved = new HashSet<>();
    for (ResultsData.DataflowRow r : flow) {
      byFieldParty.computeIfAbsent(r.field(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.party(), k -> new ArrayList<>()).add(r);
      parties.add(r.party());
      if (FormClass.of(r.form()) != FormClass.NONE && r.share() > 0) {
        involved.add(r.party());
      }
    }
    List<String> shownParties = parties.stream().filter(involved::contains).toList();
    List<HeatmapSpec.Cell> cells = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<ResultsData.DataflowRow>>> f : byFieldParty.entrySet()) {
      for (String party : shownParties) {
        List<ResultsData.DataflowRow> forms = f.getValue().getOrDefault(party, List.of());
        cells.add(cell(f.getKey(), party, forms));
      }
    }
    return new HeatmapSpec(id, "What each party holds of each data field",
        "Scenario " + scenario + ", variant " + variant + ": colour = the most revealing form the party holds on "
            + "any route; a number = the share of traffic (%) on which it holds the field that way, when not all",
        "Party", "Data field", shownParties, List.copyOf(byFieldParty.keySet()), cells);
  }

  private static HeatmapSpec.Cell cell(String field, String party, List<ResultsData.DataflowRow> forms) {
    FormClass best = FormClass.NONE;
    for (ResultsData.DataflowRow r : forms) {
      FormClass c = FormClass.of(r.form());
      if (r.share() > 0 && c.ordinal() < best.ordinal()) {
        best = c;
      }
    }
    double share = 0;
    String form = best == FormClass.NONE ? "none" : null;
    double formShare = -1;
    List<String> all = new ArrayList<>();
    for (ResultsData.DataflowRow r : forms) {
      all.add(r.form() + " " + (r.share() > 0 && r.share() < 0.005 ? "<1%" : Numbers.percent(r.share(), 0)));
      if (FormClass.of(r.form()) == best) {
        share += r.share();
        if (best != FormClass.NONE && r.share() > formShare) {
          form = r.form();
          formShare = r.share();
        }
      }
    }
    if (forms.isEmpty()) {
      share = 1;
      all.add("none 100%");
    }
    return new HeatmapSpec.Cell(field, party, form, best, 100 * share, String.join(" / ", all));
  }

  private static LineChartSpec unicity(String prefix, String population, List<SummaryRow> rows,
      List<String> observers, String ci) {
    String unit = rows.get(0).unit();
    List<LineChartSpec.Point> points = new ArrayList<>();
    for (String observer : observers) {
      List<SummaryRow> mine = new ArrayList<>(rows.stream().filter(r -> r.observer().equals(observer)).toList());
      mine.sort(Comparator.comparingDouble(r -> parse(Groups.parse(r.group()).get("p"))));
      for (SummaryRow r : mine) {
        String p = Groups.parse(r.group()).get("p");
        points.add(LineChartSpec.Point.plotted(parse(p), p, observer, r.mean(), r.ciLow(), r.ciHigh(), unit));
      }
    }
    return new LineChartSpec(prefix + "unicity-" + NameSlugs.slug(population),
        "How few data points single out " + population, ci,
        "Data points known about a person (p)", valueAxis("Share of " + population + " singled out", unit), "p",
        "observer", true, points);
  }

  /** The series name of a chart whose figures are the same for every observer. */
  static final String EVERY_OBSERVER = "every observer";

  private static List<ChartSpec> simpleBars(String id, List<SummaryRow> rows, String metric, String key,
      String title, String ci, String categoryAxis, String valueName, List<String> observers,
      Function<String, String> label) {
    List<SummaryRow> mine = rows.stream().filter(r -> r.metric().equals(metric)
        && Groups.parse(r.group()).size() == 1 && Groups.parse(r.group()).containsKey(key)).toList();
    if (mine.isEmpty()) {
      return List.of();
    }
    if (sameForEveryObserver(mine, observers)) {
      // a truth every observer reports alike (e.g. what an outage delays): one series, not one bar per observer
      String first = mine.get(0).observer();
      List<SummaryRow> one = mine.stream().filter(r -> r.observer().equals(first))
          .map(r -> new SummaryRow(r.scenario(), r.variant(), EVERY_OBSERVER, r.metric(), r.group(), r.n(), r.mean(),
              r.sd(), r.ciLow(), r.ciHigh(), r.unit()))
          .toList();
      return List.of(bars(id, title, ci + "; the same for every observer", categoryAxis,
          valueAxis(valueName, mine.get(0).unit()), key, one, List.of(EVERY_OBSERVER), key, label));
    }
    return List.of(bars(id, title, ci, categoryAxis, valueAxis(valueName, mine.get(0).unit()), key, mine, observers,
        key, label));
  }

  /**
   * Whether every one of the (more than one) observers has rows, with the same figures (mean and interval) in every
   * group.
   */
  private static boolean sameForEveryObserver(List<SummaryRow> rows, List<String> everyObserver) {
    Map<String, SummaryRow> firstOfGroup = new LinkedHashMap<>();
    Set<String> observers = new HashSet<>();
    for (SummaryRow r : rows) {
      observers.add(r.observer());
      SummaryRow f = firstOfGroup.putIfAbsent(r.group(), r);
      if (f != null && !(same(f.mean(), r.mean()) && same(f.ciLow(), r.ciLow()) && same(f.ciHigh(), r.ciHigh()))) {
        return false;
      }
    }
    return observers.size() > 1 && observers.containsAll(everyObserver);
  }

  private static boolean same(double a, double b) {
    return Double.compare(a, b) == 0;
  }

  private static BarChartSpec bars(String id, String title, String ci, String categoryAxis, String valueAxis,
      String column, List<SummaryRow> rows, List<String> observers, String key, Function<String, String> label) {
    LinkedHashSet<String> categories = new LinkedHashSet<>();
    rows.forEach(r -> categories.add(Groups.parse(r.group()).get(key)));
    List<BarChartSpec.Bar> bars = new ArrayList<>();
    for (String c : categories) {
      for (String observer : observers) {
        rows.stream().filter(r -> r.observer().equals(observer) && c.equals(Groups.parse(r.group()).get(key)))
            .findFirst().ifPresent(r -> bars.add(bar(c, label.apply(c), observer, r)));
      }
    }
    return new BarChartSpec(id, title, ci, categoryAxis, valueAxis, column, "observer", false, bars);
  }

  private static BarChartSpec.Bar bar(String id, String label, String series, SummaryRow r) {
    return BarChartSpec.Bar.plotted(id, label, series, r.mean(), r.ciLow(), r.ciHigh(), r.unit());
  }

  private static Map<String, List<SummaryRow>> byKey(List<SummaryRow> rows, String metric, String key) {
    Map<String, List<SummaryRow>> m = new LinkedHashMap<>();
    for (SummaryRow r : rows) {
      if (r.metric().equals(metric)) {
        Map<String, String> g = Groups.parse(r.group());
        m.computeIfAbsent(g.getOrDefault(key, "all"), k -> new ArrayList<>()).add(r);
      }
    }
    return m;
  }

  /**
   * An axis label with its unit: {@code name (%)} for shares, {@code name (unit)} otherwise.
   *
   * @param name what is measured
   * @param unit unit column
   * @return label
   */
  static String valueAxis(String name, String unit) {
    return name + " (" + MetricLabels.axisUnit(unit) + ")";
  }

  private static double parse(String number) {
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException | NullPointerException e) {
      return Double.NaN;
    }
  }

  /** The lower bound of a class-size label such as {@code 1}, {@code 2-4}, {@code 20+}. */
  private static int lowerBound(String k) {
    if (k == null) {
      return Integer.MAX_VALUE;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : k.toCharArray()) {
      if (c < '0' || c > '9') {
        break;
      }
      digits.append(c);
    }
    try {
      return digits.length() == 0 ? Integer.MAX_VALUE : Integer.parseInt(digits.toString());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
