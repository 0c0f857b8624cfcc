package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;

/**
 * State of a metric that depends on shipments only through their route (what every party holds is fixed per route):
 * the number of shipments on each route. Merging adds the counts, exactly. Subclasses turn the counts into values.
 */
abstract class RouteCountAccumulator implements MetricAccumulator {

  /** What the metric may read. */
  protected final MetricContext context;
  /** Shipments per route id. */
  protected final long[] perRoute;

  RouteCountAccumulator(MetricContext context) {
    this.context = context;
    this.perRoute = new long[context.routes().routeCount()];
  }

  @Override
  public void add(ShipmentColumns s, int from, int to) {
    // the shard's per-route counts are computed once for every observer and metric
    long[] shard = ShardRoutes.of(s, from, to, context.world(), perRoute.length,
        context.scenario().catalogue().size()).count;
    for (int r = 0; r < perRoute.length; r++) {
      perRoute[r] += shard[r];
    }
  }

  @Override
  public void merge(MetricAccumulator other) {
    long[] o = ((RouteCountAccumulator) other).perRoute;
    for (int r = 0; r < perRoute.length; r++) {
      perRoute[r] += o[r];
    }
  }
}
