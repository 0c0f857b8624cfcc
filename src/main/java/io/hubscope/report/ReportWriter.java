package io.hubscope.report;

import static io.hubscope.report.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubscope.compare.MeaningTally;
import io.hubscope.compare.MetricReading;
import io.hubscope.metrics.Groups;
import io.hubscope.results.RunManifest;
import io.hubscope.results.SummaryRow;
import io.hubscope.util.BuildInfo;
import io.hubscope.util.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG; no script, no external font, image or
 * style; a Content-Security-Policy that forbids loading anything) with the scenario summary, the observers and their
 * threat model, the headline findings, the charts and the summary tables. Every string that did not come from this
 * class goes through {@link Html#esc}.
 */
final class ReportWriter {

  /** Rows of the comparison table in the report. */
  static final int COMPARE_ROWS = 25;

  /**
   * A chart as shown in the report.
   *
   * @param chart the chart
   * @param svg its inline {@code <svg>} element
   * @param links its files, relative to the report
   */
  record Figure(ChartSpec chart, String svg, List<String> links) {}

  private static final String CSS = """
      :root { color-scheme: light; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
        margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; color: #1b1b1b; line-height: 1.45; }
      h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
      h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #0072b2; padding-bottom: .2rem; }
      h3 { font-size: 1.08rem; margin: 1.8rem 0 .4rem; }
      .lede { font-size: 1.05rem; color: #333; max-width: 60rem; }
      .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: #0072b2; margin: 0; }
      nav ol { columns: 2; padding-left: 1.2rem; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
      dl.facts dt { font-weight: 600; color: #444; }
      dl.facts dd { margin: 0; overflow-wrap: anywhere; }
      table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
      th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
      th { background: #f3f6f9; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure { margin: 1rem 0 2rem; }
      figure svg { max-width: 100%; height: auto; border: 1px solid #e4e4e4; }
      figcaption { font-size: .85rem; color: #555; }
      .finding { background: #f7fafc; border-left: 4px solid #0072b2; padding: .5rem 1rem; margin: .6rem 0; }
      details { margin: .4rem 0; }
      summary { cursor: pointer; font-weight: 600; }
      .muted { color: #666; }
      td.measure { min-width: 16rem; }
      td .muted { font-size: .82rem; }
      footer { margin-top: 3rem; font-size: .8rem; color: #666; }
      """;

  private ReportWriter() {}

  /**
   * The report of a results folder.
   *
   * @param data the folder's data
   * @param figures the charts, in order
   * @return the page
   */
  static String html(ResultsData data, List<Figure> figures) {
    StringBuilder b = new StringBuilder(64 * 1024);
    String name = data.scenarioName();
    String kind = !data.compare().isEmpty() ? "Variant comparison" : !data.sweep().isEmpty()
        || !data.pareto().isEmpty() ? "Parameter sweep" : "Simulation run";
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<title>hubscope report: ").append(esc(name)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">hubscope &middot; ").append(esc(kind))
        .append("</p>\n<h1>").append(esc(name)).append("</h1>\n");
    JsonNode tree = data.tree(firstVariant(data));
    String description = tree == null ? null : tree.path("meta").path("description").asText(null);
    if (description != null) {
      b.append("<p class=\"lede\">").append(esc(description)).append("</p>\n");
    }
    b.append("</header>\n<nav><h2>Contents</h2><ol>\n")
        .append("<li><a href=\"#scenario\">Scenario</a></li>\n")
        .append("<li><a href=\"#observers\">Observers and threat model</a></li>\n")
        .append("<li><a href=\"#findings\">Headline findings</a></li>\n")
        .append("<li><a href=\"#charts\">Charts</a></li>\n")
        .append("<li><a href=\"#tables\">Tables</a></li>\n</ol></nav>\n");
    scenario(b, data, tree);
    observers(b, data, tree);
    findings(b, data);
    charts(b, figures);
    tables(b, data);
    b.append("<footer>Written by hubscope ").append(esc(BuildInfo.version()));
    if (data.manifest() != null) {
      b.append(" from a run by hubscope ").append(esc(data.manifest().toolVersion()));
    }
    b.append(". Every figure is a simulation of the scenario above: its numbers are only as good as the ")
        .append("scenario's assumptions.</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String firstVariant(ResultsData data) {
    List<String> v = data.variants();
    return v.isEmpty() ? "baseline" : v.get(0);
  }

  private static void scenario(StringBuilder b, ResultsData data, JsonNode tree) {
    b.append("<section id=\"scenario\">\n<h2>Scenario</h2>\n<dl class=\"facts\">\n");
    fact(b, "Name", data.scenarioName());
    RunManifest m = data.manifest();
    if (m != null) {
      fact(b, "Scenario file", m.scenarioFile());
      fact(b, "File SHA-256", m.scenarioSha256());
      fact(b, "Variants", String.join(", ", m.variants() == null ? List.of() : m.variants().keySet()));
      fact(b, "Seed", Long.toString(m.seed()));
      fact(b, "Replications", m.replications() + " per variant");
      if (m.replicationRuns() != null && !m.replicationRuns().isEmpty()) {
        double mean = m.replicationRuns().stream().mapToInt(RunManifest.ReplicationRun::shipments).average()
            .orElse(Double.NaN);
        fact(b, "Simulated shipments", MetricLabels.value(mean, "count") + " per replication on average");
      }
      fact(b, "Run", m.startedAt() + " to " + m.finishedAt() + " (UTC), " + m.threads() + " threads");
      fact(b, "Tool", m.tool() + " " + m.toolVersion() + " on Java " + m.javaVersion());
    } else {
      fact(b, "Variants", String.join(", ", data.variants()));
    }
    if (tree != null) {
      JsonNode meta = tree.path("meta");
      if (meta.hasNonNull("horizonDays")) {
        fact(b, "Simulated period", meta.path("horizonDays").asText() + " days from "
            + meta.path("startDate").asText("?"));
      }
      JsonNode scale = meta.path("scale");
      if (scale.hasNonNull("realShipmentsPerDay")) {
        fact(b, "Real volume represented", MetricLabels.value(scale.path("realShipmentsPerDay").asDouble(), "count")
            + " shipments per day" + (scale.hasNonNull("source") ? " (source: " + scale.path("source").asText()
            + ")" : ""));
      }
    }
    b.append("</dl>\n");
    if (tree != null && tree.path("parties").isArray()) {
      b.append("<h3>Parties</h3>\n<table>\n<thead><tr><th>Id</th><th>Name</th><th>Role</th><th>Corporate group</th>")
          .append("<th>Jurisdiction</th></tr></thead>\n<tbody>\n");
      for (JsonNode p : tree.path("parties")) {
        b.append("<tr>");
        for (String k : List.of("id", "name", "role", "group", "jurisdiction")) {
          b.append("<td>").append(esc(p.path(k).asText(""))).append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n");
  }

  private static void fact(StringBuilder b, String term, String value) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private static void observers(StringBuilder b, ResultsData data, JsonNode tree) {
    b.append("<section id=\"observers\">\n<h2>Observers and threat model</h2>\n")
        .append("<p>An observer is a party together with every party whose data it can pool: its corporate group, ")
        .append("or everything a state can compel under its law. Each figure below is what that observer could ")
        .append("see or infer.</p>\n");
    List<ResultsData.ObserverRow> rows = data.observers();
    boolean differ = rows.stream().map(r -> r.observer() + "|" + r.pooled() + "|" + r.description()).distinct()
        .count() > rows.stream().map(ResultsData.ObserverRow::observer).distinct().count();
    if (!differ) {
      Set<String> seen = new LinkedHashSet<>();
      rows = rows.stream().filter(r -> seen.add(r.observer())).toList();
    }
    if (rows.isEmpty() && tree != null && tree.path("observers").isArray()) {
      List<ResultsData.ObserverRow> fromTree = new ArrayList<>();
      for (JsonNode o : tree.path("observers")) {
        fromTree.add(new ResultsData.ObserverRow("", o.path("id").asText(""), o.path("party").asText(""), List.of(),
            o.path("description").asText("")));
      }
      rows = fromTree;
    }
    if (rows.isEmpty()) {
      b.append("<p class=\"muted\">This folder does not list its observers.</p>\n</section>\n");
      return;
    }
    ScenarioNames names = ScenarioNames.of(tree);
    b.append("<table>\n<thead><tr>").append(differ ? "<th>Variant</th>" : "")
        .append("<th>Observer</th><th>Party</th><th>Pools the data of</th><th>Threat model</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ResultsData.ObserverRow r : rows) {
      b.append("<tr>");
      if (differ) {
        b.append("<td>").append(esc(r.variant())).append("</td>");
      }
      List<String> pooled = r.pooled().stream().map(p -> names.party(p).equals(p) ? p : names.party(p) + " (" + p
          + ")").toList();
      b.append("<td><strong>").append(esc(r.observer())).append("</strong></td><td>")
          .append(esc(names.party(r.party()))).append("</td><td>")
          .append(esc(pooled.isEmpty() ? "(not recorded)" : String.join(", ", pooled))).append("</td><td>")
          .append(esc(r.description())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void findings(StringBuilder b, ResultsData data) {
    b.append("<section id=\"findings\">\n<h2>Headline findings</h2>\n");
    boolean any = false;
    List<String> variants = data.variants();
    for (String variant : variants) {
      List<SummaryRow> rows = data.summary().stream().filter(r -> r.variant().equals(variant)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      any = true;
      if (variants.size() > 1) {
        b.append("<h3>Variant ").append(esc(variant)).append("</h3>\n");
      }
      coverageFindings(b, rows);
      clearFindings(b, rows);
      targetable(b, rows);
    }
    if (!data.compare().isEmpty()) {
      any = true;
      compareFindings(b, data.compare());
    }
    if (!data.pareto().isEmpty()) {
      any = true;
      paretoFindings(b, data.pareto());
    }
    if (!any) {
      b.append("<p class=\"muted\">No summary data in this folder.</p>\n");
    }
    b.append("</section>\n");
  }

  private static void coverageFindings(StringBuilder b, List<SummaryRow> rows) {
    Map<String, SummaryRow> shipments = new LinkedHashMap<>();
    Map<String, SummaryRow> value = new LinkedHashMap<>();
    for (SummaryRow r : rows) {
      if (r.group().isEmpty() && r.metric().equals("coverage.shipments")) {
        shipments.put(r.observer(), r);
      }
      if (r.group().isEmpty() && r.metric().equals("coverage.value")) {
        value.put(r.observer(), r);
      }
    }
    if (shipments.isEmpty()) {
      return;
    }
    b.append("<h3>How much of the flow each observer sees</h3>\n<ul>\n");
    shipments.values().stream().sorted(Comparator.comparingDouble((SummaryRow r) -> -r.mean())).forEach(r -> {
      b.append("<li class=\"finding\"><strong>").append(esc(r.observer())).append("</strong> sees ")
          .append(esc(MetricLabels.value(r.mean(), r.unit()))).append(" of shipments");
      if (r.n() > 1) {
        b.append(" (95% CI ").append(esc(MetricLabels.interval(r.ciLow(), r.ciHigh(), r.unit()))).append(')');
      }
      SummaryRow v = value.get(r.observer());
      if (v != null) {
        b.append(" and ").append(esc(MetricLabels.value(v.mean(), v.unit()))).append(" of their declared value");
      }
      b.append(".</li>\n");
    });
    b.append("</ul>\n");
  }

  private static void clearFindings(StringBuilder b, List<SummaryRow> rows) {
    Map<String, List<SummaryRow>> byObserver = new LinkedHashMap<>();
    for (SummaryRow r : rows) {
      Map<String, String> g = Groups.parse(r.group());
      if (r.metric().equals("exposure.share") && g.containsKey("field") && "clear".equals(g.get("form"))
          && r.mean() > 0) {
        byObserver.computeIfAbsent(r.observer(), k -> new ArrayList<>()).add(r);
      }
    }
    if (byObserver.isEmpty()) {
      return;
    }
    b.append("<h3>Largest exposures: the data fields each observer holds in clear on the most shipments</h3>\n")
        .append("<table>\n<thead><tr><th>Observer</th><th>Fields held in clear (share of all shipments)</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, List<SummaryRow>> e : byObserver.entrySet()) {
      List<SummaryRow> top = e.getValue().stream()
          .sorted(Comparator.comparingDouble((SummaryRow r) -> -r.mean())).limit(6).toList();
      List<String> parts = new ArrayList<>();
      for (SummaryRow r : top) {
        parts.add(Groups.parse(r.group()).get("field") + " " + MetricLabels.value(r.mean(), r.unit()));
      }
      int more = e.getValue().size() - top.size();
      b.append("<tr><td><strong>").append(esc(e.getKey())).append("</strong></td><td>")
          .append(esc(String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "")))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /**
   * The targetable dependencies, one row per observer with its three measures (pairs, their share of all firm x
   * critical-input pairs, and the value share), most pairs first. The measures have no groups, and a count sorted
   * with shares would put every count first.
   */
  private static void targetable(StringBuilder b, List<SummaryRow> rows) {
    Map<String, Map<String, SummaryRow>> byObserver = new LinkedHashMap<>();
    for (SummaryRow r : rows) {
      if (r.metric().startsWith("targetable.") && r.group().isEmpty()) {
        byObserver.computeIfAbsent(r.observer(), k -> new LinkedHashMap<>()).put(r.metric(), r);
      }
    }
    if (byObserver.isEmpty()) {
      return;
    }
    List<String> observers = new ArrayList<>(byObserver.keySet());
    observers.sort(Comparator.comparingDouble((String o) -> {
      SummaryRow count = byObserver.get(o).get("targetable.count");
      return count == null || !Double.isFinite(count.mean()) ? 0 : -count.mean();
    }));
    b.append("<h3>Targetable dependencies</h3>\n<p class=\"muted\">Critical inputs of EU firms that depend on one ")
        .append("supplier or one hub, pass a hub of the observer's pool, and that the observer can attribute to ")
        .append("the firm (docs/metrics.md, targetable). Mean of the replications, 95% CI in brackets.</p>\n")
        .append("<table>\n<thead><tr><th>Observer</th><th class=\"num\">Firm x input pairs</th>")
        .append("<th class=\"num\">Share of all pairs</th><th class=\"num\">Share of the firms' import value</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (String observer : observers) {
      Map<String, SummaryRow> mine = byObserver.get(observer);
      b.append("<tr><td>").append(esc(observer)).append("</td>");
      for (String metric : List.of("targetable.count", "targetable.share", "targetable.value_share")) {
        SummaryRow r = mine.get(metric);
        b.append("<td class=\"num\">").append(r == null ? "n/a" : esc(MetricLabels.value(r.mean(), r.unit())
            + " (" + MetricLabels.interval(r.ciLow(), r.ciHigh(), r.unit()) + ")")).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void compareFindings(StringBuilder b, List<ResultsData.CompareRow> rows) {
    // per variant: lower, higher, no detectable difference, no difference
    Map<String, int[]> verdicts = new LinkedHashMap<>();
    // per variant and meaning: the measures per observer (utility: per party, each counted once)
    MeaningTally meant = new MeaningTally();
    for (ResultsData.CompareRow r : rows) {
      int[] c = verdicts.computeIfAbsent(r.variant(), k -> new int[4]);
      String v = r.verdict().toLowerCase(java.util.Locale.ROOT);
      c[v.startsWith("lower") ? 0 : v.startsWith("higher") ? 1 : v.startsWith("no detectable") ? 2 : 3]++;
      meant.add(r.variant(), r.observer(), r.metric(), r.group(), v);
    }
    b.append("<h3>What each variant changes</h3>\n<ul>\n");
    verdicts.forEach((variant, c) -> {
      b.append("<li class=\"finding\"><strong>").append(esc(variant))
          .append("</strong>: ").append(c[0]).append(" measures lower, ").append(c[1]).append(" higher, ")
          .append(c[2]).append(" with no detectable difference from the baseline and ").append(c[3])
          .append(" with no difference at all (the same value in every replication).");
      List<String> words = MetricReading.MEANINGS;
      b.append(" For the people and firms observed: ").append(meaningCount(meant, variant, words.get(0)))
          .append("; ").append(meaningCount(meant, variant, words.get(1))).append(". For the parties' data needs: ")
          .append(meaningCount(meant, variant, words.get(2))).append("; ")
          .append(meaningCount(meant, variant, words.get(3))).append(".</li>\n");
    });
    b.append("</ul>\n");
    List<ResultsData.CompareRow> sorted = LargestChanges.pick(rows, LargestChanges::notAMirror, COMPARE_ROWS);
    b.append("<h3>The largest changes</h3>\n<table>\n<thead><tr><th>Variant</th><th>Observer</th><th>Measure</th>")
        .append("<th class=\"num\">Baseline</th><th class=\"num\">Variant</th>")
        .append("<th class=\"num\">Change</th><th class=\"num\">p-value</th><th>Verdict</th><th>Meaning</th>")
        .append("</tr></thead>\n")
        .append("<tbody>\n");
    for (ResultsData.CompareRow r : sorted) {
      b.append("<tr><td>").append(esc(r.variant())).append("</td><td>").append(esc(r.observer()))
          .append("</td><td class=\"measure\">").append(measure(r.metric(), r.group()))
          .append("</td><td class=\"num\">").append(esc(MetricLabels.value(r.baselineMean(), r.unit())))
          .append("</td><td class=\"num\">").append(esc(MetricLabels.value(r.variantMean(), r.unit())))
          .append("</td><td class=\"num\">").append(esc(change(r))).append("</td><td class=\"num\">")
          .append(esc(Double.isFinite(r.pValue()) ? pValue(r.pValue()) : "n/a")).append("</td><td>")
          .append(esc(r.verdict())).append("</td><td>")
          .append(esc(MetricReading.of(r.metric(), r.group()).meaning(r.verdict()))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /**
   * "less exposure in 12 measures (hub 8, state 4)": how many changed measures of a variant mean this, per observer
   * (per party for utility; most first); "less exposure in none" when none does.
   */
  private static String meaningCount(MeaningTally meant, String variant, String meaning) {
    Map<String, Integer> perObserver = meant.by(variant, meaning);
    int total = meant.total(variant, meaning);
    if (total == 0) {
      return meaning + " in none";
    }
    StringBuilder s = new StringBuilder(meaning).append(" in ").append(total)
        .append(total == 1 ? " measure (" : " measures (");
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(perObserver.entrySet());
    // most first; ties keep the order of first appearance (the sort is stable)
    sorted.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    for (int i = 0; i < sorted.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(esc(sorted.get(i).getKey())).append(' ').append(sorted.get(i).getValue());
    }
    return s.append(')').toString();
  }

  /** A measure for people, with its breakdown (the group, as {@code key: value} pairs) on a second line. */
  private static String measure(String metric, String group) {
    String label = esc(MetricLabels.metric(metric));
    if (group.isEmpty()) {
      return label;
    }
    return label + "<br><span class=\"muted\">" + esc(prettyGroup(group)) + "</span>";
  }

  /** A group for people: {@code sector=x;category=y} becomes {@code sector: x, category: y}. */
  private static String prettyGroup(String group) {
    List<String> parts = new ArrayList<>();
    Groups.parse(group).forEach((k, v) -> parts.add(k + ": " + v));
    return String.join(", ", parts);
  }

  private static String change(ResultsData.CompareRow r) {
    if (!Double.isFinite(r.difference())) {
      return "n/a";
    }
    String d = MetricLabels.isShare(r.unit())
        ? (r.difference() >= 0 ? "+" : "") + Numbers.human(100 * r.difference(), 1) + " pts"
        : "count".equals(r.unit()) ? String.format(java.util.Locale.ROOT, "%+,.0f", r.difference())
        : (r.difference() >= 0 ? "+" : "") + Numbers.human(r.difference(), 3);
    return Double.isFinite(r.relativeChange()) ? d + " (" + (r.relativeChange() >= 0 ? "+" : "")
        + Numbers.percent(r.relativeChange(), 0) + ")" : d;
  }

  private static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : Numbers.human(p, 3);
  }

  private static void paretoFindings(StringBuilder b, List<ResultsData.ParetoRow> rows) {
    b.append("<h3>Settings on the Pareto front</h3>\n<p>No other setting gives the observer less to learn while ")
        .append("meeting the parties' data needs better.</p>\n<table>\n<thead><tr><th>Observer</th><th>Point</th>")
        .append("<th>Setting</th><th class=\"num\">Exposure</th><th class=\"num\">Utility</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ResultsData.ParetoRow r : rows) {
      if (!r.pareto()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      r.coordinates().forEach((k, v) -> parts.add(k + " = " + v));
      b.append("<tr><td>").append(esc(r.observer())).append("</td><td class=\"num\">").append(r.point())
          .append("</td><td>").append(esc(String.join("; ", parts))).append("</td><td class=\"num\">")
          .append(esc(Numbers.human(r.exposure(), 3))).append("</td><td class=\"num\">")
          .append(esc(Numbers.human(r.utility(), 3))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void charts(StringBuilder b, List<Figure> figures) {
    b.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    if (figures.isEmpty()) {
      b.append("<p class=\"muted\">No chart: this folder holds none of the data the charts need.</p>\n");
    } else {
      b.append("<p>Each chart's data is in a CSV file next to it, with a Vega-Lite spec that redraws it.</p>\n");
    }
    for (Figure f : figures) {
      ChartSpec c = f.chart();
      b.append("<figure id=\"chart-").append(esc(NameSlugs.slug(c.id()))).append("\">\n<h3>").append(esc(c.title()))
          .append("</h3>\n").append(f.svg()).append("\n<figcaption>").append(esc(c.subtitle()));
      if (!f.links().isEmpty()) {
        b.append(". Files:");
        for (String link : f.links()) {
          b.append(" <a href=\"").append(esc(link)).append("\">").append(esc(label(link))).append("</a>");
        }
      }
      b.append("</figcaption>\n</figure>\n");
    }
    b.append("</section>\n");
  }

  private static String label(String link) {
    if (link.endsWith(".vl.json")) {
      return "Vega-Lite";
    }
    int dot = link.lastIndexOf('.');
    return dot < 0 ? link : link.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
  }

  private static void tables(StringBuilder b, ResultsData data) {
    b.append("<section id=\"tables\">\n<h2>Tables</h2>\n");
    if (data.summary().isEmpty() && data.sweep().isEmpty()) {
      b.append("<p class=\"muted\">The full comparison is in compare.csv and compare.json.</p>\n</section>\n");
      return;
    }
    b.append("<p>Every summarised metric (summary.csv): mean over replications with its 95% confidence ")
        .append("interval. Open an observer to see its rows.</p>\n");
    List<SummaryRow> rows = data.summary();
    List<String> variants = data.variants();
    for (String variant : variants) {
      Map<String, List<SummaryRow>> byObserver = new LinkedHashMap<>();
      rows.stream().filter(r -> r.variant().equals(variant))
          .forEach(r -> byObserver.computeIfAbsent(r.observer(), k -> new ArrayList<>()).add(r));
      if (byObserver.isEmpty()) {
        continue;
      }
      if (variants.size() > 1) {
        b.append("<h3>Variant ").append(esc(variant)).append("</h3>\n");
      }
      byObserver.forEach((observer, list) -> summaryTable(b, observer, list));
    }
    if (!data.sweep().isEmpty()) {
      b.append("<p>The sweep's rows are in sweep.csv (")
          .append(data.sweep().size()).append(" rows over ")
          .append(data.sweep().stream().mapToInt(ResultsData.SweepRow::point).distinct().count())
          .append(" points).</p>\n");
    }
    b.append("</section>\n");
  }

  private static void summaryTable(StringBuilder b, String observer, List<SummaryRow> list) {
    b.append("<details>\n<summary>Observer ").append(esc(observer)).append(" (").append(list.size())
        .append(" rows)</summary>\n<table>\n<thead><tr><th>Measure</th><th class=\"num\">n</th>")
        .append("<th class=\"num\">Mean</th><th class=\"num\">95% CI</th><th>Unit</th></tr></thead>\n<tbody>\n");
    for (SummaryRow r : list) {
      b.append("<tr><td class=\"measure\">").append(measure(r.metric(), r.group()))
          .append("</td><td class=\"num\">").append(r.n()).append("</td><td class=\"num\">")
          .append(esc(MetricLabels.value(r.mean(), r.unit()))).append("</td><td class=\"num\">")
          .append(esc(MetricLabels.interval(r.ciLow(), r.ciHigh(), r.unit()))).append("</td><td>")
          .append(esc(r.unit())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</details>\n");
  }
}
