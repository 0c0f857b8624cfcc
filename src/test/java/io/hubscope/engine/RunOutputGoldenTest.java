package io.hubscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.metrics.MetricRegistry;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.RunProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals the machine-readable outputs of a run (metrics.csv, summary.csv, truth.csv, view-*.csv) on the tiny
 * two-hub scenario with a fixed seed, under two default locales. Regenerate after a deliberate change with
 * {@code mvn test -Dtest=RunOutputGoldenTest -Dgolden.update=true} and review the diff.
 */
class RunOutputGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/run");
  static final List<String> FILES =
      List.of("metrics.csv", "summary.csv", "truth.csv", "view-hub1.csv", "view-hub2.csv", "view-customs.csv");

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"und", "de-DE"})
  void outputsMatchTheGoldenFiles(String locale) throws Exception {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(locale));
    try {
      LoadedScenario loaded = ScenarioLoader.load(EngineFixture.TWO_HUBS, null);
      RunRecorder recorder = new RunRecorder(tmp, List.of("run", "two-hubs.yaml"));
      RunEngine.Request request = new RunEngine.Request(List.of(VariantModel.of(loaded)), 2, 11, 2, 7,
          MetricRegistry.standard().select(List.of("coverage", "exposure")), RunProgress.NONE,
          recorder.viewExporter(11));
      recorder.record(EngineFixture.TWO_HUBS, loaded, request, RunEngine.run(request));
      boolean update = Boolean.getBoolean("golden.update");
      for (String f : FILES) {
        Path golden = GOLDEN.resolve(f);
        if (update) {
          Files.createDirectories(GOLDEN);
          Files.copy(tmp.resolve(f), golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(tmp.resolve(f))).as(f).isEqualTo(Files.readString(golden));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
