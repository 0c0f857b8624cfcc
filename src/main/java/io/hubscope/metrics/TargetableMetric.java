package io.hubscope.metrics;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RouteTable;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.BusinessTable;
import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;
import java.util.BitSet;

/**
 * Targetable dependencies: firm x critical input pairs that hang on one supplier or one hub, pass a hub the
 * observer's pool operates, and that the observer can see. This is the "insight into vulnerabilities" a hub operator
 * (or whoever can compel it) would need to single out a firm's weak link.
 *
 * <p>Definition, for each input row (firm b, critical category c) of the world:
 * <ul>
 *   <li><b>dependent</b>: single-sourced (one supplier) or single-routed (every route with a positive share of every
 *       supplier's origin-destination pair goes through the same hub h; structural, from the route table, not from
 *       which parcels happened to ship);</li>
 *   <li><b>through the pool's hub</b>: for a single-routed input, h is operated by a party of the observer's pool;
 *       for a single-sourced one, some route with a positive share of its supplier's pair goes through a hub the pool
 *       operates;</li>
 *   <li><b>revealed</b>: at least one shipment of the input in the horizon that the observer touches on which it
 *       links and recognises the firm and knows the category exactly ({@link ObserverKnowledge}: buyer linked, firm
 *       recognised, a single candidate category).</li>
 * </ul>
 * An input is targetable when all three hold. Measures: {@code count} (unit count, simulated firms' inputs),
 * {@code share} = count / all firm x critical-input rows, {@code value_share} = value of the targetable inputs'
 * shipments / value of all firms' shipments in the horizon. The dependency test follows the single-source and
 * single-point-of-failure view of Simchi-Levi et al. (Interfaces 45(5), 2015). Cost O(n &middot; inputs per firm) per
 * replication, a bit set and integer cents merged exactly, plus O(inputs &middot; suppliers &middot; routes per pair)
 * to emit.
 */
public final class TargetableMetric implements Metric {

  @Override
  public String name() {
    return "targetable";
  }

  @Override
  public String description() {
    return "Firm x critical-input dependencies (single supplier or single hub) through the observer's hubs that the "
        + "observer can identify: count, share and value share.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * The input row of a firm for a category.
   *
   * @param firms firm table
   * @param business firm index
   * @param category category index
   * @return input row, or -1 when the category is not one of the firm's critical inputs
   */
  static int inputOf(BusinessTable firms, int business, int category) {
    for (int in = firms.firstInput(business); in < firms.firstInput(business + 1); in++) {
      if (firms.inputCategory(in) == category) {
        return in;
      }
    }
    return -1;
  }

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final World world;
    private final ObserverKnowledge know;
    private final BitSet revealed = new BitSet();
    private final long[] inputCents;
    private long allCents;

    Accumulator(MetricContext context) {
      this.context = context;
      this.world = context.world();
      this.know = new ObserverKnowledge(context.view(), context.scenario().fields(), context.scenario().catalogue(),
          context.routes().routeCount());
      this.inputCents = new long[world.businesses().inputCount()];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      int consumers = world.consumerCount();
      BusinessTable firms = world.businesses();
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        if (r < consumers) {
          continue;
        }
        long cents = Math.round(s.value[i] * 100.0);
        allCents += cents;
        int c = s.category[i];
        int input = inputOf(firms, r - consumers, c);
        if (input < 0) {
          continue;
        }
        inputCents[input] += cents;
        int route = s.route[i];
        if (know.touches[route] && know.buyerLinked[route] && know.firmRecognised[route]
            && know.classes.single(know.classOf[route][c])) {
          revealed.set(input);
        }
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      revealed.or(o.revealed);
      allCents += o.allCents;
      for (int k = 0; k < inputCents.length; k++) {
        inputCents[k] += o.inputCents[k];
      }
    }

    @Override
    public void emit(MetricSink sink) {
      BusinessTable firms = world.businesses();
      SupplyLinkTable links = world.supplyLinks();
      RouteTable routes = context.routes();
      LogisticsNetwork network = context.network();
      BitSet pool = context.view().pool();
      long count = 0;
      long cents = 0;
      int inputs = firms.inputCount();
      for (int b = 0; b < firms.count(); b++) {
        int destination = firms.destination(b);
        for (int in = firms.firstInput(b); in < firms.firstInput(b + 1); in++) {
          int suppliers = firms.supplierCount(in);
          if (suppliers == 0 || !revealed.get(in)) {
            continue;
          }
          int hub = -2;
          boolean poolHub = false;
          for (int l = firms.firstLink(in); l < firms.firstLink(in + 1); l++) {
            int pair = routes.pair(world.merchants().origin(links.merchant(l)), destination);
            for (int r = routes.firstRoute(pair); r < routes.firstRoute(pair + 1); r++) {
              if (routes.share(r) <= 0) {
                continue;
              }
              int h = routes.hub(r);
              hub = hub == -2 || hub == h ? h : -1;
              poolHub |= h >= 0 && network.nodeOperator(h) >= 0 && pool.get(network.nodeOperator(h));
            }
          }
          // A single-routed input passes only h, so "some route passes a pool hub" is "h is the pool's".
          boolean singleRouted = hub >= 0;
          boolean singleSourced = suppliers == 1;
          if ((singleSourced || singleRouted) && poolHub) {
            count++;
            cents += inputCents[in];
          }
        }
      }
      sink.accept("count", "", count, "count");
      sink.accept("share", "", CoverageMetric.ratio(count, inputs), "share");
      sink.accept("value_share", "", CoverageMetric.ratio(cents, allCents), "share");
    }
  }
}
