package io.hubscope.cli;

import io.hubscope.compare.OutputNames;
import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.RunRecorder;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.RunFolder;
import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.DisruptionSpec;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.RunProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hubscope run SCENARIO}: simulates replications, measures every observer, writes a results folder and
 * prints its path as the last line of stdout.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Simulate a scenario and measure what each observer can see and infer.",
        "Writes results/<scenario>/<run-id>/ (run.json, metrics.csv, summary.csv, dataflow.csv, observers.csv, "
            + "charts/, report.html, optional views) and prints the folder's path as the last line."})
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--replications", paramLabel = "N",
      description = "Independent replications (default: the scenario's meta.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's meta.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors). Results do not depend on it.")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: results/<scenario>/<run-id>). Must not exist.")
  Path outDir;

  /** Variant selection. */
  static final class VariantChoice {
    @Option(names = "--variant", paramLabel = "NAME", description = "Run one variant instead of the baseline.")
    String variant;

    @Option(names = "--all-variants", description = "Run the baseline and every variant (common random numbers).")
    boolean all;
  }

  @ArgGroup(exclusive = true)
  VariantChoice choice;

  @Option(names = "--export-view", description = "Also write view-<observer>.csv and truth.csv.")
  boolean exportView;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Option(names = "--no-charts", description = "Do not write charts/ and report.html (see 'hubscope export').")
  boolean noCharts;

  @Option(names = "--disrupt", paramLabel = "NODE:START:DAYS",
      description = "Disruption experiment: node NODE stops from day START (0-based) for DAYS days; overrides the "
          + "scenario's disruption section.")
  String disrupt;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws ScenarioException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (replications != null && replications < 1) {
      throw HubscopeException.invalidInput("--replications must be at least 1, got " + replications,
          "use --replications 1 or more");
    }
    if (threads != null && threads < 1) {
      throw HubscopeException.invalidInput("--threads must be at least 1, got " + threads, "omit it to use every core");
    }
    List<LoadedScenario> loaded = ScenarioVariants.load(file, choice == null ? null : choice.variant, choice != null && choice.all);
    loaded.get(0).warnings().stream().map(Diagnostic::format).forEach(err::println);
    List<VariantModel> models = new ArrayList<>();
    for (LoadedScenario l : loaded) {
      models.add(ScenarioVariants.model(l));
    }
    DisruptionSpec disruption = disrupt == null ? null : DisruptOption.parse(disrupt, models);
    var meta = loaded.get(0).scenario().meta();
    // options are range-checked above, before the scenario is read; here they fall back to the scenario's meta
    RunSettings settings = RunSettings.of(meta, replications, seed, threads, 1, "");
    int reps = settings.replications();
    long runSeed = settings.seed();
    int workers = settings.threads();
    Path target = OutputNames.target(outDir, meta.name(), null);
    RunProgress progress = ProgressDisplays.choose(quiet, err, HubscopeCommand.usesProcessStreams());
    try (RunFolder folder = RunFolder.create(target)) {
      RunRecorder recorder = new RunRecorder(folder.staging(), spec.commandLine().getParseResult().originalArgs());
      ReplicationListener listener = exportView ? recorder.viewExporter(runSeed) : ReplicationListener.NONE;
      RunEngine.Request request = new RunEngine.Request(models, reps, runSeed, workers,
          ShardPlan.DEFAULT_SHARD_ROWS, MetricRegistry.standard(), progress, listener, disruption);
      recorder.record(file, loaded.get(0), request, RunEngine.run(request));
      return ChartsAfterRun.finish(folder, !noCharts, null, out, err);
    }
  }
}
