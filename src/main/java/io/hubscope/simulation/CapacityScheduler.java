package io.hubscope.simulation;

import io.hubscope.network.LogisticsNetwork;
import java.util.concurrent.ExecutorService;

/**
 * Applies nodes' daily capacity in arrival order: a node with capacity C serves at most C parcels per day; parcels
 * beyond that wait for the next day with spare capacity (first come, first served), where they start at evenly
 * spread times through the day (the k-th parcel served that day at day start + 24 k / C hours).
 *
 * <p>Order: a node's parcels queue by arrival hour, then by row, so the schedule is deterministic. Arrival hour h is
 * the arrival time rounded down (clamped to the horizon plus a margin) and its day is h / 24.
 *
 * <p>Method (no sort): with A_d parcels arriving at a node on day d and capacity c_d, the node serves
 * s_d = min(c_d, B_d + A_d) parcels on day d, where B_{d+1} = B_d + A_d - s_d is the backlog carried over. Served in
 * queue order, the parcel of queue rank k (0-based) is served on the first day d with S_{d+1} &gt; k, where
 * S_d = s_0 + ... + s_{d-1}, as the (k - S_d)-th parcel of that day. A parcel's rank is the number of parcels that
 * arrived at its node before its day, plus those of its day in earlier hours, plus those of its hour in earlier rows.
 * Only "busy" (node, day) cells need ranks: a day whose load B_d + A_d fits its capacity serves every arrival on
 * arrival (S_{d+1} = S_d + B_d + A_d, and S_d + B_d is the number of parcels that arrived before day d, so every
 * rank of the day is below S_{d+1}); and in a busy cell, an hour whose last parcel ranks below S_{d+1} is served on
 * arrival whole, so only the hours from the one where the day's service runs out are served parcel by parcel. So
 * one position costs a count of arrivals per (node, day) (done right after the previous hop computes the arrivals,
 * which also notes each row's (node, hour) slot), then, split into shards, one pass over all the slots that lists the
 * rows in busy cells (without a branch) and counts them per busy (cell, hour), and one pass over those that keeps the
 * rows of late hours, which are then ranked and served: rows of a shard rank after those of earlier shards in the
 * same hour.
 *
 * <p>State: the list of busy rows is kept between positions, so one scheduler must not run two {@link #hold} calls
 * at once (each simulation makes its own).
 *
 * <p>Outage: with a {@link NodeOutage} the stopped node has capacity 0 on its down days: a parcel that arrives then
 * (or is still waiting when the outage starts) is served from the day it is back, first come first served at the
 * node's daily capacity (all at the reopening hour when its capacity is unlimited). Other nodes are unaffected.
 *
 * <p>Approximation: a node that occurs at different positions of different routes has its capacity applied per
 * position (in practice nodes occur at one position: airports first, hubs second, depots last).
 */
final class CapacityScheduler {

  private static final int HOURS_PER_DAY = 24;
  /** Bits of a slot or bucket that hold the hour of the day (the rest is the cell or busy index): no division. */
  private static final int HOUR_BITS = 5;
  private static final int HOUR_MASK = (1 << HOUR_BITS) - 1;

  private final int nodeCount;
  private final int days;
  private final int hours;
  /**
   * Per hour of the horizon, its slot at node 0 (day shifted left by five bits, with the hour of the day): a slot is
   * then one multiply-add and one look-up in a table that stays in the first-level cache, not a division.
   */
  private final int[] hourSlot;
  private final long[] capacity;
  private final NodeOutage outage;
  private final boolean anyLimited;
  /** Scratch for {@link #hold}: the rows in busy cells, reused from one position to the next. */
  private int[] busyRows;

  /**
   * Creates the scheduler.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last day
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays) {
    this(network, horizonDays, null);
  }

  /**
   * Creates the scheduler with a node outage.
   *
   * @param network the network (capacities)
   * @param horizonDays simulated days; arrivals later than the horizon plus a margin share the last day
   * @param outage the stopped node and its down days, or null for none
   */
  CapacityScheduler(LogisticsNetwork network, int horizonDays, NodeOutage outage) {
    this.nodeCount = network.nodeCount();
    this.days = horizonDays + 120;
    this.hours = days * HOURS_PER_DAY;
    this.hourSlot = new int[hours];
    for (int h = 0; h < hours; h++) {
      hourSlot[h] = ((h / HOURS_PER_DAY) << HOUR_BITS) | (h % HOURS_PER_DAY);
    }
    this.outage = outage;
    this.capacity = new long[nodeCount];
    boolean any = false;
    for (int n = 0; n < nodeCount; n++) {
      capacity[n] = network.nodeCapacity(n);
      if (outage != null && n == outage.node() && !limited(capacity[n])) {
        capacity[n] = Long.MAX_VALUE - 1;
      }
      any |= limited(capacity[n]);
    }
    this.anyLimited = any;
  }

  /**
   * A fresh arrival counter: one slot per (node, day) cell, and after them a spare one that {@link #tally} counts rows
   * without a slot in (its value is never used).
   *
   * @return zeroed counts
   */
  int[] newCounts() {
    return new int[nodeCount * days + 1];
  }

  /**
   * Counts the rows of {@code from} .. {@code to - 1} per (node, day) cell of their slots, without a branch: a row
   * without a slot (-1, which read unsigned is beyond every cell) counts in the spare last cell of {@link #newCounts}.
   *
   * @param slot each row's slot, or -1
   * @param from first row
   * @param to end row
   * @param counts receives the counts
   */
  void tally(int[] slot, int from, int to, int[] counts) {
    int spare = nodeCount * days;
    for (int i = from; i < to; i++) {
      counts[Math.min(cell(slot[i]), spare)]++;
    }
  }

  /**
   * The (node, hour) slot of an arrival: its (node, day) cell ({@code node * days + day}) shifted left by five bits,
   * with the hour of the day in those five bits; see {@link #cell}.
   *
   * @param node node index
   * @param arrival arrival time, hours
   * @return slot index
   */
  int slot(int node, float arrival) {
    return ((node * days) << HOUR_BITS) + hourSlot[hour(arrival)];
  }

  /**
   * The (node, day) cell of a slot: its index into {@link #newCounts} counters.
   *
   * @param slot a slot from {@link #slot}
   * @return cell index
   */
  int cell(int slot) {
    return slot >>> HOUR_BITS;
  }

  /**
   * Notes the slot of every row at one position (-1 for rows whose path is shorter) and counts arrivals per cell.
   *
   * @param path path index of each row
   * @param pathNodes node indices per path
   * @param position path position
   * @param arrival arrival time of each row
   * @param slot receives each row's slot
   * @param plan shards
   * @param executor workers (a one-worker fork-join pool: the calling thread, see {@link ParallelShards})
   * @return counts per (node, day) cell
   */
  int[] countArrivals(int[] path, int[][] pathNodes, int position, float[] arrival, int[] slot, ShardPlan plan,
      ExecutorService executor) {
    int[][] perShard = new int[plan.shards()][];
    ParallelShards.run(executor, plan.shards(),
        shard -> perShard[shard] = countArrivals(path, pathNodes, position, arrival, slot, plan.from(shard),
            plan.to(shard)));
    return sum(perShard);
  }

  /**
   * {@link #countArrivals(int[], int[][], int, float[], int[], ShardPlan, ExecutorService)} for the rows of one shard.
   *
   * @param path path index of each row
   * @param pathNodes node indices per path
   * @param position path position
   * @param arrival arrival time of each row
   * @param slot receives each row's slot
   * @param from first row
   * @param to end row
   * @return the shard's counts per (node, day) cell
   */
  int[] countArrivals(int[] path, int[][] pathNodes, int position, float[] arrival, int[] slot, int from, int to) {
    for (int i = from; i < to; i++) {
      int[] nodes = pathNodes[path[i]];
      slot[i] = position < nodes.length ? slot(nodes[position], arrival[i]) : -1;
    }
    int[] c = newCounts();
    tally(slot, from, to, c);
    return c;
  }

  /**
   * Adds per-shard counters.
   *
   * @param perShard counters
   * @return their sum
   */
  int[] sum(int[][] perShard) {
    int[] total = newCounts();
    for (int[] c : perShard) {
      for (int k = 0; k < total.length; k++) {
        total[k] += c[k];
      }
    }
    return total;
  }

  /**
   * Computes service start times at one route position, on one thread (for tests and small inputs).
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
   * Computes service start times at one position of each row's path, on one thread (for tests and small inputs).
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
    ShardPlan one = new ShardPlan(path.length, Math.max(1, path.length));
    int[] slot = new int[path.length];
    ExecutorService single = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      hold(countArrivals(path, pathNodes, position, arrival, slot, one, single), slot, start, one, single);
    } finally {
      single.shutdownNow();
    }
    return start;
  }
  /**
   * Computes service start times at one position in place: a row held by capacity or the outage has its arrival
   * replaced by its service start; every other row keeps its arrival.
   *
   * <p>The slots are used as scratch space and are meaningless on return (the next hop writes every row's slot).
   *
   * @param counts arrivals per (node, day) cell at this position, for all rows
   * @param slot each row's (node, hour) slot at this position, -1 for none; overwritten
   * @param clock arrival time of each row on entry, service start on return
   * @param plan shards
   * @param executor workers (a one-worker fork-join pool: the calling thread, see {@link ParallelShards})
   */
  void hold(int[] counts, int[] slot, float[] clock, ShardPlan plan, ExecutorService executor) {
    if (!anyLimited) {
      return;
    }
    Backlog backlog = backlog(counts);
    if (backlog == null) {
      return;
    }
    int spare = backlog.busyCells;
    int[] busyOf = backlog.busyOf;
    int buckets = spare << HOUR_BITS;
    int shards = plan.shards();
    int[][] rank = new int[shards][];
    int[] listed = new int[shards];
    if (busyRows == null || busyRows.length < slot.length) {
      busyRows = new int[slot.length];
    }
    int[] rows = busyRows;
    // Per shard, without a branch (which rows are busy is a coin flip for the processor): the rows in busy cells,
    // listed from the shard's first row on, each with its (busy cell, hour) bucket written over the slots at the same
    // index (the list never overtakes the row being read); then the count of each bucket.
    ParallelShards.run(executor, shards, shard -> {
      int from = plan.from(shard);
      int n = from;
      for (int i = from; i < plan.to(shard); i++) {
        int bucket = bucket(busyOf, slot[i]);
        rows[n] = i;
        slot[n] = bucket;
        n += (bucket - buckets) >>> 31;
      }
      int[] perBucket = new int[buckets];
      for (int j = from; j < n; j++) {
        perBucket[slot[j]]++;
      }
      rank[shard] = perBucket;
      listed[shard] = n - from;
    });
    // counts per (bucket, shard) become the rank of each group's first parcel, in queue order; an hour whose last
    // parcel still ranks below the day's service count is served on arrival, whole (late 0), the others not (late 1)
    int[] late = new int[buckets];
    for (int c = 0; c < backlog.busyCells; c++) {
      int next = backlog.firstRank[c];
      int servedByDayEnd = backlog.servedBefore[backlog.busyNode[c]][backlog.busyDay[c] + 1];
      for (int b = c << HOUR_BITS; b < (c << HOUR_BITS) + HOURS_PER_DAY; b++) {
        for (int shard = 0; shard < shards; shard++) {
          int n = rank[shard][b];
          rank[shard][b] = next;
          next += n;
        }
        late[b] = next > servedByDayEnd ? 1 : 0;
      }
    }
    // Per shard: the rows of late hours kept in order (again without a branch), then ranked and served. Every row of
    // an hour is late or none is, so each late hour's rows still take its ranks in order.
    ParallelShards.run(executor, shards, shard -> {
      int[] nextRank = rank[shard];
      int from = plan.from(shard);
      int m = from;
      for (int j = from; j < from + listed[shard]; j++) {
        int bucket = slot[j];
        rows[m] = rows[j];
        slot[m] = bucket;
        m += late[bucket];
      }
      for (int j = from; j < m; j++) {
        int bucket = slot[j];
        int busy = bucket >>> HOUR_BITS;
        start(backlog, backlog.busyNode[busy], backlog.busyDay[busy], nextRank[bucket]++, clock, rows[j]);
      }
    });
  }

  /**
   * The (busy cell, hour) bucket of a slot: the busy index shifted left by five bits, with the hour of the day in
   * them; at or beyond {@code busyCells << 5} for a slot in a quiet cell or no slot (-1, whose cell index -1 reads
   * busyOf[0]); see {@code busyOf} in {@link Backlog}.
   */
  private static int bucket(int[] busyOf, int slot) {
    return (busyOf[(slot >> HOUR_BITS) + 1] << HOUR_BITS) | (slot & HOUR_MASK);
  }

  /** Serves the parcel of queue rank k at a node, which arrived on day {@code day}. */
  private void start(Backlog backlog, int node, int day, int k, float[] clock, int row) {
    int[] served = backlog.servedBefore[node];
    long cap = capacity[node];
    int d = firstDayServing(served, day, k);
    long used;
    if (d == days) {
      // still queued after the last day of the margin (only for absurd loads): keep serving c per day
      long extra = k - (long) served[days];
      d = days + (int) (extra / cap);
      used = extra % cap;
    } else {
      used = k - (long) served[d];
    }
    if (d > day) {
      clock[row] = (float) (d * 24.0 + 24.0 * used / cap);
    }
  }

  /**
   * The first day d &gt;= {@code day} with {@code served[d + 1] > k} (the day the parcel of rank k is served), or
   * {@code days} when none: a few steps forward (most parcels wait a day or none), then a binary search, so a long
   * backlog costs O(log days) per parcel.
   */
  private int firstDayServing(int[] served, int day, int k) {
    int d = day;
    for (int step = 0; step < 4; step++, d++) {
      if (d >= days || served[d + 1] > k) {
        return d;
      }
    }
    int lo = d;
    int hi = days;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (served[mid + 1] > k) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Served-before totals per node and day, and the busy cells with the queue rank of their first arrival. */
  private static final class Backlog {
    int[][] servedBefore;
    /**
     * busyOf[c + 1]: the busy index of cell c, or the spare index {@code busyCells} for a quiet cell (and, at
     * busyOf[0], for a row without a slot), whose rows are not listed.
     */
    int[] busyOf;
    int[] busyNode;
    int[] busyDay;
    int[] firstRank;
    int busyCells;
  }

  /** The backlog of every limited node from the day counts, or null when no cell is busy. */
  private Backlog backlog(int[] counts) {
    Backlog b = new Backlog();
    b.servedBefore = new int[nodeCount][];
    b.busyOf = new int[nodeCount * days + 1];
    java.util.Arrays.fill(b.busyOf, -1);
    int[] busyNode = new int[16];
    int[] busyDay = new int[16];
    int[] firstRank = new int[16];
    int busy = 0;
    for (int n = 0; n < nodeCount; n++) {
      if (!limited(capacity[n])) {
        continue;
      }
      NodeOutage down = outage != null && outage.node() == n ? outage : null;
      int[] served = new int[days + 1];
      long queued = 0;
      int arrivedBefore = 0;
      for (int d = 0; d < days; d++) {
        long dayCapacity = down != null && down.down(d) ? 0 : capacity[n];
        int arrivals = counts[n * days + d];
        long load = queued + arrivals;
        long s = Math.min(dayCapacity, load);
        // a day whose load (backlog plus arrivals) fits its capacity serves every arrival on arrival
        if (load > dayCapacity) {
          if (busy == busyNode.length) {
            busyNode = java.util.Arrays.copyOf(busyNode, 2 * busy);
            busyDay = java.util.Arrays.copyOf(busyDay, 2 * busy);
            firstRank = java.util.Arrays.copyOf(firstRank, 2 * busy);
          }
          b.busyOf[n * days + d + 1] = busy;
          busyNode[busy] = n;
          busyDay[busy] = d;
          firstRank[busy] = arrivedBefore;
          busy++;
        }
        queued = load - s;
        served[d + 1] = (int) (served[d] + s);
        arrivedBefore += arrivals;
      }
      b.servedBefore[n] = served;
    }
    if (busy == 0) {
      return null;
    }
    for (int c = 0; c < b.busyOf.length; c++) {
      b.busyOf[c] = b.busyOf[c] < 0 ? busy : b.busyOf[c];
    }
    b.busyNode = busyNode;
    b.busyDay = busyDay;
    b.firstRank = firstRank;
    b.busyCells = busy;
    return b;
  }

  private int hour(float t) {
    int h = (int) t;
    return h < 0 ? 0 : Math.min(h, hours - 1);
  }

  private static boolean limited(long capacity) {
    return capacity > 0 && capacity < Long.MAX_VALUE;
  }
}
