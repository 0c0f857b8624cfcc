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
 * <p>Outage: with a {@link NodeOutage} the stopped node has capacity 0 on its down days: a parcel that arrives then
 * (or is still waiting when the outage starts) is served from the day it is back, first come first served at the
 * node's daily capacity (all at the reopening hour when its capacity is unlimited). Other nodes are unaffected.
 *
 * <p>Approximation: a node that occurs at different positions of different routes has its capacity applied per
 * position (in practice nodes occur at one position: airports first, hubs second, depots last).
 */
final class CapacityScheduler {

  private final LogisticsNetwork network;
  private final int hours;
  private final NodeOutage outage;

  /**
   * Creates the scheduler.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last bucket
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays) {
    this(network, horizonDays, null);
  }

  /**
   * Creates the scheduler with a node outage.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last bucket
   * @param outage the stopped node and its down days, or null for none
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays, NodeOutage outage) {
    this.network = network;
    this.hours = (horizonDays + 120) * 24;
    this.outage = outage;
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
    return serve(s.route, routeNodes, position, arrival);
  }

  /**
   * Computes service start times at one position of each row's path.
   *
   * @param path path index of each row (a route index, or a detour's index in {@code pathNodes})
   * @param pathNodes node indices per path
   * @param position path position
   * @param arrival arrival time of each row at its node at this position
   * @return start time of service for each row (equal to arrival unless held by capacity or the outage); rows
   *     whose path is shorter keep their arrival
   */
  float[] serve(int[] path, int[][] pathNodes, int position, float[] arrival) {
    float[] start = arrival.clone();
    int nodeCount = network.nodeCount();
    long[] capacity = new long[nodeCount];
    boolean any = false;
    for (int n = 0; n < nodeCount; n++) {
      capacity[n] = network.nodeCapacity(n);
      if (outage != null && n == outage.node() && !limited(capacity[n])) {
        capacity[n] = Long.MAX_VALUE - 1;
      }
      any |= limited(capacity[n]);
    }
    if (!any) {
      return start;
    }
    // Only parcels of "busy" (node, day) cells need ordering: a day without backlog, outside an outage, with no more
    // arrivals than the capacity serves everyone on arrival and leaves no backlog.
    int days = hours / 24;
    int[] perDay = new int[nodeCount * days];
    for (int i = 0; i < path.length; i++) {
      int[] nodes = pathNodes[path[i]];
      if (position < nodes.length && limited(capacity[nodes[position]])) {
        perDay[nodes[position] * days + dayIndex(arrival[i], days)]++;
      }
    }
    boolean[] busy = new boolean[nodeCount * days];
    boolean anyBusy = false;
    for (int n = 0; n < nodeCount; n++) {
      if (!limited(capacity[n])) {
        continue;
      }
      NodeOutage down = outage != null && outage.node() == n ? outage : null;
      long backlog = 0;
      for (int d = 0; d < days; d++) {
        long dayCapacity = down != null && down.down(d) ? 0 : capacity[n];
        long load = backlog + perDay[n * days + d];
        boolean b = backlog > 0 || load > dayCapacity;
        busy[n * days + d] = b;
        anyBusy |= b;
        backlog = Math.max(0, load - dayCapacity);
      }
    }
    if (!anyBusy) {
      return start;
    }
    int buckets = nodeCount * hours;
    int[] count = new int[buckets + 1];
    int[] key = new int[path.length];
    for (int i = 0; i < path.length; i++) {
      int[] nodes = pathNodes[path[i]];
      if (position >= nodes.length || !limited(capacity[nodes[position]])
          || !busy[nodes[position] * days + dayIndex(arrival[i], days)]) {
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
    for (int i = 0; i < path.length; i++) {
      if (key[i] >= 0) {
        order[fill[key[i]]++] = i;
      }
    }
    for (int n = 0; n < nodeCount; n++) {
      if (!limited(capacity[n])) {
        continue;
      }
      long cap = capacity[n];
      NodeOutage down = outage != null && outage.node() == n ? outage : null;
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
        if (down != null && down.down(day)) {
          day = down.startDay() + down.days();
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

  private static int dayIndex(float t, int days) {
    return (int) Math.min(days - 1, Math.max(0, Math.floor(t / 24f)));
  }

  private static boolean limited(long capacity) {
    return capacity > 0 && capacity < Long.MAX_VALUE;
  }
}
