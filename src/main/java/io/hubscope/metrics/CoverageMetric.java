package io.hubscope.metrics;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage: how much of the market passes through the observer's hands.
 *
 * <p>Definition: a shipment touches the observer when the observer holds at least one of its fields in any form
 * ({@link ObserverView#touches(int)}). Measures (unit {@code share} unless stated):
 * <ul>
 *   <li>{@code shipments}: touched shipments / all shipments;</li>
 *   <li>{@code value}: declared value of touched shipments / declared value of all shipments;</li>
 *   <li>{@code merchants}, {@code consumers}, {@code businesses}, {@code zones}, {@code categories}: distinct
 *       merchants (buyers, firms, destination postcode zones, categories) with at least one touched shipment /
 *       those with at least one shipment;</li>
 *   <li>{@code shipments_per_day_real} (count): touched shipments per day scaled to the real volume
 *       ({@link MetricContext#scaleFactor()}).</li>
 * </ul>
 * Cost O(n) per replication with bit sets over entities; values are summed in whole cents, so merging (OR and
 * integer addition) is exact and the result does not depend on the order of shards. Since what the observer holds is
 * fixed per route, each shard is summarised by route once for all observers ({@link ShardRoutes}); an observer then
 * takes the union over the routes it touches.
 */
public final class CoverageMetric implements Metric {

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public String description() {
    return "Share of shipments, value, merchants, buyers, firms, zones and categories that touch the observer.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  private static final class Accumulator implements MetricAccumulator {
    /** Slot in {@code all}/{@code seen} of each {@link ShardRoutes} kind (merchants, businesses, zones, categories). */
    private static final int[] KIND_SLOT = {0, 2, 3, 4};

    private final MetricContext context;
    private final ObserverView view;
    private final World world;
    private long shipments;
    private long touched;
    private long valueCents;
    private long touchedCents;
    // bit sets as raw words: merchants, consumers, businesses, zones, categories; made when first needed, so an
    // accumulator of one shard holds only the shard's summary and the population-wide sets exist once per observer.
    // Consumers are the exception: the population with a shipment is counted once for all observers
    // (DistinctConsumers), so all[1] stays empty, and so does seen[1] for an observer on every route (it sees them all)
    private long[][] all;
    private long[][] seen;
    private final List<ShardRoutes> pending = new ArrayList<>(1);
    // the rows added, for the consumers with a shipment (the same for every observer: see DistinctConsumers)
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    // an observer on every route sees every consumer with a shipment: its consumer set is not built
    private final boolean touchesEveryRoute;

    Accumulator(MetricContext context) {
      this.context = context;
      this.view = context.view();
      this.world = context.world();
      boolean all = true;
      for (int r = 0; r < context.routes().routeCount(); r++) {
        all &= view.touches(r);
      }
      this.touchesEveryRoute = all;
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      sameShipments(s);
      // what the observer holds is fixed per route: keep the shard's per-route summary (shared by all observers)
      pending.add(ShardRoutes.of(s, from, to, world, context.routes().routeCount(),
          context.scenario().catalogue().size()));
      read.add(s, from, to);
    }

    /** Refuses rows of other shipments than those already added (the consumer count is per set of shipments). */
    private void sameShipments(ShipmentColumns s) {
      ShipmentColumns rows = read.shipments();
      if (rows != null && s != null && rows != s) {
        throw new IllegalArgumentException("cannot add the coverage of different shipments together");
      }
    }

    /** Makes the population-wide bit sets, empty, unless they exist. */
    private void makeSets() {
      if (all == null) {
        int[] sizes = {world.merchantCount(), 0, world.businessCount(), world.zones().zoneCount(),
            context.scenario().catalogue().size()};
        all = new long[5][];
        seen = new long[5][];
        int seenConsumers = touchesEveryRoute ? 0 : world.consumerCount();
        for (int k = 0; k < 5; k++) {
          all[k] = new long[(sizes[k] + 63) >>> 6];
          seen[k] = new long[((k == 1 ? seenConsumers : sizes[k]) + 63) >>> 6];
        }
      }
    }

    private void apply(ShardRoutes shard) {
      makeSets();
      for (int k = 0; k < KIND_SLOT.length; k++) {
        ShardRoutes.orInto(all[KIND_SLOT[k]], shard.all[k], 0);
      }
      for (int r = 0; r < shard.count.length; r++) {
        shipments += shard.count[r];
        valueCents += shard.cents[r];
        if (shard.count[r] == 0 || !view.touches(r)) {
          continue;
        }
        touched += shard.count[r];
        touchedCents += shard.cents[r];
        for (int k = 0; k < KIND_SLOT.length; k++) {
          shard.orRoute(k, r, seen[KIND_SLOT[k]]);
        }
        if (!touchesEveryRoute) {
          long[] consumers = seen[1];
          for (int c = shard.consumerStart[r]; c < shard.consumerStart[r + 1]; c++) {
            ShardRoutes.set(consumers, 0, shard.consumers[c]);
          }
        }
      }
    }

    private void applyPending() {
      for (ShardRoutes shard : pending) {
        apply(shard);
      }
      pending.clear();
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      sameShipments(o.read.shipments());
      applyPending();
      o.pending.forEach(this::apply);
      read.merge(o.read);
      if (o.all != null) {
        shipments += o.shipments;
        touched += o.touched;
        valueCents += o.valueCents;
        touchedCents += o.touchedCents;
        makeSets();
        for (int k = 0; k < 5; k++) {
          ShardRoutes.orInto(all[k], o.all[k], 0);
          ShardRoutes.orInto(seen[k], o.seen[k], 0);
        }
      }
    }

    @Override
    public void emit(MetricSink sink) {
      applyPending();
      makeSets();
      sink.accept("shipments", "", ratio(touched, shipments), "share");
      sink.accept("value", "", ratio(touchedCents, valueCents), "share");
      String[] names = {"merchants", "consumers", "businesses", "zones", "categories"};
      for (int k = 0; k < 5; k++) {
        long population = k == 1 ? DistinctConsumers.count(read, world.consumerCount())
            : ShardRoutes.cardinality(all[k]);
        long held = k == 1 && touchesEveryRoute ? population : ShardRoutes.cardinality(seen[k]);
        sink.accept(names[k], "", ratio(held, population), "share");
      }
      sink.accept("shipments_per_day_real", "",
          touched / (double) context.horizonDays() * context.scaleFactor(), "count");
    }
  }

  static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }
}
