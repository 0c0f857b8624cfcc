package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading results folders back: fixture columns, the CSV-injection prefix, damaged files. */
class ResultsDataTest {

  @TempDir
  Path dir;

  @Test
  void restoreUndoesTheSpreadsheetPrefixOnly() {
    for (String s : new String[] {"=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)", "plain", "'quoted", ""}) {
      assertThat(ResultsData.restore(CsvCells.safe(s))).isEqualTo(s);
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
