package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.simulation.ShipmentColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Market counts over the rows an accumulator read, on the hand-made traces of {@link UnicityMetricTest}. */
class MarketCountsTest {

  private static ViewProfile profile(MetricHarness h, ShipmentColumns s) {
    return ViewProfile.of(new MetricContext(h.model.scenario(), h.world, h.model.network(), h.model.routes(),
        h.model.plan(), h.view("hub-a"), MetricHarness.SEED, 1, s.size));
  }

  @Test
  void countsShipmentsPerBuyerCategoryAndDestinationOverTheRangesRead() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    ShipmentColumns s = UnicityMetricTest.traces(h);
    ViewProfile p = profile(h, s);
    ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    read.add(s, 0, 5);
    ViewProfile.RowsRead rest = new ViewProfile.RowsRead();
    rest.add(s, 5, 12);
    read.merge(rest);
    List<int[]> ranges = new ArrayList<>();
    read.forEach((rows, from, to) -> ranges.add(new int[] {from, to}));
    assertThat(ranges).containsExactly(new int[] {0, 5}, new int[] {5, 12});

    MarketCounts m = MarketCounts.of(p, read);
    // consumers 0, 1, 3, 4, 5 have two parcels, consumer 2 one, the firm one; every parcel is category 0
    assertThat(m.rows()).isEqualTo(12);
    assertThat(m.shipmentsOf(0)).isEqualTo(2);
    assertThat(m.shipmentsOf(2)).isEqualTo(1);
    assertThat(m.shipments(ViewProfile.CONSUMERS)).isEqualTo(11);
    assertThat(m.shipments(ViewProfile.BUSINESSES)).isEqualTo(1);
    assertThat(m.people(ViewProfile.CONSUMERS, 1)).isEqualTo(6);
    assertThat(m.people(ViewProfile.CONSUMERS, 2)).isEqualTo(5);
    assertThat(m.people(ViewProfile.BUSINESSES, 1)).isEqualTo(1);
    assertThat(m.people(ViewProfile.BUSINESSES, 2)).isZero();
    assertThat(m.mostByOnePerson(ViewProfile.CONSUMERS)).isEqualTo(2);
    assertThat(m.mostByOnePerson(ViewProfile.BUSINESSES)).isEqualTo(1);
    assertThat(m.mostOfOneCategory()).isEqualTo(12);
    Map<Integer, Integer> byDestination = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      byDestination.merge(p.destinationOfPerson()[s.recipient[i]], 1, Integer::sum);
    }
    assertThat(m.mostToOneDestination())
        .isEqualTo(byDestination.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
    assertThat(MarketCounts.of(p, read)).as("computed once for the same rows").isSameAs(m);
  }

  @Test
  void rowsOfTwoSetsOfShipmentsCannotBeVisited() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    read.add(UnicityMetricTest.traces(h), 0, 3);
    read.add(UnicityMetricTest.traces(h), 3, 6);
    assertThatThrownBy(() -> read.forEach((s, from, to) -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("one set of shipments");
  }
}
