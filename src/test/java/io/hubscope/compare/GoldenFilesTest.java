package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.cli.HubscopeCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals compare.csv, compare.json, sweep.csv and pareto.csv of the tiny fixed-seed scenario, under the root locale
 * and under German defaults (decimal comma, dot grouping) to show that no number depends on the default locale.
 * Run with {@code -Dhubscope.regenerateGoldens=true} to rewrite the goldens after an intended change, then read
 * the diff before committing it.
 */
class GoldenFilesTest {

  private static final Path SCENARIO = Path.of("src/test/resources/compare/tiny.yaml");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean REGENERATE = Boolean.getBoolean("hubscope.regenerateGoldens");

  private static int run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args.toArray(String[]::new));
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    return code;
  }

  private static void withLocale(String tag, Runnable body) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      body.run();
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static void check(Path produced, String name) throws IOException {
    Path golden = GOLDEN.resolve(name);
    String actual = Files.readString(produced.resolve(name), StandardCharsets.UTF_8);
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("%s differs from %s", name, golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "de-DE"})
  void compareFilesMatchTheGoldens(String locale, @TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("compare");
    withLocale(locale, () -> run(List.of("compare", SCENARIO.toString(), "--all-variants", "--replications", "3",
        "--threads", "1", "--quiet", "--out", out.toString())));

    check(out, "compare.csv");
    check(out, "compare.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "de-DE"})
  void sweepFilesMatchTheGoldens(String locale, @TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("sweep");
    List<String> args = new ArrayList<>(List.of("sweep", SCENARIO.toString(),
        "--set", "network.routing.hubShares.LGG=0.3,0.7", "--tie", "network.routing.hubShares.LEJ=0.7,0.3",
        "--set", "transforms[1].op=keep,omit", "--replications", "3", "--threads", "1", "--quiet",
        "--out", out.toString()));
    withLocale(locale, () -> run(args));

    check(out, "sweep.csv");
    check(out, "pareto.csv");
  }
}
