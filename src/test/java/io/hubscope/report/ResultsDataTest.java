package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.hubscope.compare.ParetoRow;
import io.hubscope.compare.ScoreSelector;
import io.hubscope.compare.SweepFiles;
import io.hubscope.compare.SweepPoint;
import io.hubscope.compare.SweepRunner;
import io.hubscope.results.SummaryRow;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading results folders back: fixture columns, the sweep writer's own files, the CSV-injection prefix, damage. */
class ResultsDataTest {

  @TempDir
  Path dir;

  @Test
  void restoreUndoesTheSpreadsheetPrefixOnly() {
    for (String s : new String[] {"=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)", "plain", "'quoted", ""}) {
      assertThat(CsvCells.restore(CsvCells.safe(s))).isEqualTo(s);
    }
  }

  @Test
  void readsTheFixtureColumns() {
    ResultsData compare = ResultsData.read(ReportTestSupport.FIXTURES.resolve("compare"));
    assertThat(compare.compare()).hasSize(18);
    ResultsData.CompareRow r = compare.compare().get(1);
    assertThat(r.variant()).isEqualTo("split-hubs");
    assertThat(r.verdict()).isEqualTo("lower");
    assertThat(r.baselineMean()).isEqualTo(0.51);
    assertThat(compare.scenarioName()).isEqualTo("fixture");
    ResultsData sweep = ResultsData.read(ReportTestSupport.FIXTURES.resolve("sweep"));
    assertThat(sweep.sweepPaths()).containsExactly("transforms.0.digits");
    assertThat(sweep.sweep().get(0).coordinates()).containsEntry("transforms.0.digits", "0");
    assertThat(sweep.pareto()).hasSize(15).filteredOn(ResultsData.ParetoRow::pareto).hasSize(9);
    assertThat(sweep.observerIds()).containsExactly("hub", "group", "state");
  }

  @Test
  void paretoFromTheSweepWriterHasOnlyTheSweptPathsAsCoordinates() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    List<String> paths = List.of("network.routing.hubShares.LGG", "transforms[1].op");
    SweepPoint keep = new SweepPoint(1, paths, List.of(json.numberNode(0.3), json.textNode("keep")));
    SweepPoint omit = new SweepPoint(2, paths, List.of(json.numberNode(0.3), json.textNode("omit")));
    SummaryRow row = new SummaryRow("tiny", "baseline", "hub", "coverage.shipments", "", 3, 0.5, 0.1, 0.4, 0.6,
        "share");
    SweepFiles.writeSweep(dir.resolve("sweep.csv"), List.of(new SweepRunner.PointResult(keep, List.of(),
        List.of(row)), new SweepRunner.PointResult(omit, List.of(), List.of(row))));
    SweepFiles.writePareto(dir.resolve("pareto.csv"), "tiny", "baseline",
        List.of(new ParetoRow(keep, "hub", 0.31, 1.0, false), new ParetoRow(omit, "hub", 0.0, 0.67, true)),
        ScoreSelector.parse("--exposure", "exposure.share:field=consignee_name;form=clear"),
        SweepRunner.defaultUtility());

    ResultsData data = ResultsData.read(dir);

    assertThat(data.sweepPaths()).containsExactly("network.routing.hubShares.LGG", "transforms[1].op");
    assertThat(data.pareto()).extracting(ResultsData.ParetoRow::coordinates).containsExactly(
        Map.of("network.routing.hubShares.LGG", "0.3", "transforms[1].op", "keep"),
        Map.of("network.routing.hubShares.LGG", "0.3", "transforms[1].op", "omit"));
    assertThat(data.pareto().get(1).coordinates().keySet())
        .containsExactly("network.routing.hubShares.LGG", "transforms[1].op");
    ParetoChartSpec chart = (ParetoChartSpec) StudyCharts.sweep(data).stream()
        .filter(c -> c.id().equals("exposure-vs-utility")).findFirst().orElseThrow();
    assertThat(chart.points()).extracting(ParetoChartSpec.Point::coordinates).containsExactly(
        "network.routing.hubShares.LGG=0.3; transforms[1].op=keep",
        "network.routing.hubShares.LGG=0.3; transforms[1].op=omit");
    assertThat(ReportWriter.html(data, List.of())).contains("<tr><td>hub</td><td class=\"num\">2</td>"
        + "<td>network.routing.hubShares.LGG = 0.3; transforms[1].op = omit</td>");
  }

  @Test
  void damagedFilesAreInvalidInputWithTheLine() throws Exception {
    Files.writeString(dir.resolve("summary.csv"),
        "scenario,variant,observer,metric,group,n,mean,sd,ci_low,ci_high,unit\n"
            + "s,baseline,hub,coverage.shipments,,3,0.5,0.1,0.4,0.6,share\n"
            + "s,baseline,hub,coverage.value,,3,half,0.1,0.4,0.6,share\n");
    assertThatThrownBy(() -> ResultsData.read(dir)).isInstanceOf(HubscopeException.class)
        .hasMessageEndingWith("summary.csv line 3: column mean is not a number: 'half'")
        .extracting(e -> ((HubscopeException) e).exitCode()).isEqualTo(2);
    Files.writeString(dir.resolve("summary.csv"), "scenario,variant\ns,baseline\n");
    assertThatThrownBy(() -> ResultsData.read(dir)).hasMessageEndingWith("summary.csv has no column 'observer'");
  }
}
