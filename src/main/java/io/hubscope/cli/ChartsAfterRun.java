package io.hubscope.cli;

import io.hubscope.report.ChartExporter;
import io.hubscope.report.ExportFormat;
import io.hubscope.results.RunFolder;
import io.hubscope.util.ExitCode;
import io.hubscope.util.HubscopeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Finishes a results folder that is still being staged (run, compare, sweep): writes its charts and report, moves it
 * into place and prints its summary and path. A failure of the charts costs only the charts: the results are kept,
 * and a warning says how to make the charts later.
 */
final class ChartsAfterRun {

  private ChartsAfterRun() {}

  /**
   * Exports the default formats into the staging folder.
   *
   * @param folder the open results folder
   * @param err where the warning goes
   */
  private static void write(RunFolder folder, PrintWriter err) {
    try {
      ChartExporter.export(folder.staging(), ExportFormat.DEFAULT);
    } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
      if (folder.aborted()) {
        // Ctrl-C: the shutdown is removing the folder under the charts; commit refuses next, nothing to report
        return;
      }
      // drawing needs fonts and AWT classes; without them the results are still worth keeping
      String why = e instanceof HubscopeException ? e.getMessage() : e.toString();
      err.println("warning: charts and report.html were not written: " + why
          + " (hint: run 'hubscope export " + folder.target() + "' to try again)");
      err.flush();
    }
  }

  /**
   * Finishes a results folder: charts and report (unless turned off), then the folder moved into place, then on
   * {@code out} the summary table (if any) and a blank line, and last the folder's path.
   *
   * @param folder the open results folder
   * @param charts whether to write charts and the report
   * @param table lines to print before the path, or null for none
   * @param out standard output
   * @param err where a chart warning goes
   * @return the exit code of success
   */
  static int finish(RunFolder folder, boolean charts, List<String> table, PrintWriter out, PrintWriter err) {
    if (charts) {
      write(folder, err);
    }
    Path done = folder.commit();
    if (table != null) {
      table.forEach(out::println);
      out.println();
    }
    out.println(done);
    out.flush();
    return ExitCode.OK;
  }
}
