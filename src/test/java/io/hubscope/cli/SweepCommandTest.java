package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

  private static final String TINY = "src/test/resources/compare/tiny.yaml";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private int run(String... args) {
    return HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void aSweepWritesItsFilesAndATablePerPoint() throws Exception {
    Path dir = tmp.resolve("sweep");

    int code = run("sweep", TINY, "--variant", "coarse-postcode", "--set",
        "transforms[field=consignee_postcode].digits=1,2,3", "--replications", "2", "--threads", "1", "--out",
        dir.toString());

    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "sweep.csv", "pareto.csv", "sweep-metrics.csv", "sweep.json", "charts", "report.html");
    }
    assertThat(out.toString())
        .contains("point 1: transforms[field=consignee_postcode].digits=1")
        .contains("point 3: transforms[field=consignee_postcode].digits=3")
        .contains("utility  = utility.needs_met");
    String[] printed = out.toString().split("\\R");
    assertThat(printed[printed.length - 1]).isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(err.toString()).contains("point 2/3: transforms[field=consignee_postcode].digits=2");
    assertThat(Files.readAllLines(dir.resolve("pareto.csv")).get(0)).isEqualTo("point,"
        + "transforms[field=consignee_postcode].digits,scenario,variant,observer,exposure_metric,exposure,"
        + "utility_metric,utility,pareto");
    assertThat(Files.readAllLines(dir.resolve("sweep.csv")).get(1))
        .startsWith("1,1,tiny,coarse-postcode,hub,coverage.shipments,,2,");
  }

  @Test
  void aPathThatSelectsNothingIsNamedWithTheProblem() {
    Path dir = tmp.resolve("sweep");

    int code = run("sweep", TINY, "--set", "transforms[field=nope].digits=1,2", "--out", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --set 'transforms[field=nope].digits': path "
        + "'transforms[field=nope].digits' does not exist at 'transforms[field=nope]' (hint: ");
    assertThat(dir).doesNotExist();
  }

  @Test
  void aPointThatMakesTheScenarioInvalidIsNamedWithTheValidationMessage() {
    int code = run("sweep", TINY, "--set", "network.routing.hubShares.LGG=0.7,0.9");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("error: sweep point 2 (network.routing.hubShares.LGG=0.9) makes the scenario invalid: " + TINY)
        .contains("network.routing.hubShares")
        .contains("--tie PATH=W1,W2,...");
  }

  @Test
  void aBadSweptValueIsBlamedOnTheOptionNotOnTheFilesLine() {
    int code = run("sweep", TINY, "--set", "meta.horizonDays=-3,4");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: sweep point 1 (meta.horizonDays=-3) makes the scenario invalid: "
        + "meta.horizonDays: horizonDays must be at least 1, got -3 (hint: ");
  }

  @Test
  void tiedPathsKeepTheSharesValid() {
    int code = run("sweep", TINY, "--set", "network.routing.hubShares.LGG=0.6,0.9", "--tie",
        "network.routing.hubShares.LEJ=0.4,0.1", "--replications", "2", "--quiet", "--out",
        tmp.resolve("s").toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("point 2: network.routing.hubShares.LGG=0.9, network.routing.hubShares.LEJ=0.1");
  }

  @Test
  void badSyntaxAndUnknownScoresExitTwo() {
    assertThat(run("sweep", TINY, "--set", "a.=1")).isEqualTo(2);
    assertThat(err.toString()).contains("error: --set 'a.': path 'a.' starts or ends with '.'");

    assertThat(run("sweep", TINY, "--set", "meta.horizonDays=7", "--exposure", "nothing.here", "--replications", "2",
        "--quiet", "--out", tmp.resolve("s").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error: --exposure 'nothing.here' matches no metric row (hint: metrics "
        + "computed: attribute.");
    assertThat(tmp.resolve("s")).doesNotExist();
  }

  @Test
  void anUnknownVariantListsTheValidOnes() {
    assertThat(run("sweep", TINY, "--variant", "nope", "--set", "meta.horizonDays=7")).isEqualTo(2);
    assertThat(err.toString()).contains("no variant named 'nope'")
        .contains("valid variants: coarse-postcode, split, sealed-for-hub");
  }

  @Test
  void anUnwritableOutputFolderExitsThree() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");

    int code = run("sweep", TINY, "--set", "meta.horizonDays=7", "--replications", "2", "--quiet", "--out",
        file.resolve("sub").toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).startsWith("error: cannot create output folder " + file.resolve("sub") + ": "
        + file.toAbsolutePath() + " exists and is not a folder");
  }
}
