package io.hubscope.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal view of a comparison: the rows with the largest effects, each with what its verdict means for the
 * observed ({@link MetricReading}), then per variant the counts of verdicts and of meanings.
 *
 * <p>Which rows: a comparison of a real scenario has thousands of rows, and the largest effects tend to repeat one
 * finding across variants and groups. The table therefore takes the rows in turns from each (variant, observer)
 * pair, every pair contributing its largest remaining effect per turn (rows with an effect of 0 or an undefined
 * effect only once no pair has a changed row left), until {@code top} rows are taken. They are shown by variant
 * (in run order), then observer (the one with the largest effect first), then effect. {@code compare.csv} keeps
 * every row, sorted by effect size.
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  /**
   * Renders the table.
   *
   * @param setup what was compared
   * @param rows all rows, sorted by effect size
   * @param top how many rows to show
   * @return lines to print
   */
  public static List<String> render(ComparisonSetup setup, List<ComparisonRow> rows, int top) {
    List<String> out = new ArrayList<>();
    int others = setup.variants().size() - 1;
    out.add(String.format(Locale.ROOT, "%s: %d variant%s against '%s', %d replications each, seed %d "
            + "(common random numbers)", setup.scenario(), others, others == 1 ? "" : "s", setup.baseline(),
        setup.replications(), setup.seed()));
    List<ComparisonRow> shown = select(rows, top, setup.variants());
    out.add(String.format(Locale.ROOT, "%d of %d comparisons: the largest effects of each variant and observer "
        + "(effect = |difference| / pooled sd; inf: constant in every replication and different); all rows in "
        + "compare.csv", shown.size(), rows.size()));
    out.add("");
    TextGrid grid = new TextGrid("variant|24", "observer|16", "metric|28", "group|44", ">baseline", ">variant",
        ">change", ">rel.", ">p", "verdict", ">effect", "meaning");
    for (ComparisonRow r : shown) {
      SampleComparison s = r.stats();
      grid.add(r.variant(), r.observer(), r.metric(), r.group(),
          Display.withInterval(s.baselineMean(), s.baselineCiLow(), s.baselineCiHigh()),
          Display.withInterval(s.variantMean(), s.variantCiLow(), s.variantCiHigh()),
          Display.signed(s.difference()), Display.percent(s.relativeChange(), s.difference()), Display.p(s.pValue()),
          s.verdict().text(), Display.effect(s.effectSize()), meaning(r));
    }
    out.addAll(grid.lines());
    out.add("");
    out.add("Verdicts per variant (alpha " + SampleComparison.ALPHA + ", Welch's t-test; means +- half the 95% CI):");
    Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
    MeaningTally meanings = new MeaningTally();
    for (String v : setup.variants()) {
      if (!v.equals(setup.baseline())) {
        counts.put(v, new EnumMap<>(Verdict.class));
      }
    }
    for (ComparisonRow r : rows) {
      counts.computeIfAbsent(r.variant(), v -> new EnumMap<>(Verdict.class)).merge(r.stats().verdict(), 1,
          Integer::sum);
      meanings.add(r.variant(), r.observer(), r.metric(), r.group(), r.stats().verdict().text());
    }
    List<String> columns = new ArrayList<>(List.of("variant|24", ">lower", ">higher", ">no detectable difference",
        ">no difference"));
    MetricReading.MEANINGS.forEach(m -> columns.add(">" + m));
    TextGrid summary = new TextGrid(columns.toArray(String[]::new));
    counts.forEach((v, c) -> {
      List<String> cells = new ArrayList<>(List.of(v, count(c, Verdict.LOWER), count(c, Verdict.HIGHER),
          count(c, Verdict.NO_DETECTABLE_DIFFERENCE), count(c, Verdict.NO_DIFFERENCE)));
      MetricReading.MEANINGS.forEach(m -> cells.add(Integer.toString(meanings.total(v, m))));
      summary.add(cells.toArray(String[]::new));
    });
    out.addAll(summary.lines());
    out.add("(meaning: what a lower or higher verdict means for the people and firms observed, counted per observer; "
        + "a party's data needs once, whoever observes; context measures and unchanged ones have none)");
    return out;
  }

  /** What the row's verdict means ({@link MetricReading}), empty when it means neither. */
  private static String meaning(ComparisonRow r) {
    return MetricReading.of(r.metric(), r.group()).meaning(r.stats().verdict().text());
  }

  /**
   * Picks the rows to show (see the class comment).
   *
   * @param rows all rows, sorted by effect size
   * @param top how many
   * @param variantOrder variants in run order
   * @return the picked rows, by variant, observer and effect
   */
  static List<ComparisonRow> select(List<ComparisonRow> rows, int top, List<String> variantOrder) {
    Map<List<String>, List<ComparisonRow>> changed = new LinkedHashMap<>();
    Map<List<String>, List<ComparisonRow>> unchanged = new LinkedHashMap<>();
    List<String> variants = new ArrayList<>(variantOrder);
    List<String> observers = new ArrayList<>();
    for (ComparisonRow r : rows) {
      if (!variants.contains(r.variant())) {
        variants.add(r.variant());
      }
      if (!observers.contains(r.observer())) {
        observers.add(r.observer());
      }
      double e = r.stats().effectSize();
      (e > 0 ? changed : unchanged).computeIfAbsent(List.of(r.variant(), r.observer()), k -> new ArrayList<>()).add(r);
    }
    List<ComparisonRow> picked = new ArrayList<>();
    for (Map<List<String>, List<ComparisonRow>> buckets : List.of(changed, unchanged)) {
      List<List<String>> keys = new ArrayList<>(buckets.keySet());
      keys.sort(java.util.Comparator.comparingInt((List<String> k) -> variants.indexOf(k.get(0)))
          .thenComparingInt(k -> observers.indexOf(k.get(1))));
      for (int turn = 0; picked.size() < top; turn++) {
        boolean any = false;
        for (List<String> k : keys) {
          List<ComparisonRow> b = buckets.get(k);
          if (turn < b.size() && picked.size() < top) {
            picked.add(b.get(turn));
            any = true;
          }
        }
        if (!any) {
          break;
        }
      }
    }
    Map<ComparisonRow, Integer> rank = new java.util.IdentityHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rank.put(rows.get(i), i);
    }
    picked.sort(java.util.Comparator.comparingInt((ComparisonRow r) -> variants.indexOf(r.variant()))
        .thenComparingInt(r -> observers.indexOf(r.observer()))
        .thenComparingInt(rank::get));
    return picked;
  }

  private static String count(Map<Verdict, Integer> c, Verdict v) {
    return Integer.toString(c.getOrDefault(v, 0));
  }
}
