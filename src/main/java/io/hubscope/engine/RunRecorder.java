package io.hubscope.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubscope.metrics.Metric;
import io.hubscope.results.ReplicationSummarizer;
import io.hubscope.results.RunManifest;
import io.hubscope.results.RunManifestWriter;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.util.BuildInfo;
import io.hubscope.util.HubscopeException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's files into its (staging) folder: {@code metrics.csv}, {@code summary.csv}, {@code run.json},
 * {@code dataflow.csv} and {@code observers.csv} ({@link DisclosureTables}), and with {@link #viewExporter} the view
 * and truth exports.
 */
public final class RunRecorder {

  private final Path folder;
  private final List<String> command;
  private final String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  private ViewExporter exporter;

  /**
   * Creates the recorder.
   *
   * @param folder folder to write into
   * @param command command-line arguments, for run.json
   */
  public RunRecorder(Path folder, List<String> command) {
    this.folder = folder;
    this.command = List.copyOf(command);
  }

  /**
   * A listener that exports views and truth; closed by {@link #record}.
   *
   * @param seed master seed (pseudonym keys and noise streams derive from it)
   * @return the exporter
   */
  public ReplicationListener viewExporter(long seed) {
    if (exporter == null) {
      exporter = new ViewExporter(folder, seed);
    }
    return exporter;
  }

  /**
   * Writes every file of a finished run.
   *
   * @param file scenario file as given
   * @param base the first loaded variant (for file hash and name)
   * @param request what was run
   * @param result what came out
   */
  public void record(Path file, LoadedScenario base, RunEngine.Request request, RunEngine.Result result) {
    if (exporter != null) {
      try {
        exporter.close();
      } catch (UncheckedIOException e) {
        throw HubscopeException.cannotWrite("cannot finish view exports: " + e.getCause().getMessage(),
            "check disk space", e);
      }
    }
    TidyCsvWriter.writeMetrics(folder.resolve("metrics.csv"), result.rows());
    TidyCsvWriter.writeSummary(folder.resolve("summary.csv"), ReplicationSummarizer.summarise(result.rows()));
    DisclosureTables.write(folder, request.variants(), request.seed());
    Map<String, JsonNode> variants = new LinkedHashMap<>();
    request.variants().forEach(v -> variants.put(v.variant(), asSimulated(v.loaded().tree(), request)));
    List<RunManifest.ReplicationRun> runs = result.stats().stream().map(s -> new RunManifest.ReplicationRun(
        s.variant(), s.replication(), s.worldSeed(), s.shipments(), s.simulateMillis(), s.metricsMillis())).toList();
    RunManifest manifest = new RunManifest("hubscope", BuildInfo.version(), System.getProperty("java.version"),
        command, file.toString(), base.sha256(), base.scenario().meta().name(), request.seed(),
        request.replications(), request.threads(), request.shardRows(), startedAt,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), variants, runs,
        request.metrics().all().stream().map(Metric::name).toList());
    RunManifestWriter.write(folder.resolve("run.json"), manifest);
  }

  /**
   * A variant's resolved scenario as it was simulated: without the file's list of variants (each variant is recorded
   * under its own name) and with the run's seed and number of replications, which the command line may override.
   */
  private static JsonNode asSimulated(JsonNode tree, RunEngine.Request request) {
    JsonNode copy = tree.deepCopy();
    if (copy instanceof ObjectNode root) {
      root.remove("variants");
      if (root.get("meta") instanceof ObjectNode meta) {
        meta.put("seed", request.seed());
        meta.put("replications", request.replications());
      }
    }
    return copy;
  }
}
