package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.MetricRow;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.RunProgress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanUtilityMetricTest {

  private static final Path TINY = Path.of("src/test/resources/compare/tiny.yaml");

  private static Map<String, Double> needsMet(LoadedScenario loaded) {
    RunEngine.Result result = RunEngine.run(new RunEngine.Request(List.of(VariantModel.of(loaded)), 1, 7, 1, 1 << 16,
        MetricRegistry.of(List.of(new PlanUtilityMetric())), RunProgress.NONE, ReplicationListener.NONE));
    Map<String, Double> out = new LinkedHashMap<>();
    for (MetricRow r : result.rows()) {
      if (r.observer().equals("hub")) {
        assertThat(r.metric()).isEqualTo(PlanUtilityMetric.ROW);
        out.put(r.group(), r.value());
      }
    }
    return out;
  }

  @Test
  void everyNeedIsMetInTheBaseline() throws Exception {
    assertThat(needsMet(ScenarioLoader.load(TINY, null))).containsExactly(
        Map.entry("party=cainiao-lgg", 1.0), Map.entry("party=eu-handler", 1.0), Map.entry("party=bpost", 1.0));
  }

  @Test
  void aHubThatGetsThePostcodeOmittedCannotSortButTheCarrierStillDelivers() throws Exception {
    LoadedScenario loaded = ScenarioLoader.loadEdited(TINY, null, "omit postcode", tree -> {
      var t = ((ArrayNode) tree.get("transforms")).addObject();
      t.put("field", "consignee_postcode");
      t.set("to", JsonNodeFactory.instance.arrayNode().add("@hub"));
      t.put("op", "omit");
    });

    assertThat(needsMet(loaded)).containsExactly(
        Map.entry("party=cainiao-lgg", 0.0), Map.entry("party=eu-handler", 0.0), Map.entry("party=bpost", 1.0));
  }

  @Test
  void aPartyThatHandlesNoShipmentGetsNoRow() throws Exception {
    LoadedScenario loaded = ScenarioLoader.loadEdited(TINY, null, "all through LGG", tree -> {
      var shares = (com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/network/routing/hubShares");
      shares.put("LGG", 1.0);
      shares.put("LEJ", 0.0);
    });

    assertThat(needsMet(loaded)).containsOnlyKeys("party=cainiao-lgg", "party=bpost");
  }
}
