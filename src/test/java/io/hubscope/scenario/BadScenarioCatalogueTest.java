package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/bad-scenarios/} has exactly one defect, and validating it reports exactly
 * one diagnostic: the one in {@code expected.tsv}, down to the position, path, message and hint.
 */
class BadScenarioCatalogueTest {

  private static final Path DIR = Path.of("src/test/resources/bad-scenarios");

  static Stream<Arguments> expectations() throws IOException {
    return Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void reportsItsOneDefectExactly(String file, String severity, String lineColumn, String path, String message,
      String hint) {
    Path scenario = DIR.resolve(file);

    List<Diagnostic> diagnostics = ScenarioLoader.validate(scenario);

    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.format()).isEqualTo(scenario + ":" + lineColumn + ": " + severity + ": " + path + ": " + message
        + (hint.isEmpty() ? "" : " (hint: " + hint + ")"));
    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void catalogueHasAtLeastTwentyFiveFilesAndEachHasARow() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(DIR)) {
      files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .collect(Collectors.toSet());
    }
    Set<String> rows = expectations().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    assertThat(rows).isEqualTo(files);
  }

  @Test
  void theBaseOfTheCatalogueIsValid() {
    assertThat(ScenarioLoader.validate(Path.of("src/test/resources/minimal-valid.yaml"))).isEmpty();
  }
}
