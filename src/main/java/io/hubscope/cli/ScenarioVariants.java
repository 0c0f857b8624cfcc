package io.hubscope.cli;

import io.hubscope.engine.VariantModel;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.scenario.VariantSpec;
import io.hubscope.util.HubscopeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the variants a command asks for, all before anything is written. */
final class ScenarioVariants {

  private ScenarioVariants() {}

  /**
   * Loads the baseline, one variant, or the baseline and every variant.
   *
   * @param file scenario file
   * @param variant one variant id, or null
   * @param all true for the baseline and every variant
   * @return loaded scenarios, baseline first
   * @throws ScenarioException when the file or a variant is invalid
   */
  static List<LoadedScenario> load(Path file, String variant, boolean all) throws ScenarioException {
    LoadedScenario base = ScenarioLoader.load(file, variant);
    if (!all) {
      return List.of(base);
    }
    List<LoadedScenario> list = new ArrayList<>();
    list.add(base);
    for (VariantSpec v : base.scenario().variants()) {
      list.add(ScenarioLoader.load(file, v.id()));
    }
    return list;
  }

  /**
   * Builds a variant's model, turning a reference the checks missed into an invalid-input error.
   *
   * @param loaded a loaded variant
   * @return its model
   */
  static VariantModel model(LoadedScenario loaded) {
    try {
      return VariantModel.of(loaded);
    } catch (IllegalArgumentException e) {
      throw HubscopeException.invalidInput(loaded.file() + ": " + e.getMessage()
          + (loaded.variant().equals(LoadedScenario.BASELINE) ? "" : " [in variant '" + loaded.variant() + "']"),
          "run 'hubscope validate " + loaded.file() + "'");
    }
  }
}
