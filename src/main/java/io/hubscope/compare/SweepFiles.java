package io.hubscope.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.hubscope.results.MetricRow;
import io.hubscope.results.SummaryRow;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a sweep's files. Every CSV starts with {@code point} and one column per swept path (the point's
 * coordinates, headed by the path as written); text from the scenario or the command line goes through
 * {@link CsvCells#safe}, numbers through {@link Numbers#format}.
 * <ul>
 *   <li>{@code sweep.csv}: {@code point,<paths>,scenario,variant,observer,metric,group,n,mean,sd,ci_low,ci_high,unit}
 *       (the summary rows of every point);</li>
 *   <li>{@code pareto.csv}: {@code point,<paths>,scenario,variant,observer,exposure_metric,exposure,utility_metric,
 *       utility,pareto};</li>
 *   <li>{@code sweep-metrics.csv}: {@code point,<paths>} then the columns of {@code metrics.csv} (per
 *       replication);</li>
 *   <li>{@code sweep.json}: what was swept and how, for reproduction.</li>
 * </ul>
 */
public final class SweepFiles {

  /** Columns of sweep.csv after the point's coordinates. */
  public static final List<String> SWEEP_COLUMNS = List.of(TidyCsvWriter.SUMMARY_HEADER);

  /** Columns of pareto.csv after the point's coordinates. */
  public static final List<String> PARETO_COLUMNS = List.of("scenario", "variant", "observer", "exposure_metric",
      "exposure", "utility_metric", "utility", "pareto");

  private SweepFiles() {}

  /**
   * Writes sweep.csv.
   *
   * @param file target
   * @param results every point's result, in point order
   */
  public static void writeSweep(Path file, List<SweepRunner.PointResult> results) {
    List<String> paths = results.get(0).point().paths();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord(header(paths, SWEEP_COLUMNS));
      for (SweepRunner.PointResult res : results) {
        List<String> lead = lead(res.point());
        for (SummaryRow r : res.summary()) {
          List<Object> cells = new ArrayList<>(lead);
          cells.addAll(List.of(CsvCells.safe(r.scenario()), CsvCells.safe(r.variant()), CsvCells.safe(r.observer()),
              CsvCells.safe(r.metric()), CsvCells.safe(r.group()), r.n(), Numbers.format(r.mean()),
              Numbers.format(r.sd()), Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()), CsvCells.safe(r.unit())));
          p.printRecord(cells);
        }
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * Writes sweep-metrics.csv.
   *
   * @param file target
   * @param results every point's result, in point order
   */
  public static void writeMetrics(Path file, List<SweepRunner.PointResult> results) {
    List<String> paths = results.get(0).point().paths();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord(header(paths, List.of(TidyCsvWriter.METRICS_HEADER)));
      for (SweepRunner.PointResult res : results) {
        List<String> lead = lead(res.point());
        for (MetricRow r : res.rows()) {
          List<Object> cells = new ArrayList<>(lead);
          cells.addAll(List.of(CsvCells.safe(r.scenario()), CsvCells.safe(r.variant()), CsvCells.safe(r.observer()),
              r.replication(), CsvCells.safe(r.metric()), CsvCells.safe(r.group()), Numbers.format(r.value()),
              CsvCells.safe(r.unit())));
          p.printRecord(cells);
        }
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * Writes pareto.csv.
   *
   * @param file target
   * @param scenario scenario name
   * @param variant variant the points were applied to
   * @param rows scored rows
   * @param exposure exposure selector
   * @param utility utility selector
   */
  public static void writePareto(Path file, String scenario, String variant, List<ParetoRow> rows,
      ScoreSelector exposure, ScoreSelector utility) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord(header(rows.get(0).point().paths(), PARETO_COLUMNS));
      for (ParetoRow r : rows) {
        List<Object> cells = new ArrayList<>(lead(r.point()));
        cells.addAll(List.of(CsvCells.safe(scenario), CsvCells.safe(variant), CsvCells.safe(r.observer()),
            CsvCells.safe(exposure.toString()), Numbers.format(r.exposure()), CsvCells.safe(utility.toString()),
            Numbers.format(r.utility()), Boolean.toString(r.pareto())));
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * What sweep.json records besides the axes and points.
   *
   * @param tool tool name and version
   * @param javaVersion Java runtime version
   * @param command command-line arguments
   * @param scenarioFile scenario file as given
   * @param scenarioSha256 SHA-256 of the file
   * @param scenario scenario name
   * @param variant variant the points were applied to
   * @param seed master seed
   * @param replications replications per point
   * @param threads worker threads
   * @param metrics metric registry names
   * @param startedAt ISO-8601 start time
   * @param finishedAt ISO-8601 end time
   */
  public record Provenance(String tool, String javaVersion, List<String> command, String scenarioFile,
      String scenarioSha256, String scenario, String variant, long seed, int replications, int threads,
      List<String> metrics, String startedAt, String finishedAt) {}

  /**
   * Writes sweep.json.
   *
   * @param file target
   * @param provenance what was run
   * @param axes the axes
   * @param points the points
   * @param exposure exposure selector
   * @param utility utility selector
   */
  public static void writeJson(Path file, Provenance provenance, List<SweepAxis> axes, List<SweepPoint> points,
      ScoreSelector exposure, ScoreSelector utility) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = SafeJson.open(w)) {
      g.writeStartObject();
      g.writeStringField("tool", provenance.tool());
      g.writeStringField("java_version", provenance.javaVersion());
      SafeJson.strings(g, "command", provenance.command());
      g.writeStringField("scenario_file", provenance.scenarioFile());
      g.writeStringField("scenario_sha256", provenance.scenarioSha256());
      g.writeStringField("scenario", provenance.scenario());
      g.writeStringField("variant", provenance.variant());
      g.writeNumberField("seed", provenance.seed());
      g.writeNumberField("replications", provenance.replications());
      g.writeNumberField("threads", provenance.threads());
      SafeJson.strings(g, "metrics", provenance.metrics());
      g.writeStringField("exposure_metric", exposure.toString());
      g.writeStringField("utility_metric", utility.toString());
      g.writeArrayFieldStart("axes");
      for (SweepAxis a : axes) {
        g.writeStartObject();
        SafeJson.strings(g, "paths", a.paths());
        g.writeArrayFieldStart("values");
        for (List<JsonNode> column : a.values()) {
          SafeJson.strings(g, null, column.stream().map(SweepAxis::text).toList());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("points");
      for (SweepPoint p : points) {
        g.writeStartObject();
        g.writeNumberField("point", p.id());
        g.writeObjectFieldStart("coordinates");
        for (int i = 0; i < p.paths().size(); i++) {
          g.writeStringField(p.paths().get(i), p.coordinates().get(i));
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("started_at", provenance.startedAt());
      g.writeStringField("finished_at", provenance.finishedAt());
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  private static List<String> header(List<String> paths, List<String> columns) {
    List<String> h = new ArrayList<>();
    h.add("point");
    paths.forEach(p -> h.add(CsvCells.safe(p)));
    h.addAll(columns);
    return h;
  }

  private static List<String> lead(SweepPoint point) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(point.id()));
    List<JsonNode> values = point.values();
    for (JsonNode v : values) {
      cells.add(v.isNumber() ? Numbers.format(v.doubleValue()) : CsvCells.safe(v.asText()));
    }
    return cells;
  }
}
