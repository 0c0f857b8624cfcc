package io.hubscope.report;

import io.hubscope.util.Numbers;
import java.util.Map;

/**
 * Words for people: what each metric means, in the language of a policy reader, and how its values are written.
 * Metrics that hubscope does not know yet keep their registry name.
 */
public final class MetricLabels {

  private static final Map<String, String> METRICS = Map.ofEntries(
      Map.entry("coverage.shipments", "Share of shipments the observer sees"),
      Map.entry("coverage.value", "Share of declared value the observer sees"),
      Map.entry("coverage.merchants", "Share of merchants whose parcels the observer sees"),
      Map.entry("coverage.consumers", "Share of consumers whose parcels the observer sees"),
      Map.entry("coverage.businesses", "Share of EU firms whose parcels the observer sees"),
      Map.entry("coverage.zones", "Share of destination postcode zones the observer sees"),
      Map.entry("coverage.categories", "Share of product categories the observer sees"),
      Map.entry("coverage.shipments_per_day_real", "Real-world shipments per day the observer sees"),
      Map.entry("exposure.share", "Share of shipments in which the observer holds the data in this form"),
      Map.entry("reid.direct_rate", "Share of shipments whose buyer the observer identifies directly"),
      Map.entry("reid.direct_people", "Share of people the observer identifies directly on some shipment"),
      Map.entry("reid.records", "Records (shipments) the observer holds"),
      Map.entry("reid.k1_share", "Share of records unique on the quasi-identifiers held (k = 1)"),
      Map.entry("reid.k_lt5_share", "Share of records in crowds of fewer than 5 (k < 5)"),
      Map.entry("reid.k_lt10_share", "Share of records in crowds of fewer than 10 (k < 10)"),
      Map.entry("reid.prosecutor_max", "Highest re-identification risk of any record (1 / smallest k)"),
      Map.entry("reid.prosecutor_avg", "Mean re-identification risk of a record (mean of 1/k)"),
      Map.entry("reid.marketer", "Share of records a marketer would match to the right person"),
      Map.entry("reid.class_size", "Share of people by the size of the crowd they hide in"),
      Map.entry("unicity.share_unique", "Share of people singled out by p observed data points"),
      Map.entry("unicity.share_unique_all", "Share of people singled out by p data points, or their whole history"),
      Map.entry("unicity.se", "Standard error of the share singled out"),
      Map.entry("unicity.sample_size", "People sampled for the share singled out"),
      Map.entry("unicity.with_p_points", "Share of sampled people with at least p data points held"),
      Map.entry("uniqueness.sampling_fraction", "Share of the market's records the observer holds"),
      Map.entry("uniqueness.sample_uniques", "Share of held records unique among the observer's own"),
      Map.entry("uniqueness.population_estimate", "Estimated share of held records unique in the whole market"),
      Map.entry("uniqueness.population_truth", "Share of held records unique in the whole market (truth)"),
      Map.entry("linkability.pair_precision", "Share of the parcel pairs the observer links that are one person's"),
      Map.entry("linkability.pair_recall", "Share of one person's parcel pairs the observer links"),
      Map.entry("linkability.whole_history", "Share of people whose whole purchase history the observer links"),
      Map.entry("attribute.special_revealed", "Share of people revealed as buying a special-category item"),
      Map.entry("attribute.special_buyers", "Share of people buying a special-category item (truth)"),
      Map.entry("attribute.regional_mae", "Error of the observer's regional picture of special-category buying"),
      Map.entry("attribute.regional_truth_mean", "Mean regional share of special-category buying (truth)"),
      Map.entry("economic.category_error", "Error of the observer's estimate of a market"),
      Map.entry("economic.weighted_error", "Value-weighted error of the observer's market estimates"),
      Map.entry("economic.spearman", "Rank agreement of the observer's market estimates with the truth"),
      Map.entry("economic.topk_overlap", "Share of the true top list found in the observer's top list"),
      Map.entry("economic.trend_error", "Error of the observer's estimate of market growth"),
      Map.entry("economic.resolved_share", "Share of shipments the observer places in one market cell"),
      Map.entry("supply.edge_precision", "Share of the supply links the observer maps that are true"),
      Map.entry("supply.edge_recall", "Share of true supply links the observer maps"),
      Map.entry("supply.edge_recall_value", "Share of supply-link value on links the observer maps"),
      Map.entry("supply.supplier_share", "Share of supplier links the observer can map"),
      Map.entry("chokepoint.nodes", "Nodes the observer operates"),
      Map.entry("chokepoint.betweenness", "How central the observer's nodes are in the network (betweenness)"),
      Map.entry("chokepoint.unavoidable_pairs", "Share of origin-destination pairs that cannot avoid the node"),
      Map.entry("chokepoint.unavoidable_value", "Share of value on pairs that cannot avoid the node"),
      Map.entry("chokepoint.articulation", "Whether removing the node disconnects the network"),
      Map.entry("targetable.count", "Firm-input dependencies the observer could target"),
      Map.entry("targetable.share", "Share of firm-input dependencies the observer could target"),
      Map.entry("targetable.value_share", "Share of firms' import value in dependencies the observer could target"),
      Map.entry("disruption.delayed_share", "Share of deliveries a disruption would delay"),
      Map.entry("disruption.undelivered_share", "Share of deliveries a disruption would push past the deadline"),
      Map.entry("disruption.delay_hours_mean", "Mean delay of the deliveries a disruption delays"),
      Map.entry("disruption.rerouted_share", "Share of shipments rerouted around a disruption"),
      Map.entry("disruption.exposed_businesses", "EU firms that would run out of a critical input in a disruption"),
      Map.entry("disruption.exposed_share", "Share of EU firms that would run out of a critical input"),
      Map.entry("leakage.prior_vulnerability", "Chance of guessing the secret without the observer's data"),
      Map.entry("leakage.posterior_vulnerability", "Chance of guessing the secret with the observer's data"),
      Map.entry("leakage.min_entropy_bits", "What the observer's data leak about the secret (min-entropy bits)"),
      Map.entry("utility.needs_met", "Share of a party's data needs still met"),
      Map.entry("utility.needs_met_clear", "Share of a party's data needs met in clear"));

  private static final Map<String, String> COVERAGE = Map.of(
      "shipments", "Shipments",
      "value", "Declared value",
      "merchants", "Merchants",
      "consumers", "Consumers",
      "businesses", "EU firms",
      "zones", "Postcode zones",
      "categories", "Product categories");

  private MetricLabels() {}

  /**
   * A sentence-like label of a metric.
   *
   * @param metric metric name, e.g. {@code coverage.shipments}
   * @return label, or the name itself when unknown
   */
  public static String metric(String metric) {
    String known = METRICS.get(metric);
    if (known != null) {
      return known;
    }
    return metric;
  }

  /**
   * A short label of a coverage measure.
   *
   * @param measure e.g. {@code shipments}
   * @return e.g. {@code Shipments}; the measure itself when unknown
   */
  public static String coverageMeasure(String measure) {
    return COVERAGE.getOrDefault(measure, measure);
  }

  /** Coverage measures shown in charts, in chart order. */
  public static final String[] COVERAGE_MEASURES =
      {"shipments", "value", "merchants", "consumers", "businesses", "zones", "categories"};

  /**
   * True when values of the unit are shares in [0, 1], shown as percentages.
   *
   * @param unit unit column
   * @return whether it is a share
   */
  public static boolean isShare(String unit) {
    return "share".equals(unit);
  }

  /**
   * Scale factor from stored values to plotted values: 100 for shares (plotted as %), else 1.
   *
   * @param unit unit column
   * @return factor
   */
  public static double scale(String unit) {
    return isShare(unit) ? 100 : 1;
  }

  /**
   * The unit as shown on an axis: {@code %} for shares, the unit itself otherwise.
   *
   * @param unit unit column
   * @return e.g. {@code %}, {@code EUR}
   */
  public static String axisUnit(String unit) {
    return isShare(unit) ? "%" : unit == null || unit.isEmpty() ? "value" : unit;
  }

  /**
   * A value written for people: shares as percentages with one decimal, counts with grouping and no decimals,
   * anything else with up to three decimals. Locale.ROOT digits; "n/a" when not finite.
   *
   * @param value stored value
   * @param unit unit column
   * @return text
   */
  public static String value(double value, String unit) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    if (isShare(unit)) {
      return Numbers.percent(value, 1);
    }
    if ("count".equals(unit)) {
      return Numbers.count(value);
    }
    String text = Numbers.human(value, 3);
    return (unit == null || unit.isEmpty()) ? text : text + " " + unit;
  }

  /**
   * A 95% interval written for people, e.g. {@code 84.9–85.0%}.
   *
   * @param low lower end
   * @param high upper end
   * @param unit unit column
   * @return text, or "n/a" when the interval is undefined
   */
  public static String interval(double low, double high, String unit) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return "n/a";
    }
    if (isShare(unit)) {
      return Numbers.human(100 * shownBound(low, unit), 1) + "\u2013" + Numbers.percent(shownBound(high, unit), 1);
    }
    return value(low, unit) + " \u2013 " + value(high, unit);
  }

  /**
   * A confidence bound as charts and reports show it: a share's bound clamped to [0, 1], anything else unchanged.
   * The t-interval of a share near 0 or 1 over few replications can reach beyond (e.g. 74-112%), which no share can
   * be; {@code summary.csv} keeps the interval as computed.
   *
   * @param bound lower or upper end of an interval
   * @param unit unit column
   * @return the bound to show (NaN stays NaN)
   */
  public static double shownBound(double bound, String unit) {
    return isShare(unit) && Double.isFinite(bound) ? Math.min(1, Math.max(0, bound)) : bound;
  }
}
