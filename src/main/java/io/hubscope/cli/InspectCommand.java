package io.hubscope.cli;

import io.hubscope.report.InspectJsonFormatter;
import io.hubscope.report.InspectReport;
import io.hubscope.report.InspectReportBuilder;
import io.hubscope.report.InspectTextFormatter;
import io.hubscope.report.ScenarioInspection;
import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
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
 * {@code hubscope inspect FILE}: summarises a scenario — parties, regions, network and chokepoints, routes, world
 * sizes and the data-flow matrix — as text or JSON, and optionally writes the network as a graph file.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Summarise a scenario: parties, regions, network size, each node's betweenness and the share of "
        + "origin-destination pairs that cannot avoid it, routes, world sizes and the data-flow matrix "
        + "(field x party: what each party receives after transforms)."})
final class InspectCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text, json
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--variant", paramLabel = "NAME", description = "Apply a variant of the scenario.")
  String variant;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--graph", paramLabel = "FILE",
      description = "Also write the network to FILE: .graphml, .dot/.gv or .gexf (never overwrites).")
  Path graph;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws ScenarioException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (graph != null) {
      ScenarioInspection.checkGraphFileName(graph);
    }
    LoadedScenario loaded = ScenarioLoader.load(file, variant);
    loaded.warnings().stream().map(Diagnostic::format).forEach(err::println);
    ScenarioInspection inspection = ScenarioInspection.of(loaded);
    if (graph != null) {
      inspection.writeGraph(graph);
    }
    InspectReport report = InspectReportBuilder.build(inspection);
    out.print(format == Format.json ? InspectJsonFormatter.format(report) : InspectTextFormatter.format(report));
    out.flush();
    err.flush();
    return ExitCode.OK;
  }
}
