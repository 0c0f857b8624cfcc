package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes the whole loader (safe YAML reader, schema, binder, semantic checks, variants) with arbitrary bytes: bad
 * input must only ever come back as diagnostics or a {@link ScenarioException}, never as another exception or a hang.
 *
 * <p>Under {@code mvn verify} this runs the seed corpus in {@code ScenarioLoaderFuzzTestInputs/} in regression
 * mode. To fuzz for real: {@code JAZZER_FUZZ=1 mvn test -Dtest=ScenarioLoaderFuzzTest}.
 */
class ScenarioLoaderFuzzTest {

  /** Far above what any input needs (the reader's limits keep work bounded), yet finite: catches a hang. */
  private static final Duration SLOW = Duration.ofSeconds(20);

  @FuzzTest(maxDuration = "2m")
  void loaderReportsOnlyScenarioProblems(byte[] input) {
    long start = System.nanoTime();

    List<Diagnostic> diagnostics = ScenarioLoader.validate("fuzz.yaml", input);
    boolean loaded;
    try {
      ScenarioLoader.load("fuzz.yaml", input, null);
      loaded = true;
    } catch (ScenarioException e) {
      loaded = false;
      assertThat(e.errors()).isNotEmpty();
    }

    for (Diagnostic d : diagnostics) {
      assertThat(d.location().line()).isPositive();
      assertThat(d.location().column()).isPositive();
      assertThat(d.message()).isNotBlank();
      assertThat(d.format()).startsWith("fuzz.yaml:");
    }
    if (!loaded) {
      assertThat(diagnostics).anyMatch(Diagnostic::isError);
    }
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      assertThat(loaded).isTrue();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SLOW);
  }
}
