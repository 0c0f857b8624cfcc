package io.hubscope.simulation;

import io.hubscope.network.LogisticsNetwork;

/**
 * Applies nodes' daily capacity in arrival order: a node with capacity C serves at most C parcels per day; parcels
 * beyond that wait for the next day with spare capacity (first come, first served), where they start at evenly
 * spread times through the day (the k-th parcel served that day at day start + 24 k / C hours).
 *
 * <p>Method: first count arrivals per (node, day) and walk the days with the backlog only (O(nodes &middot; days)).
 * A day on which a node has no backlog and no more arrivals than its capacity serves every parcel on arrival and
 * leaves no backlog, so only parcels of the other ("busy") days need ordering: they are bucketed by (node, arrival
 * hour) with a counting sort, rows within an hour keep row order, and served first come, first served. The schedule
 * is deterministic; the cost is O(n) plus O(b) for the b parcels on busy days.
 *
 * <p>Approximation: a node that occurs at different positions of different routes has its capacity applied per
 * position (in practice nodes occur at one position: airports first, hubs second, depots last).
 */
final class CapacityScheduler {

  private final LogisticsNetwork network;
  private final int days;

  /**
   * Creates the scheduler.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last day bucket
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays) {
    this.network = network;
    this.days = horizonDays + 120;
  }

  /**
   * Computes service start times at one route position, in place.
   *
   * @param s shipments (routes)
   * @param routeNodes node indices per route
   * @param position route position
   * @param time on entry the arrival time of each row at its node at this position; on return the time service
   *     starts (equal to arrival unless held by capacity). Rows whose route is shorter are left unchanged.
   */
  void serve(ShipmentColumns s, int[][] routeNodes, int position, float[] time) {
    int nodeCount = network.nodeCount();
    long[] capacity = new long[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      capacity[n] = network.nodeCapacity(n);
    }
    int[] nodeAt = new int[routeNodes.length];
    boolean any = false;
    for (int r = 0; r < routeNodes.length; r++) {
      int[] nodes = routeNodes[r];
      nodeAt[r] = position < nodes.length && limited(capacity[nodes[position]]) ? nodes[position] : -1;
      any |= nodeAt[r] >= 0;
    }
    if (!any) {
      return;
    }
    int[] perDay = new int[nodeCount * days];
    for (int i = 0; i < s.size; i++) {
      int node = nodeAt[s.route[i]];
      if (node >= 0) {
        perDay[node * days + day(time[i])]++;
      }
    }
    boolean[] busy = new boolean[nodeCount * days];
    boolean anyBusy = false;
    for (int n = 0; n < nodeCount; n++) {
      if (!limited(capacity[n])) {
        continue;
      }
      long backlog = 0;
      for (int d = 0; d < days; d++) {
        long load = backlog + perDay[n * days + d];
        busy[n * days + d] = backlog > 0 || load > capacity[n];
        anyBusy |= busy[n * days + d];
        backlog = Math.max(0, load - capacity[n]);
      }
    }
    if (!anyBusy) {
      return;
    }
    int hours = days * 24;
    int[] count = new int[nodeCount * hours + 1];
    for (int i = 0; i < s.size; i++) {
      int node = nodeAt[s.route[i]];
      if (node >= 0 && busy[node * days + day(time[i])]) {
        count[node * hours + hour(time[i], hours) + 1]++;
      }
    }
    for (int b = 0; b < nodeCount * hours; b++) {
      count[b + 1] += count[b];
    }
    int[] order = new int[count[nodeCount * hours]];
    int[] fill = count.clone();
    for (int i = 0; i < s.size; i++) {
      int node = nodeAt[s.route[i]];
      if (node >= 0 && busy[node * days + day(time[i])]) {
        order[fill[node * hours + hour(time[i], hours)]++] = i;
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
        int arrivalDay = day(time[i]);
        if (day < arrivalDay) {
          day = arrivalDay;
          used = 0;
        }
        if (used >= cap) {
          day++;
          used = 0;
        }
        if (day > arrivalDay) {
          time[i] = (float) (day * 24.0 + 24.0 * used / cap);
        }
        used++;
      }
    }
  }

  private int day(float t) {
    return (int) Math.min(days - 1, Math.max(0, Math.floor(t / 24f)));
  }

  private static int hour(float t, int hours) {
    return (int) Math.min(hours - 1, Math.max(0, Math.floor(t)));
  }

  private static boolean limited(long capacity) {
    return capacity > 0 && capacity < Long.MAX_VALUE;
  }
}
