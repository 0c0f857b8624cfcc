package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.EngineFixture;
import io.hubscope.engine.VariantModel;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Hub H1 of the two-hub scenario handles 1000 parcels a day; here we check FIFO backlog with a small load. */
class CapacitySchedulerTest {

  @Test
  void excessWaitsForTheNextDayInArrivalOrder() {
    VariantModel m = EngineFixture.twoHubs();
    int h1Route = -1;
    for (int r = 0; r < m.routes().routeCount(); r++) {
      if (m.network().nodeId(m.routes().hub(r)).equals("H1")) {
        h1Route = r;
      }
    }
    int n = 1002;
    ShipmentColumns s = new ShipmentColumns(n);
    float[] arrival = new float[n];
    int[][] routeNodes = new int[m.routes().routeCount()][];
    for (int r = 0; r < routeNodes.length; r++) {
      routeNodes[r] = m.routes().nodes(r);
    }
    // rows 0..999 arrive at H1 during day 0 at 1h; row 1000 at 2h, row 1001 at 30h (day 1); listed out of order
    for (int i = 0; i < n; i++) {
      s.route[i] = h1Route;
    }
    for (int i = 0; i < 1000; i++) {
      arrival[i] = 1f;
    }
    arrival[1000] = 30f;
    arrival[1001] = 2f;
    float[] start = new CapacityScheduler(m.network(), 2).serve(s, routeNodes, 1, arrival);
    // capacity 1000/day: the first 1000 arrivals (hour 1) are served on arrival on day 0
    assertThat(start[0]).isEqualTo(1f);
    assertThat(start[999]).isEqualTo(1f);
    // row 1001 (hour 2) is the 1001st of day 0: first of day 1, at 24h + 24 * 0 / 1000
    assertThat(start[1001]).isEqualTo(24f);
    // row 1000 arrives at 30h on day 1, when day 1 has served only the one carried-over parcel: served on arrival
    assertThat(start[1000]).isEqualTo(30f);
  }

  @Test
  void backlogSpansDaysAndALaterQuietDayIsServedOnArrival() {
    VariantModel m = EngineFixture.twoHubs();
    int h1Route = -1;
    for (int r = 0; r < m.routes().routeCount(); r++) {
      if (m.network().nodeId(m.routes().hub(r)).equals("H1")) {
        h1Route = r;
      }
    }
    int[][] routeNodes = new int[m.routes().routeCount()][];
    for (int r = 0; r < routeNodes.length; r++) {
      routeNodes[r] = m.routes().nodes(r);
    }
    // 2500 parcels at 5h on day 0, one at 30h (day 1), one at 130h (day 5); capacity 1000 a day
    int n = 2502;
    ShipmentColumns s = new ShipmentColumns(n);
    float[] time = new float[n];
    for (int i = 0; i < n; i++) {
      s.route[i] = h1Route;
      time[i] = 5f;
    }
    time[2500] = 30f;
    time[2501] = 130f;
    time = new CapacityScheduler(m.network(), 7).serve(s, routeNodes, 1, time);
    assertThat(time[999]).isEqualTo(5f);
    // day 1 serves rows 1000..1999 of the backlog, spread over the day: row 1500 is the 500th -> 24 + 12 h
    assertThat(time[1500]).isEqualTo(36f);
    // day 2: the last 500 of the backlog, then the day-1 arrival as the 501st parcel: 48 + 24 * 500 / 1000 = 60 h
    assertThat(time[2499]).isEqualTo((float) (48 + 24.0 * 499 / 1000));
    assertThat(time[2500]).isEqualTo(60f);
    // day 5 has no backlog and one parcel: served on arrival
    assertThat(time[2501]).isEqualTo(130f);
  }

  @Test
  void aTenDayBacklogIsServedInOrder() {
    VariantModel m = EngineFixture.twoHubs();
    int[][] routeNodes = new int[m.routes().routeCount()][];
    int h1Route = -1;
    for (int r = 0; r < routeNodes.length; r++) {
      routeNodes[r] = m.routes().nodes(r);
      if (m.network().nodeId(m.routes().hub(r)).equals("H1")) {
        h1Route = r;
      }
    }
    // 10,000 parcels at 5h on day 0 at a node serving 1000 a day: the k-th (0-based) is served on day k / 1000
    int n = 10_000;
    int[] route = new int[n];
    float[] time = new float[n];
    java.util.Arrays.fill(route, h1Route);
    java.util.Arrays.fill(time, 5f);
    float[] start = new CapacityScheduler(m.network(), 20).serve(route, routeNodes, 1, time);
    assertThat(start[999]).isEqualTo(5f);
    assertThat(start[1000]).isEqualTo(24f);
    assertThat(start[7654]).isEqualTo((float) (7 * 24 + 24.0 * 654 / 1000));
    assertThat(start[9999]).isEqualTo((float) (9 * 24 + 24.0 * 999 / 1000));
  }

  @Property(tries = 60)
  void tallyCountsEveryRowInItsCellAndTheRowsWithoutOneInTheSpare(@ForAll("seeds") long seed,
      @ForAll @IntRange(min = 0, max = 9000) int rows, @ForAll @IntRange(min = 0, max = 50) int from) {
    // rows from an offset, some without a slot (counted in the spare last cell), added to counts already there
    VariantModel m = EngineFixture.twoHubs();
    CapacityScheduler scheduler = new CapacityScheduler(m.network(), 1);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int[] slot = new int[from + rows];
    for (int i = 0; i < slot.length; i++) {
      slot[i] = random.nextInt(8) == 0 ? -1
          : scheduler.slot(random.nextInt(m.network().nodeCount()), (float) (random.nextDouble() * 121 * 24));
    }
    int[] expected = scheduler.newCounts();
    for (int i = from; i < slot.length; i++) {
      expected[slot[i] < 0 ? expected.length - 1 : scheduler.cell(slot[i])]++;
    }
    int[] counts = scheduler.newCounts();
    counts[0] = 5;
    expected[0] += 5;

    scheduler.tally(slot, from, slot.length, counts);

    assertThat(counts).containsExactly(expected);
  }

  /**
   * The count-based scheduler agrees with the plain definition — queue every parcel of a limited node by (arrival
   * hour, row) and serve them one by one, C a day, nothing on down days — for random loads, any shard size, on two
   * threads, with and without an outage.
   */
  @Property(tries = 40)
  void sameScheduleAsServingTheQueueOneByOne(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 3000) int
      shardRows, @ForAll boolean withOutage) {
    VariantModel m = EngineFixture.twoHubs();
    int[][] routeNodes = new int[m.routes().routeCount()][];
    for (int r = 0; r < routeNodes.length; r++) {
      routeNodes[r] = m.routes().nodes(r);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int n = 1 + random.nextInt(6000);
    int[] route = new int[n];
    float[] arrival = new float[n];
    for (int i = 0; i < n; i++) {
      route[i] = random.nextInt(routeNodes.length);
      arrival[i] = (float) (random.nextDouble() * 24 * (1 + random.nextInt(5)));
    }
    int h1 = m.network().node("H1");
    NodeOutage outage = withOutage ? new NodeOutage(h1, 1, 2) : null;
    CapacityScheduler scheduler = new CapacityScheduler(m.network(), 4, outage);
    float[] expected = oneByOne(m, routeNodes, route, arrival, 1, outage);

    float[] clock = arrival.clone();
    int[] slot = new int[n];
    ShardPlan plan = new ShardPlan(n, shardRows);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      scheduler.hold(scheduler.countArrivals(route, routeNodes, 1, clock, slot, plan, two), slot, clock, plan, two);
    } finally {
      two.shutdownNow();
    }
    assertThat(clock).containsExactly(expected);
    assertThat(scheduler.serve(route, routeNodes, 1, arrival)).containsExactly(expected);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  /** The definition, parcel by parcel, in (hour, row) order per limited node. */
  private static float[] oneByOne(VariantModel m, int[][] routeNodes, int[] route, float[] arrival, int position,
      NodeOutage outage) {
    float[] start = arrival.clone();
    for (int node = 0; node < m.network().nodeCount(); node++) {
      long cap = m.network().nodeCapacity(node);
      boolean down = outage != null && outage.node() == node;
      if (!(cap > 0 && cap < Long.MAX_VALUE) && !down) {
        continue;
      }
      if (!(cap > 0 && cap < Long.MAX_VALUE)) {
        cap = Long.MAX_VALUE - 1;
      }
      int at = node;
      Integer[] rows = java.util.stream.IntStream.range(0, route.length)
          .filter(i -> position < routeNodes[route[i]].length && routeNodes[route[i]][position] == at)
          .boxed().toArray(Integer[]::new);
      Arrays.sort(rows, java.util.Comparator.<Integer>comparingInt(i -> (int) Math.floor(arrival[i]))
          .thenComparingInt(i -> i));
      int day = -1;
      long used = 0;
      for (int i : rows) {
        int arrivalDay = (int) Math.floor(arrival[i]) / 24;
        if (day < arrivalDay) {
          day = arrivalDay;
          used = 0;
        }
        if (used >= cap) {
          day++;
          used = 0;
        }
        if (down && outage.down(day)) {
          day = outage.startDay() + outage.days();
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
}
