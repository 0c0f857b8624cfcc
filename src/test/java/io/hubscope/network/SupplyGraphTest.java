package io.hubscope.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupplyGraphTest {

  @Test
  void oneEdgePerSupplyLinkFromMerchantToBusiness() throws Exception {
    World w = WorldBuilder.build(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null).scenario());
    SupplyGraph sg = SupplyGraph.of(w);
    var g = sg.graph();
    assertThat(g.edgeSet()).hasSize(w.supplyLinkCount());
    Set<Integer> suppliers = new HashSet<>();
    for (int l = 0; l < w.supplyLinkCount(); l++) {
      suppliers.add(w.supplyLinks().merchant(l));
    }
    assertThat(sg.supplierCount()).isEqualTo(suppliers.size());
    assertThat(g.vertexSet()).hasSize(w.businessCount() + suppliers.size());
    for (SupplyGraph.Edge e : g.edgeSet()) {
      assertThat(g.getEdgeSource(e)).isEqualTo(SupplyGraph.Vertex.merchant(w.supplyLinks().merchant(e.link())));
      assertThat(g.getEdgeTarget(e)).isEqualTo(SupplyGraph.Vertex.business(w.supplyLinks().business(e.link())));
      assertThat(g.getEdgeWeight(e)).isEqualTo(w.supplyLinks().ordersPerDay(e.link()));
      assertThat(e.category()).isEqualTo(w.index().category("ic-chips"));
    }
    int b = w.supplyLinks().business(0);
    assertThat(sg.suppliersOf(b)).isEqualTo(w.businesses().supplierCount(w.businesses().firstInput(b)));
  }
}
