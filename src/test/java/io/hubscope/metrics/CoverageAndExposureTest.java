package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.engine.EngineFixture;
import io.hubscope.engine.VariantModel;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage and exposure inventory on a hand-built five-shipment world of the two-hub scenario: three shipments go
 * through hub H1 (run by hub1), two through H2 (run by hub2).
 */
class CoverageAndExposureTest {

  VariantModel model;
  World world;
  ShipmentColumns s;
  int viaH1;
  int viaH2;

  @BeforeEach
  void buildFiveShipments() {
    model = EngineFixture.twoHubs();
    world = WorldBuilder.build(model.scenario(), 5);
    for (int r = 0; r < model.routes().routeCount(); r++) {
      String hub = model.network().nodeId(model.routes().hub(r));
      if (hub.equals("H1")) {
        viaH1 = r;
      } else {
        viaH2 = r;
      }
    }
    s = new ShipmentColumns(5);
    int[] recipient = {0, 1, 1, 2, 3};
    int[] merchant = {0, 1, 2, 0, 0};
    int[] route = {viaH1, viaH1, viaH1, viaH2, viaH2};
    float[] value = {10, 20, 30, 40, 100};
    for (int i = 0; i < 5; i++) {
      s.recipient[i] = recipient[i];
      s.zone[i] = world.consumers().zone(recipient[i]);
      s.merchant[i] = merchant[i];
      s.route[i] = route[i];
      s.value[i] = value[i];
    }
  }

  Map<String, Double> measure(Metric metric, int observer) {
    MetricContext ctx = new MetricContext(model.scenario(), world, model.network(), model.routes(), model.plan(),
        model.views().get(observer), 11, 1, s.size);
    // Two shards merged, to exercise merge as the engine does.
    MetricAccumulator a = metric.newAccumulator(ctx);
    a.add(s, 0, 2);
    MetricAccumulator b = metric.newAccumulator(ctx);
    b.add(s, 2, 5);
    a.merge(b);
    Map<String, Double> out = new LinkedHashMap<>();
    a.emit((measure, group, value, unit) -> out.put(group.isEmpty() ? measure : measure + "|" + group, value));
    return out;
  }

  @Test
  void coverageRefusesToAddRowsOfOtherShipments() {
    MetricContext ctx = new MetricContext(model.scenario(), world, model.network(), model.routes(), model.plan(),
        model.views().get(0), 11, 1, s.size);
    ShipmentColumns other = new ShipmentColumns(5);
    MetricAccumulator a = new CoverageMetric().newAccumulator(ctx);
    a.add(s, 0, 2);
    MetricAccumulator b = new CoverageMetric().newAccumulator(ctx);
    b.add(other, 2, 5);
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add the coverage of different shipments together");
    assertThatThrownBy(() -> a.add(other, 2, 5)).hasMessage("cannot add the coverage of different shipments together");
  }

  @Test
  void hubOneCoversThreeOfFiveShipmentsAndThirtyPercentOfValue() {
    Map<String, Double> m = measure(new CoverageMetric(), 0);
    assertThat(m.get("shipments")).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(m.get("value")).isCloseTo(60 / 200.0, within(1e-12));
    assertThat(m.get("merchants")).isCloseTo(1.0, within(1e-12));
    assertThat(m.get("consumers")).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(m.get("businesses")).isNaN();
    assertThat(m.get("categories")).isCloseTo(1.0, within(1e-12));
    // real scale: 1000 real shipments/day stand for 5 simulated shipments over 2 days (2.5/day): factor 400;
    // hub1 touches 3 shipments in 2 days = 1.5/day -> 600 real shipments/day.
    assertThat(m.get("shipments_per_day_real")).isCloseTo(600, within(1e-9));
  }

  @Test
  void hubTwoCoversTheOtherTwoShipments() {
    Map<String, Double> m = measure(new CoverageMetric(), 1);
    assertThat(m.get("shipments")).isCloseTo(2 / 5.0, within(1e-12));
    assertThat(m.get("value")).isCloseTo(140 / 200.0, within(1e-12));
    assertThat(m.get("merchants")).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(m.get("consumers")).isCloseTo(2 / 4.0, within(1e-12));
  }

  @Test
  void inventoryCountsEachFormOverAllShipments() {
    Map<String, Double> hub1 = measure(new ExposureInventoryMetric(), 0);
    assertThat(hub1.get("share|field=name;form=clear")).isCloseTo(0.6, within(1e-12));
    assertThat(hub1.get("share|field=name;form=none")).isCloseTo(0.4, within(1e-12));
    assertThat(hub1.get("share|field=postcode;form=generalised")).isCloseTo(0.6, within(1e-12));
    assertThat(hub1.get("share|field=postcode;form=clear")).isCloseTo(0.0, within(1e-12));
    // the identity class is the most revealing of its fields (only 'name' here)
    assertThat(hub1.get("share|class=identity;form=clear")).isCloseTo(0.6, within(1e-12));

    Map<String, Double> hub2 = measure(new ExposureInventoryMetric(), 1);
    // hub2 receives the name pseudonymised and forwards it sealed: sending does not reveal it
    assertThat(hub2.get("share|field=name;form=pseudonymised")).isCloseTo(0.4, within(1e-12));
    assertThat(hub2.get("share|field=name;form=clear")).isCloseTo(0.0, within(1e-12));
    assertThat(hub2.get("share|field=postcode;form=clear")).isCloseTo(0.4, within(1e-12));

    Map<String, Double> customs = measure(new ExposureInventoryMetric(), 2);
    assertThat(customs.get("share|field=name;form=clear")).isCloseTo(1.0, within(1e-12));
    assertThat(customs.get("share|field=value;form=clear")).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void sharesOfEachFieldSumToOne() {
    Map<String, Double> hub2 = measure(new ExposureInventoryMetric(), 1);
    for (String field : new String[] {"name", "postcode", "value"}) {
      double sum = hub2.entrySet().stream().filter(e -> e.getKey().startsWith("share|field=" + field + ";"))
          .mapToDouble(Map.Entry::getValue).sum();
      assertThat(sum).as(field).isCloseTo(1.0, within(1e-12));
    }
  }
}
