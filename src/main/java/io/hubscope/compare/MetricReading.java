package io.hubscope.compare;

import io.hubscope.metrics.Groups;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a higher value of a measure means for the people and firms whose parcels are observed: more exposure (the
 * observer sees or infers more), less exposure (an error of the observer's estimates, or data it holds in no form),
 * more utility (a party's data needs met), or neither (context: the truth an estimate is scored against, sample
 * sizes, standard errors, the network's response to an outage, which is the same for every observer).
 *
 * <p>The terminal table of {@code hubscope compare} and the compare report turn a verdict into words with it:
 * "higher" on {@code economic.weighted_error} reads "less exposure". Measures hubscope does not know read as context,
 * so no change is ever called good or bad by guess.
 */
public enum MetricReading {
  /** Higher means the observer sees or infers more. */
  EXPOSURE,
  /** Higher means the observer knows less (an estimate's error, data held in no form). */
  PROTECTION,
  /** Higher means a party keeps more of the data it needs. */
  UTILITY,
  /** Higher is neither better nor worse for the observed. */
  CONTEXT;

  /** The words {@link #meaning} gives: less exposure, more exposure, less utility, more utility. */
  public static final List<String> MEANINGS = List.of("less exposure", "more exposure", "less utility", "more utility");

  /** Metrics read as context. */
  private static final Set<String> CONTEXT_METRICS = Set.of(
      "attribute.special_buyers", "attribute.regional_truth_mean", "chokepoint.nodes",
      "leakage.prior_vulnerability", "reid.records", "reid.class_size", "unicity.se", "unicity.sample_size",
      "unicity.with_p_points");

  private static final Set<String> PROTECTION_METRICS = Set.of(
      "attribute.regional_mae", "economic.weighted_error", "economic.trend_error", "economic.category_error");

  /** Families whose every other measure is exposure; disruption is context (the network's response to an outage). */
  private static final Map<String, MetricReading> FAMILIES = Map.ofEntries(
      Map.entry("coverage", EXPOSURE), Map.entry("exposure", EXPOSURE), Map.entry("reid", EXPOSURE),
      Map.entry("unicity", EXPOSURE), Map.entry("uniqueness", EXPOSURE), Map.entry("linkability", EXPOSURE),
      Map.entry("attribute", EXPOSURE), Map.entry("economic", EXPOSURE), Map.entry("supply", EXPOSURE),
      Map.entry("chokepoint", EXPOSURE), Map.entry("targetable", EXPOSURE), Map.entry("leakage", EXPOSURE),
      Map.entry("utility", UTILITY), Map.entry("disruption", CONTEXT));

  /**
   * How to read a measure.
   *
   * @param metric metric name, e.g. {@code economic.weighted_error}
   * @param group its group, e.g. {@code field=consignee_name;form=none}
   * @return the reading; {@link #CONTEXT} for measures hubscope does not know
   */
  public static MetricReading of(String metric, String group) {
    if (CONTEXT_METRICS.contains(metric)) {
      return CONTEXT;
    }
    if (PROTECTION_METRICS.contains(metric)) {
      return PROTECTION;
    }
    if (metric.equals("exposure.share")) {
      // the inventory splits each field over its forms: more held in clear is more exposure, more held in no form
      // less; a shift between the protected forms (pseudonymised, generalised, noised) is neither
      String form = Groups.parse(group).get("form");
      return "clear".equals(form) ? EXPOSURE : "none".equals(form) ? PROTECTION : CONTEXT;
    }
    int dot = metric.indexOf('.');
    return FAMILIES.getOrDefault(dot < 0 ? metric : metric.substring(0, dot), CONTEXT);
  }

  /**
   * The words for a verdict on a measure read this way: "more exposure", "less exposure", "more utility", "less
   * utility", or empty for context and for verdicts other than higher or lower.
   *
   * @param verdict the verdict text ({@code higher}, {@code lower}, ...)
   * @return the meaning, or an empty string
   */
  public String meaning(String verdict) {
    boolean higher = verdict.equals("higher");
    if (!higher && !verdict.equals("lower")) {
      return "";
    }
    return switch (this) {
      case EXPOSURE -> MEANINGS.get(higher ? 1 : 0);
      case PROTECTION -> MEANINGS.get(higher ? 0 : 1);
      case UTILITY -> MEANINGS.get(higher ? 3 : 2);
      case CONTEXT -> "";
    };
  }
}
