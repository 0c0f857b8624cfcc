package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static final String TINY = "src/test/resources/compare/tiny.yaml";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private int run(String... args) {
    return HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private Path runFolder(String name, String... options) {
    Path dir = tmp.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("run", TINY, "--quiet", "--threads", "1", "--out",
        dir.toString()));
    args.addAll(List.of(options));
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    return dir;
  }

  /** compare.csv lines (no header) by observer, metric and group; none of them contains a comma here. */
  private static Map<String, String[]> byKey(List<String> lines) {
    Map<String, String[]> out = new TreeMap<>();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      if (!cells[0].equals("scenario")) {
        out.put(cells[1] + "|" + cells[2] + "|" + cells[3], cells);
      }
    }
    return out;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void scenarioModeWritesTheFolderAndPrintsItsPathLast() throws IOException {
    Path dir = tmp.resolve("cmp");

    int code = run("compare", TINY, "--all-variants", "--replications", "2", "--threads", "1", "--quiet", "--top", "5",
        "--out", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "compare.csv", "compare.json", "metrics.csv", "summary.csv", "run.json", "dataflow.csv", "observers.csv",
          "charts", "report.html");
    }
    String[] printed = out.toString().split("\\R");
    assertThat(printed[printed.length - 1]).isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(out.toString()).contains("tiny: 3 variants against 'baseline', 2 replications each, seed 42")
        .contains("5 of ").contains("Verdicts per variant");
    assertThat(lines(dir.resolve("compare.csv")).get(0)).isEqualTo("scenario,observer,metric,group,unit,baseline,"
        + "variant,n,baseline_mean,baseline_ci_low,baseline_ci_high,variant_mean,variant_ci_low,variant_ci_high,"
        + "difference,relative_change,p_value,verdict,effect_size");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void runsOfTheSameScenarioAndSeedGiveTheSameComparisonAsOneRun() throws IOException {
    Path base = runFolder("base", "--replications", "2");
    Path split = runFolder("split", "--replications", "2", "--variant", "split");
    Path together = tmp.resolve("together");
    assertThat(run("compare", TINY, "--all-variants", "--replications", "2", "--threads", "1", "--quiet", "--out",
        together.toString())).isZero();

    Path dir = tmp.resolve("from-runs");
    int code = run("compare", base.toString(), split.toString(), "--out", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    // metrics.csv holds 10 significant digits, so the statistics from run folders match to about 1e-9.
    Map<String, String[]> fromRuns = byKey(lines(dir.resolve("compare.csv")));
    Map<String, String[]> fromOneRun = byKey(lines(together.resolve("compare.csv")).stream()
        .filter(l -> l.contains(",baseline,split,")).toList());
    assertThat(fromRuns.keySet()).isEqualTo(fromOneRun.keySet()).hasSizeGreaterThan(20);
    fromRuns.forEach((key, a) -> {
      String[] b = fromOneRun.get(key);
      for (int i = 7; i < a.length; i++) {
        if (a[i].isEmpty() || a[i].equals("inf") || !Character.isDigit(a[i].charAt(a[i].length() - 1))) {
          assertThat(a[i]).as("%s column %d", key, i).isEqualTo(b[i]);
        } else {
          assertThat(Double.parseDouble(a[i])).as("%s column %d", key, i)
              .isCloseTo(Double.parseDouble(b[i]), within(1e-6 * Math.max(1, Math.abs(Double.parseDouble(b[i])))));
        }
      }
    });
    assertThat(Files.exists(dir.resolve("metrics.csv"))).isFalse();
  }

  @Test
  void runsWithDifferentSeedsAreRefused() {
    Path a = runFolder("a", "--replications", "2", "--seed", "1");
    Path b = runFolder("b", "--replications", "2", "--seed", "2", "--variant", "split");

    int code = run("compare", a.toString(), b.toString(), "--out", tmp.resolve("x").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: cannot compare runs " + a + " and " + b
        + ": different seeds (1 vs 2), so the variants do not share common random numbers (hint: ");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void runsWithDifferentReplicationCountsAreRefused() {
    Path a = runFolder("a", "--replications", "2");
    Path b = runFolder("b", "--replications", "3", "--variant", "split");

    assertThat(run("compare", a.toString(), b.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot compare runs " + a + " and " + b
        + ": different replication counts (2 vs 3)");
  }

  @Test
  void runsOfDifferentScenarioFilesAreRefused() throws IOException {
    Path edited = tmp.resolve("tiny-edited.yaml");
    Files.writeString(edited, Files.readString(Path.of(TINY)) + "# an edit\n");
    Path a = runFolder("a", "--replications", "2");
    Path bDir = tmp.resolve("b");
    assertThat(run("run", edited.toString(), "--variant", "split", "--replications", "2", "--quiet", "--out",
        bDir.toString())).isZero();

    assertThat(run("compare", a.toString(), bDir.toString())).isEqualTo(2);
    assertThat(err.toString()).containsPattern("error: cannot compare runs " + java.util.regex.Pattern.quote(
        a + " and " + bDir) + ": the scenario file differs \\(SHA-256 [0-9a-f]{12} vs [0-9a-f]{12}\\)");
  }

  @Test
  void theSameVariantInTwoRunsIsRefused() {
    Path a = runFolder("a", "--replications", "2");
    Path b = runFolder("b", "--replications", "2");

    assertThat(run("compare", a.toString(), b.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot compare runs " + a + " and " + b
        + ": variant 'baseline' appears in more than one run");
  }

  @Test
  void anUnknownBaselineListsTheValidOnesAndWritesNothing() {
    Path dir = tmp.resolve("cmp");

    int code = run("compare", TINY, "--all-variants", "--baseline", "minimisation", "--out", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: no variant named 'minimisation' to use as the baseline (hint: valid "
        + "variants: baseline, coarse-postcode, split, sealed-for-hub)" + System.lineSeparator());
    assertThat(dir).doesNotExist();
  }

  @Test
  void aScenarioNeedsAllVariantsAndTwoReplications() {
    assertThat(run("compare", TINY)).isEqualTo(2);
    assertThat(err.toString()).contains("error: compare " + TINY + " needs --all-variants");

    assertThat(run("compare", TINY, "--all-variants", "--replications", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("error: --replications must be at least 2 to test differences, got 1");
  }

  @Test
  void runOptionsAreRefusedForRunFolders() {
    Path a = runFolder("a", "--replications", "2");

    assertThat(run("compare", a.toString(), "--seed", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("--all-variants, --replications, --seed and --threads apply only when "
        + "comparing a scenario file");
  }

  @Test
  void aFolderThatIsNotARunIsRefused() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));

    assertThat(run("compare", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error: " + empty + " is not a hubscope run folder (no run.json)");
  }

  @Test
  void anExistingOutputFolderIsNeverOverwritten() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("taken"));

    int code = run("compare", TINY, "--all-variants", "--replications", "2", "--quiet", "--out", dir.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("error: output folder " + dir + " already exists");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
