package io.hubscope.engine;

import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import java.nio.file.Path;

/** Loads the tiny two-hub test scenario. */
public final class EngineFixture {

  /** The test scenario file. */
  public static final Path TWO_HUBS = Path.of("src/test/resources/engine/two-hubs.yaml");

  private EngineFixture() {}

  /**
   * The two-hub scenario's model.
   *
   * @return the model
   */
  public static VariantModel twoHubs() {
    try {
      LoadedScenario loaded = ScenarioLoader.load(TWO_HUBS, null);
      return VariantModel.of(loaded);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
