package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report's tables, from a hand-written summary. */
class RunReportTest {

  @TempDir
  Path tmp;

  @Test
  void targetableDependenciesAreOneRowPerObserverWithTheirThreeMeasures() throws Exception {
    Path folder = ReportTestSupport.fixture("inference-run", tmp);

    ChartExporter.export(folder, ExportFormat.parse("html"));
    String html = Files.readString(folder.resolve("report.html"));

    int start = html.indexOf("<h3>Targetable dependencies</h3>");
    assertThat(start).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    // most pairs first: state 19, group 17, hub 12
    assertThat(table.indexOf("<td>state</td>")).isLessThan(table.indexOf("<td>group</td>"));
    assertThat(table.indexOf("<td>group</td>")).isLessThan(table.indexOf("<td>hub</td>"));
    // counts are whole numbers (the CI 9.5-14.5 rounds to 10-15); the dash is written as an HTML entity
    assertThat(table).contains("<tr><td>hub</td><td class=\"num\">12 (10 &ndash; 15)</td>"
        + "<td class=\"num\">36.0% (31.0&ndash;41.0%)</td><td class=\"num\">30.0% (25.0&ndash;35.0%)</td></tr>");
  }
}
