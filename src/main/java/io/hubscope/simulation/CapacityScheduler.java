package io.hubscope.simulation;

import io.hubscope.network.LogisticsNetwork;

/**
 * Applies nodes' daily capacity in arrival order: a node with capacity C serves at most C parcels per day; parcels
 * beyond that wait for the next day with spare capacity (first come, first served), where they start at evenly
 * spread times through the day (the k-th parcel served that day at day start + 24 k / C hours).
 *
 * <p>Order: parcels are bucketed by (node, arrival hour) with a counting sort, rows within an hour keep row order,
 * so the schedule is deterministic. Cost O(n + nodes &middot; hours) per route position.
 *
 * <p>Approximation: a node that occurs at different positions of different routes has its capacity applied per
 * position (in practice nodes occur at one position: airports first, hubs second, depots last).
 */
final class CapacityScheduler {

  private final LogisticsNetwork network;
  private final int hours;

  /**
   * Creates the scheduler.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last bucket
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays) {
    this.network = network;
    this.hours = (horizonDays + 120) * 24;
  }

  /**
   * Computes service start times at one route position.
   *
   * @param s shipments (routes)
   * @param routeNodes node indices per route
   * @param position route position
   * @param arrival arrival time of each row at its node at this position
   * @return start time of service for each row (equal to arrival unless held by capacity); rows whose route is
   *     shorter keep their arrival
   */
  float[] serve(ShipmentColumns s, int[][] routeNodes, int position, float[] arrival) {
    float[] start = arrival.clone();
    int nodeCount = network.nodeCount();
    long[] capacity = new long[nodeCount];
    boolean any = false;
    for (int n = 0; n < nodeCount; n++) {
      capacity[n] = network.nodeCapacity(n);
      any |= capacity[n] > 0 && capacity[n] < Long.MAX_VALUE;
    }
    if (!any) {
      return start;
    }
    int buckets = nodeCount * hours;
    int[] count = new int[buckets + 1];
    int[] key = new int[s.size];
    for (int i = 0; i < s.size; i++) {
      int[] nodes = routeNodes[s.route[i]];
      if (position >= nodes.length || !limited(capacity[nodes[position]])) {
        key[i] = -1;
        continue;
      }
      int hour = (int) Math.min(hours - 1, Math.max(0, Math.floor(arrival[i])));
      key[i] = nodes[position] * hours + hour;
      count[key[i] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      count[b + 1] += count[b];
    }
    int[] order = new int[count[buckets]];
    int[] fill = count.clone();
    for (int i = 0; i < s.size; i++) {
      if (key[i] >= 0) {
        order[fill[key[i]]++] = i;
      }
    }
    for (int n = 0; n < nodeCount; n++) {
      if (!limited(capacity[n])) {
        continue;
      }
      long cap = capacity[n];
      int day = -1;
      long used = 0;
      for (int k = count[n * hours]; k < count[(n + 1) * hours]; k++) {
        int i = order[k];
        int arrivalDay = (int) Math.floor(arrival[i] / 24f);
        if (day < arrivalDay) {
          day = arrivalDay;
          used = 0;
        }
        if (used >= cap) {
          day++;
          used = 0;
        }
        if (day > arrivalDay) {
          start[i] = (float) (day * 24.0 + 24.0 * used / cap);
        }
        used++;
      }
    }
    return start;
  }

  private static boolean limited(long capacity) {
    return capacity > 0 && capacity < Long.MAX_VALUE;
  }
}
