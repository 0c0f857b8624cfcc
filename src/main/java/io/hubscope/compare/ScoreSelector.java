package io.hubscope.compare;

import io.hubscope.results.SummaryRow;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.util.HubscopeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the summary rows behind a sweep score ({@code --exposure} / {@code --utility}): {@code METRIC[:GROUP]}.
 *
 * <p>GROUP is {@code key=value;key=value} like the {@code group} column, where a value may list alternatives
 * ({@code field=consignee_name|consignee_street}) or be {@code *} (any value). A row matches when its metric is
 * METRIC and its group has every key of GROUP with an allowed value (other keys are ignored); without GROUP every
 * row of the metric matches. The score of an observer at a point is the mean, over its matching rows, of each
 * row's mean across replications (NaN when no row matches).
 *
 * @param metric metric name, e.g. {@code exposure.share}
 * @param filter group key to allowed values ({@code *} allows any), in the order written
 */
public record ScoreSelector(String metric, Map<String, Set<String>> filter) {

  /** Copies the filter. */
  public ScoreSelector {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    filter.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    filter = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Parses {@code METRIC[:GROUP]}.
   *
   * @param option the option, for messages
   * @param text the selector
   * @return the selector
   * @throws HubscopeException (exit 2) when malformed
   */
  public static ScoreSelector parse(String option, String text) {
    String hint = "write METRIC[:GROUP], e.g. exposure.share:field=consignee_name|consignee_street;form=clear";
    int colon = text.indexOf(':');
    String metric = (colon < 0 ? text : text.substring(0, colon)).trim();
    if (metric.isEmpty()) {
      throw HubscopeException.invalidInput(option + " '" + text + "' names no metric", hint);
    }
    Map<String, Set<String>> filter = new LinkedHashMap<>();
    if (colon >= 0) {
      for (String part : text.substring(colon + 1).split(";", -1)) {
        int eq = part.indexOf('=');
        if (eq <= 0 || eq == part.length() - 1) {
          throw HubscopeException.invalidInput(option + " '" + text + "': '" + part + "' is not key=value", hint);
        }
        Set<String> values = new LinkedHashSet<>(List.of(part.substring(eq + 1).trim().split("\\|")));
        filter.put(part.substring(0, eq).trim(), values);
      }
    }
    return new ScoreSelector(metric, filter);
  }

  /**
   * The default exposure score: the share of shipments in which the observer holds a direct identifier in clear,
   * averaged over the scenario's direct-identifier fields ({@code exposure.share}, {@code form=clear}); over every
   * field when the scenario marks none as a direct identifier.
   *
   * @param scenario the swept scenario
   * @return the selector
   */
  public static ScoreSelector defaultExposure(Scenario scenario) {
    Set<String> direct = new LinkedHashSet<>();
    for (FieldSpec f : scenario.fields()) {
      if (f.role() == FieldSpec.FieldRole.DIRECT_IDENTIFIER) {
        direct.add(f.id());
      }
    }
    Map<String, Set<String>> filter = new LinkedHashMap<>();
    filter.put("field", direct.isEmpty() ? Set.of("*") : direct);
    filter.put("form", Set.of("clear"));
    return new ScoreSelector("exposure.share", filter);
  }

  /**
   * True when the row is one of this selector's.
   *
   * @param metricName the row's metric
   * @param group the row's group
   * @return whether it matches
   */
  public boolean matches(String metricName, String group) {
    if (!metric.equals(metricName)) {
      return false;
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String part : group.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        pairs.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    for (Map.Entry<String, Set<String>> e : filter.entrySet()) {
      String v = pairs.get(e.getKey());
      if (v == null || !(e.getValue().contains("*") || e.getValue().contains(v))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The score of one observer.
   *
   * @param rows summary rows of one point
   * @param observer observer id
   * @return mean of the matching rows' means, NaN when none match
   */
  public double score(List<SummaryRow> rows, String observer) {
    double sum = 0;
    int n = 0;
    for (SummaryRow r : rows) {
      if (r.observer().equals(observer) && matches(r.metric(), r.group())) {
        sum += r.mean();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** True when at least one row matches. */
  public boolean matchesAny(List<SummaryRow> rows) {
    return rows.stream().anyMatch(r -> matches(r.metric(), r.group()));
  }

  /** The selector as written: {@code METRIC[:key=v1|v2;key=v]}, values in the order given. */
  @Override
  public String toString() {
    if (filter.isEmpty()) {
      return metric;
    }
    List<String> parts = new ArrayList<>();
    filter.forEach((k, v) -> parts.add(k + "=" + String.join("|", v)));
    return metric + ":" + String.join(";", parts);
  }
}
