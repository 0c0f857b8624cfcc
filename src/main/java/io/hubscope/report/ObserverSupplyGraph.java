package io.hubscope.report;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.metrics.SupplyEdgeRoutes;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.ShipmentColumns;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply graph an observer can rebuild from what it holds: a merchant -&gt; business edge for every pair with at
 * least one shipment on which the observer can draw it.
 *
 * <p>Definition: an edge (m, b) is seen when some shipment from merchant m to business b travels on a route of
 * {@link SupplyEdgeRoutes} — the observer links the merchant and the buyer (an identity kept or as a keyed pseudonym)
 * and recognises the buyer as a business — the same rule as the {@code supply.*} metrics, so the exported graph has
 * exactly the edges {@link io.hubscope.metrics.SupplyMetric} counts as observed. Edges carry the number and declared
 * value of the shipments seen and the (true) categories they belong to. Cost O(shipments + routes x fields).
 */
public final class ObserverSupplyGraph {

  /**
   * One edge the observer sees.
   *
   * @param merchant merchant index
   * @param business business index
   * @param shipments shipments seen on the edge
   * @param value their declared value, EUR
   * @param categories category indices of those shipments, ascending
   */
  public record Edge(int merchant, int business, long shipments, double value, List<Integer> categories) {}

  private final List<Edge> edges;

  private ObserverSupplyGraph(List<Edge> edges) {
    this.edges = edges;
  }

  /**
   * Builds the graph an observer can rebuild from one replication.
   *
   * @param view the observer's view
   * @param scenario the (variant-resolved) scenario the view was planned from
   * @param consumers number of consumers (recipients at or above it are businesses)
   * @param routes number of routes
   * @param s the replication's shipments
   * @return the graph
   */
  public static ObserverSupplyGraph of(ObserverView view, Scenario scenario, int consumers, int routes,
      ShipmentColumns s) {
    boolean[] edgeRoutes = SupplyEdgeRoutes.of(view, scenario, routes);
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, double[]> values = new LinkedHashMap<>();
    Map<Long, BitSet> categories = new LinkedHashMap<>();
    for (int i = 0; i < s.size; i++) {
      int r = s.recipient[i];
      if (r < consumers || !edgeRoutes[s.route[i]]) {
        continue;
      }
      long key = ((long) s.merchant[i] << 32) | (r - consumers);
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      values.computeIfAbsent(key, k -> new double[1])[0] += s.value[i];
      categories.computeIfAbsent(key, k -> new BitSet()).set(s.category[i]);
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
      long key = e.getKey();
      List<Integer> cats = categories.get(key).stream().boxed().toList();
      edges.add(new Edge((int) (key >>> 32), (int) key, e.getValue()[0], values.get(key)[0], cats));
    }
    edges.sort((a, b) -> a.merchant() != b.merchant() ? Integer.compare(a.merchant(), b.merchant())
        : Integer.compare(a.business(), b.business()));
    return new ObserverSupplyGraph(Collections.unmodifiableList(edges));
  }

  /** The edges, ordered by merchant then business. */
  public List<Edge> edges() {
    return edges;
  }
}
