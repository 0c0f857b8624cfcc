package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.hubscope.cli.HubscopeCommand;
import io.hubscope.results.MetricRow;
import io.hubscope.results.SummaryRow;
import io.hubscope.results.TidyCsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario text that would run as a spreadsheet formula or as script in a page is neutralised in every CSV and
 * JSON file compare and sweep write: CSV cells start with an apostrophe, JSON strings are escaped (no raw
 * {@code <} or {@code >}) and read back unchanged.
 */
class HostileNamesTest {

  static final String FORMULA = "=cmd|' /C calc'!A0";
  static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir
  Path tmp;

  /** Every CSV cell that starts a formula must be a number (a negative value); text cells never do. */
  static void assertCsvSafe(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : TidyCsvWriter.FORMAT.parse(r)) {
        for (String cell : rec) {
          if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            assertThat(cell).as("cell in %s", file.getFileName()).matches("-[0-9.]+");
          }
        }
      }
    }
  }

  /** No raw angle brackets; the hostile strings come back unchanged when parsed. */
  static void assertJsonSafe(Path file, String... expected) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("<").doesNotContain(">");
    List<String> strings = new ArrayList<>();
    collect(JsonMapper.builder().build().readTree(text), strings);
    assertThat(strings).contains(expected);
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.textValue());
    }
    node.fieldNames().forEachRemaining(out::add);
    node.elements().forEachRemaining(n -> collect(n, out));
  }

  @Test
  void compareFilesNeutraliseHostileNames() throws IOException {
    SampleComparison stats = SampleComparison.of(new double[] {1, 2}, new double[] {-3, -4}, true);
    List<ComparisonRow> rows = List.of(
        new ComparisonRow(FORMULA, FORMULA, "exposure.share", "field=x;form=clear", "share", SCRIPT, FORMULA, stats),
        new ComparisonRow(SCRIPT, SCRIPT, "coverage.shipments", "", "share", FORMULA, SCRIPT, stats));
    ComparisonFiles.writeCsv(tmp.resolve("compare.csv"), rows);
    ComparisonFiles.writeJson(tmp.resolve("compare.json"), new ComparisonSetup(SCRIPT, "abc", 1, 2, SCRIPT,
        List.of(SCRIPT, FORMULA), List.of(SCRIPT)), rows);

    assertCsvSafe(tmp.resolve("compare.csv"));
    assertThat(Files.readString(tmp.resolve("compare.csv"))).contains("'" + FORMULA + ",'" + FORMULA + ",")
        .contains(SCRIPT + "," + SCRIPT + ",coverage.shipments");
    assertJsonSafe(tmp.resolve("compare.json"), SCRIPT, FORMULA);
    assertThat(Files.readString(tmp.resolve("compare.json"))).contains("\\u003Cscript\\u003E");
  }

  @Test
  void sweepFilesNeutraliseHostileNames() throws IOException {
    SweepPoint point = new SweepPoint(1, List.of("meta.description"), List.of(TextNode.valueOf(FORMULA)));
    List<MetricRow> rows = List.of(new MetricRow(SCRIPT, FORMULA, FORMULA, 1, "exposure.share", "form=clear", 0.5,
        "share"));
    List<SummaryRow> summary = List.of(new SummaryRow(FORMULA, SCRIPT, FORMULA, "exposure.share", "form=clear", 1,
        0.5, Double.NaN, Double.NaN, Double.NaN, "share"));
    List<SweepRunner.PointResult> results = List.of(new SweepRunner.PointResult(point, rows, summary));
    ScoreSelector e = new ScoreSelector("exposure.share", Map.of());
    SweepFiles.writeSweep(tmp.resolve("sweep.csv"), results);
    SweepFiles.writeMetrics(tmp.resolve("sweep-metrics.csv"), results);
    SweepFiles.writePareto(tmp.resolve("pareto.csv"), FORMULA, SCRIPT,
        ParetoRow.score(List.of(point), List.of(summary), e, e), e, e);
    SweepFiles.writeJson(tmp.resolve("sweep.json"), new SweepFiles.Provenance("hubscope", "17", List.of(SCRIPT),
        SCRIPT, "abc", FORMULA, SCRIPT, 1, 1, 1, List.of("exposure"), "t0", "t1"),
        List.of(SweepAxis.parse("meta.description='" + FORMULA.replace("'", "''") + "'", List.of())), List.of(point),
        e, e);

    for (String f : List.of("sweep.csv", "sweep-metrics.csv", "pareto.csv")) {
      assertCsvSafe(tmp.resolve(f));
      assertThat(Files.readString(tmp.resolve(f))).as(f).contains("'" + FORMULA);
    }
    assertJsonSafe(tmp.resolve("sweep.json"), SCRIPT, FORMULA);
  }

  private static int cli(String... args) {
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute(args);
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  @Test
  void hostileObserverAndVariantIdsFromAScenarioAreNeutralisedEndToEnd() throws IOException {
    String yaml = Files.readString(Path.of("src/test/resources/compare/tiny.yaml"))
        .replace("- {id: hub, party:", "- {id: \"" + FORMULA + "\", party:")
        .replace("  - id: split\n", "  - id: \"" + SCRIPT + "\"\n");
    Path scenario = Files.writeString(tmp.resolve("hostile.yaml"), yaml);

    Path cmp = tmp.resolve("cmp");
    cli("compare", scenario.toString(), "--all-variants", "--replications", "2", "--quiet", "--threads", "1",
        "--out", cmp.toString());
    Path sweep = tmp.resolve("sweep");
    cli("sweep", scenario.toString(), "--variant", SCRIPT, "--set", "meta.description='@SUM(1)',-cmd",
        "--replications", "2", "--quiet", "--threads", "1", "--out", sweep.toString());

    for (Path csv : List.of(cmp.resolve("compare.csv"), sweep.resolve("sweep.csv"), sweep.resolve("pareto.csv"),
        sweep.resolve("sweep-metrics.csv"))) {
      assertCsvSafe(csv);
    }
    assertThat(Files.readString(cmp.resolve("compare.csv"))).contains("tiny,'" + FORMULA + ",")
        .contains("," + SCRIPT + ",");
    assertThat(Files.readString(sweep.resolve("pareto.csv"))).contains("1,'@SUM(1),tiny," + SCRIPT + ",'" + FORMULA)
        .contains("2,'-cmd,tiny,");
    assertJsonSafe(cmp.resolve("compare.json"), SCRIPT, FORMULA);
    assertJsonSafe(sweep.resolve("sweep.json"), SCRIPT, "@SUM(1)", "-cmd");
  }

  @Test
  void hostileScenarioNamesInRunFoldersAreNeutralised() throws IOException {
    Path run = tmp.resolve("run");
    cli("compare", "src/test/resources/compare/tiny.yaml", "--all-variants", "--replications", "2", "--quiet",
        "--threads", "1", "--out", run.toString());
    for (String name : List.of(FORMULA, SCRIPT)) {
      Path copy = Files.createDirectory(tmp.resolve("run-" + name.hashCode()));
      String quoted = name.startsWith("=") ? "'" + name : name;
      List<String> metrics = new ArrayList<>();
      for (String line : Files.readAllLines(run.resolve("metrics.csv"))) {
        metrics.add(line.startsWith("tiny,") ? quoted + line.substring(4) : line);
      }
      Files.write(copy.resolve("metrics.csv"), metrics);
      Files.writeString(copy.resolve("run.json"), Files.readString(run.resolve("run.json"))
          .replace("\"scenarioName\" : \"tiny\"", "\"scenarioName\" : "
              + JsonMapper.builder().build().writeValueAsString(name)));

      Path out = tmp.resolve("out-" + name.hashCode());
      cli("compare", copy.toString(), "--out", out.toString());

      assertCsvSafe(out.resolve("compare.csv"));
      assertThat(Files.readAllLines(out.resolve("compare.csv")).get(1)).startsWith(quoted + ",hub,");
      assertJsonSafe(out.resolve("compare.json"), name);
    }
    assertThat(OutputNames.scenarioFolder("../" + SCRIPT)).isEqualTo(Path.of("results", "_..__script_alert_1___script_"));
  }
}
