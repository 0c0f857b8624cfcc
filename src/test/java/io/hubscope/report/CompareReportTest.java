package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare report's summary of verdicts and its table of the largest changes. */
class CompareReportTest {

  @TempDir
  Path tmp;

  @Test
  void deterministicChangesLeadTheTableAndNoDifferenceIsCountedApart() throws Exception {
    Path folder = ReportTestSupport.fixture("compare", tmp);
    // two rows more for variant minimised: a change with an infinite effect (both sides constant, different) and a
    // measure with no difference at all
    Files.writeString(folder.resolve("compare.csv"), String.join("\n",
        "fixture,hub,reid.direct_rate,population=consumers,share,baseline,minimised,3,1,1,1,0,0,0,-1,-1,,lower,inf",
        "fixture,hub,coverage.zones,,share,baseline,minimised,3,1,1,1,1,1,1,0,0,,no difference,0", ""),
        StandardOpenOption.APPEND);

    ChartExporter.export(folder, ExportFormat.parse("html"));
    String html = Files.readString(folder.resolve("report.html"));

    assertThat(html).contains("<strong>minimised</strong>: 4 measures lower, 3 higher, 3 with no detectable "
        + "difference from the baseline and 1 with no difference at all (the same value in every replication).");
    int table = html.indexOf("<h3>The largest changes</h3>");
    int firstRow = html.indexOf("<tr><td>", table);
    assertThat(html.substring(firstRow, html.indexOf("</tr>", firstRow)))
        .contains("<td>minimised</td>", "population: consumers", "lower");
    // the fixture's form=none row mirrors its form=clear row: only the latter is listed
    String rows = html.substring(table, html.indexOf("</table>", table));
    assertThat(rows).contains("field: consignee_name, form: clear").doesNotContain("form: none");
  }
}
