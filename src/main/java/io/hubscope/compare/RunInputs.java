package io.hubscope.compare;

import io.hubscope.results.MetricRow;
import io.hubscope.results.RunManifest;
import io.hubscope.results.RunManifestWriter;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The metric rows of one or more finished runs, with what makes them comparable.
 *
 * @param scenario scenario name
 * @param scenarioSha256 SHA-256 of the scenario file
 * @param seed master seed
 * @param replications replications per variant
 * @param shardRows rows per shard (the random streams depend on it)
 * @param variants variant ids, in run order
 * @param sources the run folders, as given
 * @param rows every metric row
 */
public record RunInputs(
    String scenario,
    String scenarioSha256,
    long seed,
    int replications,
    int shardRows,
    List<String> variants,
    List<String> sources,
    List<MetricRow> rows) {

  /**
   * Reads a run folder: {@code run.json} and {@code metrics.csv}.
   *
   * @param dir run folder
   * @return its inputs
   * @throws HubscopeException (exit 2) when the folder is not a readable run
   */
  public static RunInputs read(Path dir) {
    Path manifestFile = dir.resolve("run.json");
    if (!Files.isRegularFile(manifestFile)) {
      throw HubscopeException.invalidInput(dir + " is not a hubscope run folder (no run.json)",
          "pass folders written by 'hubscope run', or a scenario file with --all-variants");
    }
    RunManifest m;
    try {
      m = RunManifestWriter.read(manifestFile);
    } catch (IOException e) {
      throw HubscopeException.invalidInput("cannot read " + manifestFile + ": " + firstLine(e.getMessage()),
          "the run folder may be damaged; rerun 'hubscope run'");
    }
    List<MetricRow> rows = readMetrics(dir.resolve("metrics.csv"));
    Set<String> variants = new LinkedHashSet<>();
    rows.forEach(r -> variants.add(r.variant()));
    return new RunInputs(m.scenarioName(), m.scenarioSha256(), m.seed(), m.replications(), m.shardRows(),
        List.copyOf(variants), List.of(dir.toString()), List.copyOf(rows));
  }

  /**
   * Combines runs into one comparison, refusing runs that do not share the scenario file, seed, replication count
   * and shard size (without them variants would not share common random numbers), or that repeat a variant.
   *
   * @param runs runs in command-line order
   * @return the combined inputs
   * @throws HubscopeException (exit 2) naming the first two runs that differ and what differs
   */
  public static RunInputs combine(List<RunInputs> runs) {
    RunInputs first = runs.get(0);
    List<String> variants = new ArrayList<>(first.variants());
    List<String> sources = new ArrayList<>(first.sources());
    List<MetricRow> rows = new ArrayList<>(first.rows());
    for (RunInputs other : runs.subList(1, runs.size())) {
      String a = first.sources().get(0);
      String b = other.sources().get(0);
      String difference = difference(first, other);
      if (difference != null) {
        throw HubscopeException.invalidInput("cannot compare runs " + a + " and " + b + ": " + difference,
            "compare runs of the same scenario file with the same --seed and --replications, or run "
                + "'hubscope compare SCENARIO --all-variants'");
      }
      for (String v : other.variants()) {
        if (variants.contains(v)) {
          throw HubscopeException.invalidInput("cannot compare runs " + a + " and " + b + ": variant '" + v
              + "' appears in more than one run", "pass each variant's run once");
        }
        variants.add(v);
      }
      sources.addAll(other.sources());
      rows.addAll(other.rows());
    }
    return new RunInputs(first.scenario(), first.scenarioSha256(), first.seed(), first.replications(),
        first.shardRows(), variants, sources, rows);
  }

  private static String difference(RunInputs a, RunInputs b) {
    if (!a.scenario().equals(b.scenario())) {
      return "different scenarios ('" + a.scenario() + "' vs '" + b.scenario() + "')";
    }
    if (!a.scenarioSha256().equals(b.scenarioSha256())) {
      return "the scenario file differs (SHA-256 " + shortSha(a.scenarioSha256()) + " vs "
          + shortSha(b.scenarioSha256()) + ")";
    }
    if (a.seed() != b.seed()) {
      return "different seeds (" + a.seed() + " vs " + b.seed() + "), so the variants do not share common random "
          + "numbers";
    }
    if (a.replications() != b.replications()) {
      return "different replication counts (" + a.replications() + " vs " + b.replications() + ")";
    }
    if (a.shardRows() != b.shardRows()) {
      return "different shard sizes (" + a.shardRows() + " vs " + b.shardRows() + " rows), so the variants do not "
          + "share common random numbers";
    }
    return null;
  }

  private static String shortSha(String sha) {
    return sha == null ? "none" : sha.substring(0, Math.min(12, sha.length()));
  }

  private static List<MetricRow> readMetrics(Path file) {
    List<MetricRow> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = TidyCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<String> header = parser.getHeaderNames();
      for (String column : TidyCsvWriter.METRICS_HEADER) {
        if (!header.contains(column)) {
          throw HubscopeException.invalidInput(file + " has no column '" + column + "'",
              "pass run folders written by 'hubscope run'");
        }
      }
      for (CSVRecord rec : parser) {
        rows.add(new MetricRow(CsvCells.restore(rec.get("scenario")), CsvCells.restore(rec.get("variant")),
            CsvCells.restore(rec.get("observer")), Integer.parseInt(rec.get("replication")), rec.get("metric"),
            CsvCells.restore(rec.get("group")),
            number(rec.get("value")), rec.get("unit")));
      }
    } catch (NoSuchFileException e) {
      throw HubscopeException.invalidInput(file.getParent() + " has no metrics.csv",
          "the run did not finish; rerun 'hubscope run'");
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw HubscopeException.invalidInput("cannot read " + file + ": " + firstLine(e.getMessage()),
          "the run folder may be damaged; rerun 'hubscope run'");
    }
    return rows;
  }

  private static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell.toLowerCase(Locale.ROOT));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
