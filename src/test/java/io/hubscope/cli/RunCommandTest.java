package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  static final String SCENARIO = "src/test/resources/engine/two-hubs.yaml";

  @TempDir
  Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void writesTheResultsFolderAndPrintsItsPathLast() throws Exception {
    Path dir = tmp.resolve("run1");
    Outcome o = run("run", SCENARIO, "--out", dir.toString(), "--quiet", "--export-view");
    assertThat(o.code()).as(o.err()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(dir.toAbsolutePath().toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("run.json", "metrics.csv", "summary.csv", "truth.csv", "view-hub1.csv", "view-hub2.csv",
              "view-customs.csv");
    }
    assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(0))
        .isEqualTo("scenario,variant,observer,replication,metric,group,value,unit");
    assertThat(Files.readAllLines(dir.resolve("summary.csv")).get(0))
        .isEqualTo("scenario,variant,observer,metric,group,n,mean,sd,ci_low,ci_high,unit");
    String manifest = Files.readString(dir.resolve("run.json"));
    assertThat(manifest).contains("\"seed\" : 11", "\"scenarioSha256\"", "\"worldSeed\"", "\"javaVersion\"");
  }

  @Test
  void runJsonRecordsTheScenarioAsSimulated() throws Exception {
    Path dir = tmp.resolve("run2");
    Outcome o = run("run", SCENARIO, "--out", dir.toString(), "--quiet", "--no-charts", "--replications", "3",
        "--seed", "42");
    assertThat(o.code()).as(o.err()).isZero();

    com.fasterxml.jackson.databind.JsonNode manifest =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("run.json").toFile());
    com.fasterxml.jackson.databind.JsonNode resolved = manifest.at("/variants/baseline");
    assertThat(resolved.isObject()).isTrue();
    assertThat(resolved.has("variants")).isFalse();
    assertThat(resolved.at("/meta/replications").asInt()).isEqualTo(3);
    assertThat(resolved.at("/meta/seed").asLong()).isEqualTo(42);
  }

  @Test
  void sameSeedSameMetricsWhateverTheThreadsAndAnotherSeedDiffers() throws Exception {
    Path one = tmp.resolve("t1");
    Path two = tmp.resolve("t2");
    Path other = tmp.resolve("s2");
    assertThat(run("run", SCENARIO, "--out", one.toString(), "--threads", "1", "--quiet").code()).isZero();
    assertThat(run("run", SCENARIO, "--out", two.toString(), "--threads", "2", "--quiet").code()).isZero();
    assertThat(run("run", SCENARIO, "--out", other.toString(), "--seed", "12", "--quiet").code()).isZero();
    assertThat(Files.readString(one.resolve("metrics.csv"))).isEqualTo(Files.readString(two.resolve("metrics.csv")));
    assertThat(Files.readString(one.resolve("metrics.csv")))
        .isNotEqualTo(Files.readString(other.resolve("metrics.csv")));
  }

  @Test
  void zeroReplicationsIsRefusedAndWritesNothing() throws Exception {
    Path dir = tmp.resolve("none");
    Outcome o = run("run", SCENARIO, "--out", dir.toString(), "--replications", "0");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err().strip())
        .isEqualTo("error: --replications must be at least 1, got 0 (hint: use --replications 1 or more)");
    assertThat(dir).doesNotExist();
  }

  @Test
  void unknownVariantListsTheValidOnes() {
    Outcome o = run("run", "scenarios/quickstart.yaml", "--out", tmp.resolve("v").toString(), "--variant", "nope");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("no variant named 'nope'")
        .contains("valid variants: pseudonymised, coarse-postcode");
    assertThat(tmp.resolve("v")).doesNotExist();
  }

  @Test
  void existingOutputFolderIsNotOverwritten() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("taken"));
    Files.writeString(dir.resolve("keep.txt"), "mine");
    Outcome o = run("run", SCENARIO, "--out", dir.toString(), "--quiet");
    assertThat(o.code()).isEqualTo(3);
    assertThat(o.err()).startsWith("error: output folder " + dir + " already exists");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void unwritableOutputFolderGivesExitThree() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Outcome o = run("run", SCENARIO, "--out", file.resolve("sub").toString(), "--quiet");
    assertThat(o.code()).isEqualTo(3);
    assertThat(o.err()).isEqualTo("error: cannot create output folder " + file.resolve("sub") + ": "
        + file.toAbsolutePath() + " exists and is not a folder (hint: check that the folder is writable and the disk "
        + "has space)\n");
    assertThat(o.err().lines().count()).isEqualTo(1);
  }

  /** Quickstart with every consumer ordering {@code perYear} parcels a year, run once into a fresh folder. */
  private Outcome runWithOrdersPerYear(String perYear) throws Exception {
    Path scenario = tmp.resolve("huge.yaml");
    Files.writeString(scenario, Files.readString(Path.of("scenarios/quickstart.yaml")).replace(
        "ordersPerYear: {type: gamma, shape: 0.8, scale: 25}",
        "ordersPerYear: {type: constant, value: " + perYear + "}"));
    return run("run", scenario.toString(), "--out", tmp.resolve("huge-run").toString(), "--replications", "1",
        "--quiet");
  }

  @Test
  void aDayTooLargeToDrawIsRefusedWithTheKeysToChange() throws Exception {
    // 5000 consumers at 10^12 orders a year: about 1.4 * 10^13 a day, beyond the Poisson sampler (2^30 - 1)
    Outcome o = runWithOrdersPerYear("1e12");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).startsWith("error: replication 1 would have about 13,846,")
        .endsWith(" shipments on day 0 alone, more than one replication can hold (hint: shorten meta.horizonDays or "
            + "lower customers.consumers.count or the order rates)\n");
    assertThat(tmp.resolve("huge-run")).doesNotExist();
  }

  @Test
  void aReplicationTooLargeToHoldIsRefusedWithTheKeysToChange() throws Exception {
    // 5000 consumers at 1.5 * 10^7 orders a year: about 2 * 10^8 a day, past 2^31 - 9 on day 9 of 14
    Outcome o = runWithOrdersPerYear("1.5e7");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("error: replication 1 would have more than 2,147,483,639 shipments by day 9, more "
        + "than one replication can hold (hint: shorten meta.horizonDays or lower customers.consumers.count or the "
        + "order rates)\n");
    assertThat(tmp.resolve("huge-run")).doesNotExist();
  }

  @Test
  void runningOutOfMemoryIsOneLineWithWhatToChangeEvenWhenAWorkerRanOut() {
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.report(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap "
        + "space")), new PrintWriter(err, true), false);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).matches("error: out of memory: Java's heap \\(at most [0-9]+ MB\\) cannot hold this "
        + "run \\(hint: lower the scenario's volume, e\\.g\\. customers\\.consumers\\.count or meta\\.horizonDays, or "
        + "give Java more memory, e\\.g\\. HUBSCOPE_JAVA_OPTS=-Xmx8g \\./hubscope \\.\\.\\.\\)\n");
  }
}
