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
    // rows more for variant minimised: changes with an infinite effect (both sides constant, different), a measure
    // with no difference at all and a party's needs met less often
    Files.writeString(folder.resolve("compare.csv"), String.join("\n",
        "fixture,hub,reid.direct_rate,population=consumers,share,baseline,minimised,3,1,1,1,0,0,0,-1,-1,,lower,inf",
        "fixture,hub,coverage.zones,,share,baseline,minimised,3,1,1,1,1,1,1,0,0,,no difference,0",
        // a party's needs are the same for every observer: the two rows are one change of utility
        "fixture,hub,utility.needs_met,party=customs,share,baseline,minimised,3,1,1,1,0.5,0.5,0.5,-0.5,-0.5,,lower,inf",
        "fixture,state,utility.needs_met,party=customs,share,baseline,minimised,3,1,1,1,0.5,0.5,0.5,-0.5,-0.5,,lower,"
            + "inf", ""),
        StandardOpenOption.APPEND);

    ChartExporter.export(folder, ExportFormat.parse("html"));
    String html = Files.readString(folder.resolve("report.html"));

    // read for the observed: three fields less often in clear, the same three more often in no form, and less direct
    // identification are 7 measures of less exposure
    assertThat(html).contains("<strong>minimised</strong>: 6 measures lower, 3 higher, 3 with no detectable "
        + "difference from the baseline and 1 with no difference at all (the same value in every replication). For "
        + "the people and firms observed: less exposure in 7 measures (hub 3, group 2, state 2); more exposure in "
        + "none. For the parties' data needs: less utility in 1 measure (customs 1); more utility in none.");
    int table = html.indexOf("<h3>The largest changes</h3>");
    int firstRow = html.indexOf("<tr><td>", table);
    assertThat(html.substring(firstRow, html.indexOf("</tr>", firstRow)))
        .contains("<td>minimised</td>", "population: consumers", "<td>lower</td><td>less exposure</td>");
    // the fixture's form=none row mirrors its form=clear row: only the latter is listed
    String rows = html.substring(table, html.indexOf("</table>", table));
    assertThat(rows).contains("field: consignee_name, form: clear").doesNotContain("form: none");
  }
}
