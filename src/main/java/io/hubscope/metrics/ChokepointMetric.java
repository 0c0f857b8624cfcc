package io.hubscope.metrics;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.NetworkChokepoints;
import io.hubscope.simulation.ShipmentColumns;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Chokepoints the observer sits on: for every network node operated by a party in the observer's pool (hubs,
 * sorting centres, airports, depots alike: what it could watch or stop), how central and how unavoidable the node
 * is, and how unavoidable all of them are together.
 *
 * <p>Measures per node (group {@code node=<id>}), from {@link NetworkChokepoints}:
 * <ul>
 *   <li>{@code betweenness}: normalised betweenness centrality C_B(v) / ((n-1)(n-2)) on the cost-weighted directed
 *       network (Freeman 1977; Brandes 2001, O(n m + n^2 log n)); unit share of ordered node pairs' cheapest
 *       paths;</li>
 *   <li>{@code unavoidable_pairs}: share of reachable origin-destination pairs with no path avoiding the node
 *       (O(origins (n + m)) per node);</li>
 *   <li>{@code unavoidable_value}: share of the replication's shipment value on such pairs;</li>
 *   <li>{@code articulation}: 1 when the node is an articulation point of the undirected network (Hopcroft-Tarjan),
 *       else 0.</li>
 * </ul>
 * With group {@code pool=all}: {@code unavoidable_pairs} and {@code unavoidable_value} with every node of the pool
 * removed at once (a pair counts when no path avoids all of them), and {@code nodes}, the number of nodes the pool
 * operates. An observer that operates no node gets only the {@code pool=all} rows, with 0.
 * Reference: Simchi-Levi et al., Interfaces 45(5), 2015, and the graph measures listed with it in
 * exposure-literature.md. Cost O(n) per replication for the value per origin-destination pair, merged exactly in
 * cents.
 */
public final class ChokepointMetric implements Metric {

  @Override
  public String name() {
    return "chokepoint";
  }

  @Override
  public String description() {
    return "Betweenness, unavoidability (pairs and value) and articulation of the network nodes the observer's "
        + "pool operates.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final int[] routePair;
    private final long[] pairCents;

    Accumulator(MetricContext context) {
      this.context = context;
      var routes = context.routes();
      routePair = new int[routes.routeCount()];
      for (int r = 0; r < routePair.length; r++) {
        routePair[r] = routes.routePair(r);
      }
      pairCents = new long[routes.pairCount()];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      for (int i = from; i < to; i++) {
        pairCents[routePair[s.route[i]]] += Math.round(s.value[i] * 100.0);
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      long[] o = ((Accumulator) other).pairCents;
      for (int p = 0; p < pairCents.length; p++) {
        pairCents[p] += o[p];
      }
    }

    @Override
    public void emit(MetricSink sink) {
      LogisticsNetwork network = context.network();
      NetworkChokepoints chokepoints = NetworkChokepoints.analyse(context.scenario(), network);
      BitSet pool = context.view().pool();
      Set<Integer> operated = new LinkedHashSet<>();
      for (int v = 0; v < network.nodeCount(); v++) {
        if (network.nodeOperator(v) >= 0 && pool.get(network.nodeOperator(v))) {
          operated.add(v);
        }
      }
      BitSet articulation = new BitSet();
      for (int v : chokepoints.articulationPoints()) {
        articulation.set(v);
      }
      long total = 0;
      for (long c : pairCents) {
        total += c;
      }
      for (int v : operated) {
        String group = Groups.of("node", network.nodeId(v));
        boolean[] unavoidable = NetworkChokepoints.unavoidablePairs(context.scenario(), network, Set.of(v));
        sink.accept("betweenness", group, chokepoints.normalisedBetweenness(v), "share");
        sink.accept("unavoidable_pairs", group, chokepoints.allRoutesShare(v), "share");
        sink.accept("unavoidable_value", group, CoverageMetric.ratio(cents(unavoidable), total), "share");
        sink.accept("articulation", group, articulation.get(v) ? 1 : 0, "flag");
      }
      boolean[] all = NetworkChokepoints.unavoidablePairs(context.scenario(), network, operated);
      int pairs = 0;
      for (boolean b : all) {
        pairs += b ? 1 : 0;
      }
      String group = Groups.of("pool", "all");
      sink.accept("unavoidable_pairs", group, CoverageMetric.ratio(pairs, chokepoints.reachablePairs()), "share");
      sink.accept("unavoidable_value", group, CoverageMetric.ratio(cents(all), total), "share");
      sink.accept("nodes", group, operated.size(), "count");
    }

    private long cents(boolean[] unavoidable) {
      long sum = 0;
      for (int p = 0; p < unavoidable.length; p++) {
        if (unavoidable[p]) {
          sum += pairCents[p];
        }
      }
      return sum;
    }
  }
}
