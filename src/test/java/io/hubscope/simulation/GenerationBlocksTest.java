package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.RunProgress;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generation in blocks (every value and weight log-normal) gives the shipments that generation row by row gives: the
 * same random numbers in the same order, turned into the same columns.
 */
class GenerationBlocksTest {

  final ExecutorService executor = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  record Setup(Scenario scenario, World world, LogisticsNetwork network, RouteTable routes) {
    static Setup of(String file) throws Exception {
      Scenario scenario = ScenarioLoader.load(Path.of(file), null).scenario();
      ScenarioIndex index = new ScenarioIndex(scenario);
      LogisticsNetwork network = LogisticsNetwork.of(scenario, index);
      return new Setup(scenario, WorldBuilder.build(scenario, 11), network,
          RoutePlanner.plan(scenario, network, index));
    }

    ReplicationSimulator simulator(int shardRows) {
      return new ReplicationSimulator(scenario, world, network, routes, 20231005, 2, shardRows);
    }
  }

  // 1000 rows: three whole blocks and a part per shard; 300: a block and a part, days ending inside blocks
  @ParameterizedTest
  @ValueSource(ints = {1000, 300})
  void blocksAndRowsGiveTheSameShipments(int shardRows) throws Exception {
    Setup quickstart = Setup.of("scenarios/quickstart.yaml");
    ReplicationSimulator blocks = quickstart.simulator(shardRows);
    ReplicationSimulator rows = quickstart.simulator(shardRows).rowByRow();
    assertThat(blocks.inBlocks()).isTrue();
    assertThat(rows.inBlocks()).isFalse();
    ShipmentColumns a = blocks.simulate(executor, RunProgress.NONE);
    ShipmentColumns b = rows.simulate(executor, RunProgress.NONE);
    assertThat(a.size).isEqualTo(b.size).isGreaterThan(4 * shardRows);
    assertThat(a.recipient).isEqualTo(b.recipient);
    assertThat(a.zone).isEqualTo(b.zone);
    assertThat(a.merchant).isEqualTo(b.merchant);
    assertThat(a.category).isEqualTo(b.category);
    assertThat(a.route).isEqualTo(b.route);
    assertThat(a.value).isEqualTo(b.value);
    assertThat(a.weight).isEqualTo(b.weight);
    assertThat(a.tOrder).isEqualTo(b.tOrder);
    assertThat(a.tDispatch).isEqualTo(b.tDispatch);
    assertThat(a.tDelivery).isEqualTo(b.tDelivery);
    // both kinds of order are in the comparison
    int consumerOrders = 0;
    for (int r : a.recipient) {
      consumerOrders += r < quickstart.world().consumerCount() ? 1 : 0;
    }
    assertThat(consumerOrders).isBetween(1, a.size - 1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyConsumerOrderGetsItsBuyerWhereShardsSplitDays(boolean inBlocks) throws Exception {
    Setup quickstart = Setup.of("scenarios/quickstart.yaml");
    // 7 rows per shard: shards start and end inside a day's consumer orders, and inside blocks
    ReplicationSimulator simulator = quickstart.simulator(7);
    ShipmentColumns s = (inBlocks ? simulator : simulator.rowByRow()).simulate(executor, RunProgress.NONE);
    World world = quickstart.world();
    int consumers = world.consumerCount();
    // a consumer order whose row the buyers missed would keep the columns' initial 0: consumer 0, in zone 0
    int boughtByConsumerZero = 0;
    for (int i = 0; i < s.size; i++) {
      int r = s.recipient[i];
      if (r < consumers) {
        assertThat(s.zone[i]).as("zone of row %d", i).isEqualTo(world.consumers().zone(r));
        boughtByConsumerZero += r == 0 ? 1 : 0;
      } else {
        assertThat(s.zone[i]).as("zone of row %d", i).isEqualTo(world.businesses().zone(r - consumers));
      }
    }
    // 5,000 consumers: one of them buys far less than 1% of the orders (a missed row per shard would be 1 in 7); over
    // a hundred shards
    assertThat(s.size).isGreaterThan(700);
    assertThat(boughtByConsumerZero).isLessThan(s.size / 100);
  }

  @Test
  void aValueThatIsNotLogNormalIsGeneratedRowByRow() throws Exception {
    // two-hubs.yaml draws its values from a uniform distribution and its weight is constant
    assertThat(Setup.of("src/test/resources/engine/two-hubs.yaml").simulator(1000).inBlocks()).isFalse();
  }
}
