package io.hubscope.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every metric by name, in report order. Asking for an unknown name fails and lists the valid ones. */
public final class MetricRegistry {

  private final Map<String, Metric> metrics = new LinkedHashMap<>();

  private MetricRegistry(List<Metric> list) {
    for (Metric m : list) {
      if (metrics.putIfAbsent(m.name(), m) != null) {
        throw new IllegalStateException("two metrics are named '" + m.name() + "'");
      }
    }
  }

  /** The standard registry with every metric hubscope ships. */
  public static MetricRegistry standard() {
    List<Metric> list = new ArrayList<>();
    list.add(new CoverageMetric());
    list.add(new ExposureInventoryMetric());
    list.add(new ReidentificationMetric());
    list.add(new UnicityMetric());
    list.add(new PopulationUniquenessMetric());
    list.add(new LinkabilityMetric());
    list.add(new AttributeInferenceMetric());
    list.add(new EconomicMetric());
    list.add(new SupplyMetric());
    list.add(new ChokepointMetric());
    list.add(new DisruptionMetric());
    list.add(new TargetableMetric());
    list.add(new LeakageMetric());
    list.add(new UtilityMetric());
    return new MetricRegistry(list);
  }

  /**
   * A registry of the given metrics (tests, custom selections).
   *
   * @param metrics metrics
   * @return registry
   */
  public static MetricRegistry of(List<Metric> metrics) {
    return new MetricRegistry(metrics);
  }

  /** All metrics in report order. */
  public List<Metric> all() {
    return List.copyOf(metrics.values());
  }

  /**
   * A metric by name.
   *
   * @param name registry name
   * @return the metric
   * @throws IllegalArgumentException listing the valid names when unknown
   */
  public Metric byName(String name) {
    Metric m = metrics.get(name);
    if (m == null) {
      throw new IllegalArgumentException("unknown metric '" + name + "'; valid metrics: "
          + String.join(", ", metrics.keySet()));
    }
    return m;
  }

  /**
   * A registry of a subset.
   *
   * @param names registry names
   * @return the subset, in the order given
   */
  public MetricRegistry select(List<String> names) {
    return new MetricRegistry(names.stream().map(this::byName).toList());
  }
}
