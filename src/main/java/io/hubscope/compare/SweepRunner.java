package io.hubscope.compare;

import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.MetricRow;
import io.hubscope.results.ReplicationSummarizer;
import io.hubscope.results.SummaryRow;
import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.scenario.ScenarioPath;
import io.hubscope.simulation.ShardPlan;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.RunProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sweep: every grid point is applied to the (variant-resolved) scenario tree with {@link ScenarioPath#set},
 * checked like a scenario file, and simulated with the same seed, so the points share common random numbers and
 * differ only by the swept values.
 */
public final class SweepRunner {

  /** The default utility row: the share of shipments for which each party holds what it needs. */
  public static final String UTILITY_ROW = "utility.needs_met";

  /**
   * How to run each point.
   *
   * @param replications replications per point
   * @param seed master seed shared by every point
   * @param threads worker threads
   * @param metrics metric registry
   * @param progress progress display
   */
  public record Settings(int replications, long seed, int threads, MetricRegistry metrics, RunProgress progress) {}

  /**
   * What one point gave.
   *
   * @param point the point
   * @param rows per-replication metric rows
   * @param summary rows summarised across replications
   */
  public record PointResult(SweepPoint point, List<MetricRow> rows, List<SummaryRow> summary) {}

  private SweepRunner() {}

  /**
   * The default utility selector: {@code utility.needs_met}, every party's row.
   *
   * @return the selector
   */
  public static ScoreSelector defaultUtility() {
    return new ScoreSelector(UTILITY_ROW, java.util.Map.of());
  }

  /**
   * Applies and checks every point before anything runs.
   *
   * @param file scenario file
   * @param variant variant applied before the swept values, or null
   * @param points the points
   * @return each point's model (network, routes, disclosure and views), built once, in point order, in a list the
   *     caller may clear as the points run
   * @throws HubscopeException (exit 2) naming the first point whose path cannot be set or whose scenario is
   *     invalid, with the first problem found
   */
  public static List<VariantModel> load(Path file, String variant, List<SweepPoint> points) {
    List<VariantModel> out = new ArrayList<>();
    for (SweepPoint p : points) {
      out.add(loadPoint(file, variant, p));
    }
    return out;
  }

  private static VariantModel loadPoint(Path file, String variant, SweepPoint point) {
    try {
      LoadedScenario loaded = ScenarioLoader.loadEdited(file, variant, point.label(), tree -> {
        for (int i = 0; i < point.paths().size(); i++) {
          String path = point.paths().get(i);
          try {
            ScenarioPath.parse(path).set(tree, point.values().get(i).deepCopy());
          } catch (IllegalArgumentException e) {
            throw HubscopeException.invalidInput("--set '" + path + "': " + e.getMessage(),
                "paths are dotted keys with [n] or [key=value] list selectors; the selected list item must exist "
                    + "(run 'hubscope inspect' to see the scenario)");
          }
        }
      });
      // building the model also checks what the file checks cannot (routes exist, transforms apply)
      return VariantModel.of(loaded);
    } catch (ScenarioException e) {
      List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
      Diagnostic first = errors.isEmpty() ? e.diagnostics().get(0) : errors.get(0);
      String suffix = " [with " + point.label() + "]";
      String message = first.message().endsWith(suffix)
          ? first.message().substring(0, first.message().length() - suffix.length()) : first.message();
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
      // a problem with a value the sweep set comes from the command line: the file's line there holds the old value
      boolean fromSet = point.paths().stream().anyMatch(p -> first.path().equals(p)
          || first.path().startsWith(p + ".") || first.path().startsWith(p + "["));
      String where = fromSet ? "" : first.file() + ":" + first.location().line() + ":" + first.location().column()
          + ": ";
      throw HubscopeException.invalidInput("sweep point " + point.id() + " (" + point.label()
          + ") makes the scenario invalid: " + where + first.path() + ": " + message + more,
          (first.hint() == null || first.hint().isBlank() ? "" : first.hint() + "; ")
              + "values that must change together can be tied with --tie PATH=W1,W2,...");
    } catch (IllegalArgumentException e) {
      throw HubscopeException.invalidInput("sweep point " + point.id() + " (" + point.label()
          + ") makes the scenario invalid: " + e.getMessage(), "run 'hubscope validate' on the scenario");
    }
  }

  /**
   * Simulates one point.
   *
   * @param point the point
   * @param model its model, from {@link #load}
   * @param settings how to run
   * @return its rows and summary
   */
  public static PointResult run(SweepPoint point, VariantModel model, Settings settings) {
    RunEngine.Result result = RunEngine.run(new RunEngine.Request(List.of(model), settings.replications(),
        settings.seed(), settings.threads(), ShardPlan.DEFAULT_SHARD_ROWS, settings.metrics(), settings.progress(),
        ReplicationListener.NONE));
    return new PointResult(point, result.rows(), ReplicationSummarizer.summarise(result.rows()));
  }
}
