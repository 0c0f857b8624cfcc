package io.hubscope.network;

import io.hubscope.world.MerchantTable;
import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;

/**
 * Expected shipments per day on each route, from the world's demand, for weighting per-route summaries (e.g. the
 * data-flow matrix's "clear (60%)").
 *
 * <p>Model (the engine's sampling model in expectation): a consumer order from destination d falls in category c
 * with probability {@code pref(d, c)} and goes to a seller of c chosen proportionally to size, so it leaves origin
 * o with probability {@code P(o | c) = sum of sizes of c's sellers in o / sum of sizes of c's sellers}. Consumer
 * traffic of pair (o, d) = {@code sum_c D_d pref(d, c) P(o | c)}, with {@code D_d} the summed purchase rates of d's
 * consumers (categories nobody sells carry no traffic). Business traffic adds each supply link's orders per day to
 * the pair (merchant's origin, firm's destination). A route gets its pair's traffic times its share. O(consumers +
 * merchants x categoriesPerMerchant + links + routes).
 */
public final class RouteTrafficEstimator {

  private RouteTrafficEstimator() {}

  /**
   * Expected shipments per day per route.
   *
   * @param world the world
   * @param routes the route table of the same scenario
   * @return one value per route
   */
  public static double[] shipmentsPerDay(World world, RouteTable routes) {
    int origins = world.index().originCount();
    int destinations = world.index().destinationCount();
    int categories = world.index().categoryCount();
    MerchantTable merchants = world.merchants();
    double[][] originGivenCategory = new double[categories][origins];
    for (int c = 0; c < categories; c++) {
      double total = 0;
      for (int i = 0; i < merchants.sellerCount(c); i++) {
        int m = merchants.seller(c, i);
        originGivenCategory[c][merchants.origin(m)] += merchants.size(m);
        total += merchants.size(m);
      }
      for (int o = 0; o < origins && total > 0; o++) {
        originGivenCategory[c][o] /= total;
      }
    }
    double[] demand = new double[destinations];
    for (int i = 0; i < world.consumerCount(); i++) {
      demand[world.consumers().destination(i)] += world.consumers().ordersPerDay(i);
    }
    double[] pair = new double[routes.pairCount()];
    for (int d = 0; d < destinations; d++) {
      for (int c = 0; c < categories; c++) {
        double dc = demand[d] * world.consumers().preference(d, c);
        for (int o = 0; o < origins; o++) {
          pair[routes.pair(o, d)] += dc * originGivenCategory[c][o];
        }
      }
    }
    SupplyLinkTable links = world.supplyLinks();
    for (int l = 0; l < links.count(); l++) {
      int o = merchants.origin(links.merchant(l));
      int d = world.businesses().destination(links.business(l));
      pair[routes.pair(o, d)] += links.ordersPerDay(l);
    }
    double[] route = new double[routes.routeCount()];
    for (int r = 0; r < route.length; r++) {
      route[r] = pair[routes.routePair(r)] * routes.share(r);
    }
    return route;
  }

  /**
   * Each route's share of all traffic; equal pair weights when the world has no demand at all.
   *
   * @param world the world
   * @param routes the route table
   * @return shares summing to 1
   */
  public static double[] trafficShares(World world, RouteTable routes) {
    double[] perDay = shipmentsPerDay(world, routes);
    double total = 0;
    for (double x : perDay) {
      total += x;
    }
    double[] share = new double[perDay.length];
    for (int r = 0; r < perDay.length; r++) {
      share[r] = total > 0 ? perDay[r] / total : routes.share(r) / routes.pairCount();
    }
    return share;
  }
}
