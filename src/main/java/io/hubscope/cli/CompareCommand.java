package io.hubscope.cli;

import io.hubscope.compare.ComparisonFiles;
import io.hubscope.compare.ComparisonRow;
import io.hubscope.compare.ComparisonSetup;
import io.hubscope.compare.ComparisonTable;
import io.hubscope.compare.OutputNames;
import io.hubscope.compare.RunInputs;
import io.hubscope.compare.VariantComparator;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.RunRecorder;
import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.RunFolder;
import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.util.HubscopeException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hubscope compare}: every variant against a baseline, with confidence intervals, Welch's t-test and a
 * verdict per metric; either running a scenario's variants under common random numbers, or from finished runs.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare variants with a baseline: mean and 95%% CI per variant, difference, relative change, "
        + "Welch's t-test p-value and a verdict (lower / higher / no detectable difference) for every metric.",
        "Either 'compare SCENARIO --all-variants' (runs the baseline and every variant with the same seed: common "
            + "random numbers) or 'compare RUN_DIR...' (finished runs of the same scenario file, seed and "
            + "replications).",
        "Writes results/<scenario>/compare-<time>/ (compare.csv, compare.json; with SCENARIO also metrics.csv, "
            + "summary.csv, run.json) and prints its path as the last line."})
final class CompareCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO|RUN_DIR",
      description = "A scenario file (with --all-variants), or one or more run folders.")
  List<Path> inputs;

  @Option(names = "--all-variants", description = "Run the baseline and every variant of SCENARIO.")
  boolean allVariants;

  @Option(names = "--baseline", paramLabel = "NAME", defaultValue = "baseline",
      description = "Variant to compare against (default: ${DEFAULT-VALUE}).")
  String baseline;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per variant, at least 2 (default: the scenario's meta.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's meta.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors). Results do not depend on it.")
  Integer threads;

  @Option(names = "--top", paramLabel = "N", defaultValue = "30",
      description = "Rows shown in the terminal, largest effect first (default: ${DEFAULT-VALUE}); all rows are "
          + "in compare.csv.")
  int top;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: results/<scenario>/compare-<time>). Must not exist.")
  Path outDir;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Option(names = "--no-charts", description = "Do not write charts/ and report.html (see 'hubscope export').")
  boolean noCharts;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws ScenarioException {
    if (top < 0) {
      throw HubscopeException.invalidInput("--top must be 0 or more, got " + top, "use --top 30");
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw HubscopeException.invalidInput(p + " does not exist", "give a scenario file or run folders");
      }
    }
    if (inputs.size() == 1 && Files.isRegularFile(inputs.get(0))) {
      return compareScenario(inputs.get(0));
    }
    for (Path p : inputs) {
      if (!Files.isDirectory(p)) {
        throw HubscopeException.invalidInput(p + " is not a run folder",
            "give either one scenario file (with --all-variants) or one or more run folders");
      }
    }
    return compareRuns();
  }

  private int compareScenario(Path file) throws ScenarioException {
    PrintWriter err = spec.commandLine().getErr();
    if (!allVariants) {
      throw HubscopeException.invalidInput("compare " + file + " needs --all-variants",
          "add --all-variants to run the baseline and every variant, or pass run folders");
    }
    List<LoadedScenario> loaded = ScenarioVariants.load(file, null, true);
    loaded.get(0).warnings().stream().map(Diagnostic::format).forEach(err::println);
    List<String> ids = loaded.stream().map(LoadedScenario::variant).toList();
    VariantComparator.checkBaseline(baseline, ids);
    var meta = loaded.get(0).scenario().meta();
    RunSettings settings = RunSettings.of(meta, replications, seed, threads, 2, " to test differences");
    List<VariantModel> models = new ArrayList<>();
    for (LoadedScenario l : loaded) {
      models.add(ScenarioVariants.model(l));
    }
    try (RunFolder folder = RunFolder.create(OutputNames.target(outDir, meta.name(), "compare"))) {
      RunRecorder recorder = new RunRecorder(folder.staging(), spec.commandLine().getParseResult().originalArgs());
      RunEngine.Request request = new RunEngine.Request(models, settings.replications(), settings.seed(),
          settings.threads(), ShardPlan.DEFAULT_SHARD_ROWS, MetricRegistry.standard(),
          ProgressDisplays.choose(quiet, err, HubscopeCommand.usesProcessStreams()), ReplicationListener.NONE);
      RunEngine.Result result = RunEngine.run(request);
      recorder.record(file, loaded.get(0), request, result);
      ComparisonSetup setup = new ComparisonSetup(meta.name(), loaded.get(0).sha256(), settings.seed(),
          settings.replications(), baseline, ids, List.of(file.toString()));
      List<ComparisonRow> rows = ComparisonFiles.compareAndWrite(folder.staging(), setup, result.rows());
      return finish(folder, setup, rows);
    }
  }

  private int compareRuns() {
    if (allVariants || replications != null || seed != null || threads != null) {
      throw HubscopeException.invalidInput("--all-variants, --replications, --seed and --threads apply only when "
          + "comparing a scenario file", "run folders are compared as they were run; drop those options");
    }
    List<RunInputs> runs = new ArrayList<>();
    for (Path p : inputs) {
      runs.add(RunInputs.read(p));
    }
    RunInputs all = RunInputs.combine(runs);
    if (all.replications() < 2) {
      throw HubscopeException.invalidInput("the runs have " + all.replications() + " replication per variant; "
          + "comparing needs at least 2 to test differences", "rerun with --replications 3 or more");
    }
    VariantComparator.checkBaseline(baseline, all.variants());
    ComparisonSetup setup = new ComparisonSetup(all.scenario(), all.scenarioSha256(), all.seed(),
        all.replications(), baseline, all.variants(), all.sources());
    try (RunFolder folder = RunFolder.create(OutputNames.target(outDir, all.scenario(), "compare"))) {
      List<ComparisonRow> rows = ComparisonFiles.compareAndWrite(folder.staging(), setup, all.rows());
      return finish(folder, setup, rows);
    }
  }

  private int finish(RunFolder folder, ComparisonSetup setup, List<ComparisonRow> rows) {
    return ChartsAfterRun.finish(folder, !noCharts, ComparisonTable.render(setup, rows, top),
        spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
