package io.hubscope.cli;

import io.hubscope.compare.OutputNames;
import io.hubscope.compare.ParetoRow;
import io.hubscope.compare.ScoreSelector;
import io.hubscope.compare.SweepAxis;
import io.hubscope.compare.SweepFiles;
import io.hubscope.compare.SweepPoint;
import io.hubscope.compare.SweepRunner;
import io.hubscope.compare.SweepTable;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.Metric;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.RunFolder;
import io.hubscope.results.SummaryRow;
import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.BuildInfo;
import io.hubscope.util.HubscopeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hubscope sweep}: a grid over scenario values, every point simulated with the same seed, with each
 * observer's exposure-vs-utility trade-off and its Pareto front.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run a scenario over a grid of values: the cartesian product of the --set options, every point "
        + "checked like a scenario file and simulated with the same seed (common random numbers).",
        "Writes results/<scenario>/sweep-<time>/ (sweep.csv, pareto.csv, sweep-metrics.csv, sweep.json) and prints "
            + "its path as the last line."},
    footer = {"", "Examples:",
        "  hubscope sweep scenarios/liege-baseline.yaml --variant coarse-postcode \\",
        "      --set 'transforms[field=consignee_postcode].digits=1,2,3,4'",
        "  hubscope sweep scenarios/liege-baseline.yaml --set network.routing.hubShares.LGG=0.5,0.7,0.9 \\",
        "      --tie network.routing.hubShares.LEJ=0.5,0.3,0.1"})
final class SweepCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path file;

  /** One axis of the grid: a --set and the --tie options after it. */
  static final class Axis {
    @Option(names = "--set", required = true, paramLabel = "PATH=V1,V2,...",
        description = "A scenario path (dotted keys, [n] and [key=value] selectors, as in variants) and its values, "
            + "read as YAML scalars. Several --set options make a grid (every combination).")
    String set;

    @Option(names = "--tie", paramLabel = "PATH=W1,W2,...",
        description = "A path that moves with the --set before it: its k-th value goes with that --set's k-th "
            + "value (e.g. hub shares that must sum to 1).")
    List<String> ties = new ArrayList<>();
  }

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  List<Axis> axes;

  @Option(names = "--variant", paramLabel = "NAME", description = "Apply this variant before the swept values.")
  String variant;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per point (default: the scenario's meta.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's meta.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: available processors). Results do not depend on it.")
  Integer threads;

  @Option(names = "--exposure", paramLabel = "METRIC[:GROUP]",
      description = "Exposure score (lower is better): the mean of the matching summary rows, e.g. "
          + "exposure.share:field=consignee_name|consignee_street;form=clear (default: exposure.share in clear, "
          + "averaged over the scenario's direct-identifier fields).")
  String exposure;

  @Option(names = "--utility", paramLabel = "METRIC[:GROUP]",
      description = "Utility score (higher is better), same syntax (default: utility.needs_met, every party).")
  String utility;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: results/<scenario>/sweep-<time>). Must not exist.")
  Path outDir;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Option(names = "--no-charts", description = "Do not write charts/ and report.html (see 'hubscope export').")
  boolean noCharts;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws ScenarioException {
    PrintWriter err = spec.commandLine().getErr();
    List<SweepAxis> parsed = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Axis a : axes) {
      SweepAxis axis = SweepAxis.parse(a.set, a.ties);
      for (String p : axis.paths()) {
        if (seen.contains(p)) {
          throw HubscopeException.invalidInput("path '" + p + "' is swept twice", "give each path in one --set or --tie");
        }
        seen.add(p);
      }
      parsed.add(axis);
    }
    LoadedScenario base = ScenarioLoader.load(file, variant);
    base.warnings().stream().map(Diagnostic::format).forEach(err::println);
    var meta = base.scenario().meta();
    RunSettings settings = RunSettings.of(meta, replications, seed, threads, 1, "");
    MetricRegistry metrics = MetricRegistry.standard();
    ScoreSelector exposureScore = exposure != null ? ScoreSelector.parse("--exposure", exposure)
        : ScoreSelector.defaultExposure(base.scenario());
    ScoreSelector utilityScore = utility != null ? ScoreSelector.parse("--utility", utility)
        : SweepRunner.defaultUtility();
    List<SweepPoint> points = SweepPoint.grid(parsed);
    List<VariantModel> models = SweepRunner.load(file, variant, points);
    Path target = OutputNames.target(outDir, meta.name(), "sweep");
    String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    try (RunFolder folder = RunFolder.create(target)) {
      SweepRunner.Settings run = new SweepRunner.Settings(settings.replications(), settings.seed(),
          settings.threads(), metrics, ProgressDisplays.choose(quiet, err, HubscopeCommand.usesProcessStreams()));
      List<SweepRunner.PointResult> results = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        if (!quiet) {
          err.println("point " + points.get(i).id() + "/" + points.size() + ": " + points.get(i).label());
          err.flush();
        }
        SweepRunner.PointResult r = SweepRunner.run(points.get(i), models.get(i), run);
        models.set(i, null); // a point's model is not needed once it has run
        if (i == 0) {
          checkSelects("--exposure", exposureScore, r.summary());
          checkSelects("--utility", utilityScore, r.summary());
        }
        results.add(r);
      }
      List<ParetoRow> pareto = ParetoRow.score(points, results.stream().map(SweepRunner.PointResult::summary)
          .toList(), exposureScore, utilityScore);
      Path dir = folder.staging();
      SweepFiles.writeSweep(dir.resolve("sweep.csv"), results);
      SweepFiles.writePareto(dir.resolve("pareto.csv"), meta.name(), base.variant(), pareto, exposureScore,
          utilityScore);
      SweepFiles.writeMetrics(dir.resolve("sweep-metrics.csv"), results);
      SweepFiles.writeJson(dir.resolve("sweep.json"), new SweepFiles.Provenance("hubscope " + BuildInfo.version(),
          System.getProperty("java.version"), spec.commandLine().getParseResult().originalArgs(), file.toString(),
          base.sha256(), meta.name(), base.variant(), settings.seed(), settings.replications(), settings.threads(),
          metrics.all().stream().map(Metric::name).toList(), startedAt,
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()), parsed, points, exposureScore, utilityScore);
      return ChartsAfterRun.finish(folder, !noCharts,
          SweepTable.render(meta.name(), points, pareto, exposureScore, utilityScore), spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }

  private static void checkSelects(String option, ScoreSelector selector, List<SummaryRow> rows) {
    if (!selector.matchesAny(rows)) {
      TreeSet<String> names = new TreeSet<>();
      rows.forEach(r -> names.add(r.metric()));
      throw HubscopeException.invalidInput(option + " '" + selector + "' matches no metric row",
          "metrics computed: " + String.join(", ", names));
    }
  }
}
