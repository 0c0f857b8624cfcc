package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hubscope export} and {@code run --no-charts}: what is written where, and what is never overwritten. */
class ExportCommandTest {

  static final String TINY = "src/test/resources/charts/charts-tiny.yaml";

  @TempDir
  static Path dir;

  static Path bare;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void runWithoutCharts() {
    bare = dir.resolve("bare");
    Run r = run("run", TINY, "--replications", "2", "--quiet", "--no-charts", "--out", bare.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void runWritesChartsAndReportUnlessNoCharts() throws IOException {
    assertThat(names(bare)).containsExactly("dataflow.csv", "metrics.csv", "observers.csv", "run.json",
        "summary.csv");
    Path full = dir.resolve("full");
    Run r = run("run", TINY, "--replications", "2", "--quiet", "--out", full.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip().lines().reduce((a, b) -> b)).contains(full.toString());
    assertThat(names(full)).contains("charts", "report.html");
    assertThat(names(full.resolve("charts"))).contains("coverage-by-observer.csv",
        "coverage-by-observer.png", "coverage-by-observer.svg", "coverage-by-observer.vl.json",
        "exposure-heatmap.csv", "exposure-heatmap.png", "exposure-heatmap.svg", "exposure-heatmap.vl.json");
  }

  @Test
  void exportWritesIntoTheRunOnceThenRefusesWithAHint() throws IOException {
    Path copy = dir.resolve("once");
    Files.createDirectories(copy);
    for (String f : names(bare)) {
      Files.copy(bare.resolve(f), copy.resolve(f));
    }
    Run first = run("export", copy.toString(), "--format", "csv,html");
    assertThat(first.code()).as(first.err()).isZero();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9]+) charts, ([0-9]+) files written:\n")
        .matcher(first.out());
    assertThat(m.find()).as(first.out()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).as("one CSV per chart and the report")
        .isEqualTo(Integer.parseInt(m.group(1)) + 1);
    assertThat(first.out())
        .contains("  charts/exposure-heatmap.csv\n", "  report.html\n").endsWith(copy.toAbsolutePath() + "\n");
    assertThat(names(copy.resolve("charts"))).contains("coverage-by-observer.csv", "exposure-heatmap.csv")
        .allMatch(n -> n.endsWith(".csv"));

    Run again = run("export", copy.toString(), "--format", "png");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.err()).isEqualTo("error: " + copy.toAbsolutePath().resolve("charts")
        + " already exists (hint: exports are never overwritten; use --out DIR to export into a new folder)\n");
    assertThat(names(copy.resolve("charts"))).allMatch(n -> n.endsWith(".csv"));
    assertThat(names(copy)).as("no staging folder left behind").noneMatch(n -> n.startsWith("."));
  }

  @Test
  void exportIntoANewFolderWithOut() throws IOException {
    Path out = dir.resolve("elsewhere");
    Run r = run("export", bare.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names(out)).containsExactly("charts", "report.html");
    assertThat(names(out.resolve("charts"))).contains("exposure-heatmap.csv", "exposure-heatmap.vl.json",
        "exposure-heatmap.svg", "exposure-heatmap.png");
    assertThat(names(bare)).doesNotContain("charts", "report.html");
    Run again = run("export", bare.toString(), "--out", out.toString());
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void badFormatsAndFoldersAreInvalidInput() {
    Run format = run("export", bare.toString(), "--format", "csv,pdf");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).isEqualTo("error: unknown export format 'pdf' (hint: valid formats: "
        + "csv,vega,svg,png,html,graphml,gexf)\n");
    Run notResults = run("export", dir.toString());
    assertThat(notResults.code()).isEqualTo(2);
    assertThat(notResults.err()).contains("is not a hubscope results folder");
    Run missing = run("export", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
  }
}
