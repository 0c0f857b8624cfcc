package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.EngineFixture;
import io.hubscope.engine.VariantModel;
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
}
