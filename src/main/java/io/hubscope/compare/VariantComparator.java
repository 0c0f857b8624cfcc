package io.hubscope.compare;

import io.hubscope.results.MetricRow;
import io.hubscope.util.HubscopeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets every variant of a run against a baseline variant, metric by metric.
 *
 * <p>Rows are keyed by (observer, metric, group, unit). A key is compared when both the baseline and the variant
 * have it; keys only one side has (an observer or field a variant removes), and keys with no finite value in
 * either sample (a share of nothing, e.g. businesses in a scenario without any), are left out. Values are paired by
 * replication number. The result is sorted by effect size, largest first ({@link SampleComparison#effectSize()}:
 * infinite effects, where both sides are constant and differ, come first and among themselves by |difference|;
 * undefined effects come last); ties keep the variants' order and then the baseline's row order (observers in
 * scenario order), so the result is deterministic.
 */
public final class VariantComparator {

  private VariantComparator() {}

  /**
   * Compares.
   *
   * @param rows per-replication metric rows of every variant (one scenario)
   * @param baseline the variant to compare against
   * @return one row per (variant other than the baseline, key both share), sorted by effect size
   * @throws HubscopeException (exit 2) when the baseline is not among the rows' variants, listing the valid ones,
   *     or when there is no other variant
   */
  public static List<ComparisonRow> compare(List<MetricRow> rows, String baseline) {
    Map<String, Map<Key, Map<Integer, Double>>> byVariant = new LinkedHashMap<>();
    String scenario = rows.isEmpty() ? "" : rows.get(0).scenario();
    for (MetricRow r : rows) {
      byVariant.computeIfAbsent(r.variant(), v -> new LinkedHashMap<>())
          .computeIfAbsent(new Key(r.observer(), r.metric(), r.group(), r.unit()), k -> new TreeMap<>())
          .put(r.replication(), r.value());
    }
    List<String> variants = List.copyOf(byVariant.keySet());
    checkBaseline(baseline, variants);
    Map<Key, Map<Integer, Double>> base = byVariant.get(baseline);
    List<ComparisonRow> out = new ArrayList<>();
    for (String variant : variants) {
      if (variant.equals(baseline)) {
        continue;
      }
      Map<Key, Map<Integer, Double>> other = byVariant.get(variant);
      for (Map.Entry<Key, Map<Integer, Double>> e : base.entrySet()) {
        Map<Integer, Double> v = other.get(e.getKey());
        if (v == null) {
          continue;
        }
        Map<Integer, Double> b = e.getValue();
        boolean aligned = b.keySet().equals(v.keySet());
        SampleComparison stats = SampleComparison.of(values(b), values(v), aligned);
        if (stats.nBaseline() == 0 && stats.nVariant() == 0) {
          continue;
        }
        Key k = e.getKey();
        out.add(new ComparisonRow(scenario, k.observer(), k.metric(), k.group(), k.unit(), baseline, variant, stats));
      }
    }
    List<ComparisonRow> sorted = new ArrayList<>(out);
    sorted.sort(BY_EFFECT);
    return sorted;
  }

  /**
   * Checks that the baseline is one of the variants and that there is something to compare it with.
   *
   * @param baseline the requested baseline
   * @param variants the variants available, in order
   */
  public static void checkBaseline(String baseline, List<String> variants) {
    if (!variants.contains(baseline)) {
      throw HubscopeException.invalidInput("no variant named '" + baseline + "' to use as the baseline",
          "valid variants: " + String.join(", ", variants));
    }
    if (variants.size() < 2) {
      throw HubscopeException.invalidInput("only one variant ('" + baseline + "'): nothing to compare it with",
          "compare a scenario with variants (--all-variants) or several runs");
    }
  }

  /** Largest effect first; a stable sort keeps the input order among equal effects. */
  static final Comparator<ComparisonRow> BY_EFFECT = Comparator
      .comparingDouble((ComparisonRow r) -> Double.isNaN(r.stats().effectSize()) ? -1 : r.stats().effectSize())
      .thenComparingDouble(r -> infinite(r) ? Math.abs(r.stats().difference()) : 0)
      .reversed();

  private static boolean infinite(ComparisonRow r) {
    return r.stats().effectSize() == Double.POSITIVE_INFINITY;
  }

  private static double[] values(Map<Integer, Double> byReplication) {
    return byReplication.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  private record Key(String observer, String metric, String group, String unit) {}
}
