package io.hubscope.cli;

import io.hubscope.report.ChartExporter;
import io.hubscope.report.ExportFormat;
import io.hubscope.util.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hubscope export RUN_DIR}: charts (tidy CSV, Vega-Lite, SVG, PNG), report.html and graph files of a results
 * folder; prints what it wrote and, last, the folder written into.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the charts, the HTML report and graph files of a results folder (run, compare or sweep).",
        "Charts go to charts/ (a tidy CSV, a Vega-Lite v5 spec, an SVG and a PNG each), the report to report.html, "
            + "graphs to graphs/ (GraphML/GEXF of the network, the true supply graph and each observer's "
            + "reconstructed one; made by simulating replication 1 again). Nothing is overwritten: into an "
            + "existing folder, each requested output must be absent; use --out for a new folder."})
final class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A results folder written by run, compare or sweep.")
  Path folder;

  @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv,vega,svg,png,html",
      description = "Comma-separated: csv, vega, svg, png, html, graphml, gexf (default: ${DEFAULT-VALUE}).")
  String formats;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write into this new folder instead of RUN_DIR (must not exist).")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    ChartExporter.Result result = ChartExporter.export(folder, ExportFormat.parse(formats), out);
    stdout.println(result.charts() + " chart" + (result.charts() == 1 ? "" : "s") + ", " + result.files().size()
        + " file" + (result.files().size() == 1 ? "" : "s") + " written:");
    result.files().forEach(f -> stdout.println("  " + f));
    stdout.println(result.destination());
    stdout.flush();
    return ExitCode.OK;
  }
}
