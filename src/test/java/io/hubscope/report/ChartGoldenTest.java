package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals every machine-readable chart output — each chart's tidy CSV and Vega-Lite spec, and the run's dataflow.csv
 * and observers.csv — against golden files, from the tiny fixed-seed scenario (both variants) and from the fixture
 * folders of the inference metrics, a comparison and a sweep. Runs under two default locales whose number formats
 * differ from Locale.ROOT (German decimal comma, Turkish dotless i), which must not change a byte.
 *
 * <p>To accept a deliberate change: {@code mvn test -Dtest=ChartGoldenTest -Dhubscope.updateGoldens=true}, then
 * review the diff of {@code src/test/resources/golden/charts/}.
 */
class ChartGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/charts");
  static final boolean UPDATE = Boolean.getBoolean("hubscope.updateGoldens");

  @ParameterizedTest(name = "default locale {0}")
  @ValueSource(strings = {"de-DE", "tr-TR"})
  void chartDataAndSpecsMatchTheGoldenFiles(String tag, @TempDir Path dir) throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      Path run = ReportTestSupport.tinyRun(dir.resolve("run"));
      check("run", run, List.of("dataflow.csv", "observers.csv"));
      for (String name : ReportTestSupport.FIXTURE_CASES) {
        Path folder = ReportTestSupport.fixture(name, dir);
        ChartExporter.export(folder, EnumSet.of(ExportFormat.CSV, ExportFormat.VEGA));
        check(name, folder, List.of());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static void check(String name, Path folder, List<String> topLevel) throws IOException {
    List<String> actual = new ArrayList<>(topLevel);
    ReportTestSupport.files(folder.resolve(ChartExporter.CHARTS)).stream()
        .filter(f -> f.endsWith(".csv") || f.endsWith(".vl.json")).map(f -> ChartExporter.CHARTS + "/" + f)
        .forEach(actual::add);
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      for (String f : ReportTestSupport.files(golden)) {
        Files.delete(golden.resolve(f));
      }
      for (String f : actual) {
        Files.createDirectories(golden.resolve(f).getParent());
        Files.copy(folder.resolve(f), golden.resolve(f));
      }
    }
    assertThat(actual).as("chart outputs of %s (goldens in %s; update with -Dhubscope.updateGoldens=true)", name,
        golden).containsExactlyInAnyOrderElementsOf(ReportTestSupport.files(golden));
    for (String f : actual) {
      assertThat(Files.readString(folder.resolve(f), StandardCharsets.UTF_8)).as("%s/%s", name, f)
          .isEqualTo(Files.readString(golden.resolve(f), StandardCharsets.UTF_8));
    }
  }
}
