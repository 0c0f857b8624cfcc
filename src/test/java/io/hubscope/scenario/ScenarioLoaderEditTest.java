package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioLoaderEditTest {

  private static final Path TINY = Path.of("src/test/resources/compare/tiny.yaml");

  @Test
  void anEditedTreeIsCheckedAndKeepsTheFileAndVariant() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.loadEdited(TINY, "coarse-postcode", "digits=3",
        tree -> ScenarioPath.parse("transforms[field=consignee_postcode].digits").set(tree, IntNode.valueOf(3)));

    assertThat(loaded.variant()).isEqualTo("coarse-postcode");
    assertThat(loaded.sha256()).isEqualTo(ScenarioLoader.load(TINY, null).sha256());
    assertThat(loaded.scenario().transforms()).anySatisfy(t -> {
      assertThat(t.field()).isEqualTo("consignee_postcode");
      assertThat(t.digits()).isEqualTo(3);
    });
    assertThat(loaded.tree().has("variants")).isFalse();
  }

  @Test
  void anEditThatBreaksACheckIsReportedAtTheValueWithTheLabel() {
    assertThatThrownBy(() -> ScenarioLoader.loadEdited(TINY, null, "LGG=0.9",
        tree -> ScenarioPath.parse("network.routing.hubShares.LGG").set(tree, DoubleNode.valueOf(0.9))))
        .isInstanceOf(ScenarioException.class)
        .satisfies(e -> {
          Diagnostic d = ((ScenarioException) e).diagnostics().get(0);
          assertThat(d.path()).startsWith("network.routing.hubShares");
          assertThat(d.message()).endsWith(" [with LGG=0.9]");
          assertThat(d.location().line()).isGreaterThan(1);
        });
  }
}
