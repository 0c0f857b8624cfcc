package io.hubscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hubscope.compare.ComparisonFiles;
import io.hubscope.compare.SweepFiles;
import io.hubscope.engine.DisclosureTables;
import io.hubscope.results.RunManifest;
import io.hubscope.results.RunManifestWriter;
import io.hubscope.results.SummaryRow;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a results folder holds, read back for charts and the report: {@code run.json}, {@code summary.csv},
 * {@code dataflow.csv}, {@code observers.csv} (a run), {@code compare.csv} (a comparison), {@code sweep.csv} and
 * {@code pareto.csv} (a sweep). Every file is optional; a folder needs at least one of summary, compare or sweep.
 * Text cells lose the apostrophe that {@link io.hubscope.util.CsvCells#safe} put before a would-be formula, so the
 * values here are the scenario's own text.
 *
 * @param folder the folder read
 * @param manifest run.json, or null
 * @param summary summary.csv rows (empty when absent)
 * @param dataflow dataflow.csv rows
 * @param observers observers.csv rows
 * @param compare compare.csv rows
 * @param sweep sweep.csv rows
 * @param sweepPaths the swept paths (sweep.csv columns besides the summary columns and {@code point})
 * @param pareto pareto.csv rows
 */
public record ResultsData(
    Path folder,
    RunManifest manifest,
    List<SummaryRow> summary,
    List<DataflowRow> dataflow,
    List<ObserverRow> observers,
    List<CompareRow> compare,
    List<SweepRow> sweep,
    List<String> sweepPaths,
    List<ParetoRow> pareto) {

  /**
   * A row of dataflow.csv.
   *
   * @param variant variant
   * @param field field id
   * @param party party id
   * @param form form label ({@code none} when not held)
   * @param share share of traffic
   */
  public record DataflowRow(String variant, String field, String party, String form, double share) {}

  /**
   * A row of observers.csv.
   *
   * @param variant variant
   * @param observer observer id
   * @param party the observer's party
   * @param pooled pooled party ids
   * @param description threat model
   */
  public record ObserverRow(String variant, String observer, String party, List<String> pooled,
      String description) {}

  /**
   * A row of compare.csv: a metric of one variant against the baseline.
   *
   * @param scenario scenario
   * @param observer observer
   * @param metric metric
   * @param group group
   * @param unit unit
   * @param baseline baseline variant id
   * @param variant compared variant id
   * @param n replications
   * @param baselineMean baseline mean
   * @param baselineLow baseline CI low
   * @param baselineHigh baseline CI high
   * @param variantMean variant mean
   * @param variantLow variant CI low
   * @param variantHigh variant CI high
   * @param difference variant - baseline
   * @param relativeChange difference / baseline
   * @param pValue Welch's t-test p-value
   * @param verdict plain-language verdict
   * @param effectSize effect size
   */
  public record CompareRow(String scenario, String observer, String metric, String group, String unit,
      String baseline, String variant, int n, double baselineMean, double baselineLow, double baselineHigh,
      double variantMean, double variantLow, double variantHigh, double difference, double relativeChange,
      double pValue, String verdict, double effectSize) {}

  /**
   * A row of sweep.csv: a summary row at one point of the grid.
   *
   * @param point point number
   * @param coordinates swept path to value, in column order
   * @param row the summary row
   */
  public record SweepRow(int point, Map<String, String> coordinates, SummaryRow row) {}

  /**
   * A row of pareto.csv.
   *
   * @param point point number
   * @param coordinates swept path to value
   * @param observer observer
   * @param exposure exposure score
   * @param utility utility score
   * @param pareto on the Pareto front
   */
  public record ParetoRow(int point, Map<String, String> coordinates, String observer, double exposure,
      double utility, boolean pareto) {}

  private static final CSVFormat READ = TidyCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();

  /**
   * Reads a folder.
   *
   * @param folder a run, compare or sweep folder
   * @return its data
   * @throws HubscopeException (invalid input) when it is not a results folder or a file is malformed
   */
  public static ResultsData read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw HubscopeException.invalidInput("results folder " + folder + " does not exist",
          "give the folder that 'hubscope run' printed");
    }
    boolean any = Files.exists(folder.resolve("summary.csv")) || Files.exists(folder.resolve("compare.csv"))
        || Files.exists(folder.resolve("sweep.csv"));
    if (!any) {
      throw HubscopeException.invalidInput(folder + " is not a hubscope results folder (no summary.csv, "
          + "compare.csv or sweep.csv)", "give the folder that 'hubscope run', 'compare' or 'sweep' printed");
    }
    RunManifest manifest = null;
    Path runJson = folder.resolve("run.json");
    if (Files.exists(runJson)) {
      try {
        manifest = RunManifestWriter.read(runJson);
      } catch (IOException e) {
        throw HubscopeException.invalidInput("cannot read " + runJson + ": " + firstLine(e.getMessage()),
            "the file may be damaged; rerun the scenario");
      }
    }
    List<SummaryRow> summary = new ArrayList<>();
    read(folder.resolve("summary.csv"), List.of(TidyCsvWriter.SUMMARY_HEADER), r -> summary.add(summaryRow(r)));
    List<DataflowRow> dataflow = new ArrayList<>();
    read(folder.resolve("dataflow.csv"), List.of(DisclosureTables.DATAFLOW_HEADER),
        r -> dataflow.add(new DataflowRow(text(r, "variant"), text(r, "field"), text(r, "party"), text(r, "form"),
            number(r, "share"))));
    List<ObserverRow> observers = new ArrayList<>();
    read(folder.resolve("observers.csv"), List.of(DisclosureTables.OBSERVERS_HEADER),
        r -> observers.add(new ObserverRow(text(r, "variant"), text(r, "observer"), text(r, "party"),
            text(r, "pooled_parties").isEmpty() ? List.of() : List.of(text(r, "pooled_parties").split(";")),
            text(r, "description"))));
    List<CompareRow> compare = new ArrayList<>();
    read(folder.resolve("compare.csv"), ComparisonFiles.HEADER, r -> compare.add(compareRow(r)));
    List<SweepRow> sweep = new ArrayList<>();
    Set<String> paths = new LinkedHashSet<>();
    Path sweepFile = folder.resolve("sweep.csv");
    List<String> sweepHeader = new ArrayList<>(SweepFiles.SWEEP_COLUMNS);
    sweepHeader.add("point");
    read(sweepFile, sweepHeader, r -> {
      Map<String, String> coordinates = coordinates(r, sweepHeader);
      paths.addAll(coordinates.keySet());
      sweep.add(new SweepRow(integer(r, "point"), coordinates, summaryRow(r)));
    });
    List<ParetoRow> pareto = new ArrayList<>();
    List<String> paretoHeader = new ArrayList<>(SweepFiles.PARETO_COLUMNS);
    paretoHeader.add("point");
    read(folder.resolve("pareto.csv"), paretoHeader, r -> pareto.add(new ParetoRow(integer(r, "point"),
        coordinates(r, paretoHeader), text(r, "observer"), number(r, "exposure"), number(r, "utility"),
        bool(r, "pareto"))));
    return new ResultsData(folder, manifest, List.copyOf(summary), List.copyOf(dataflow), List.copyOf(observers),
        List.copyOf(compare), List.copyOf(sweep), List.copyOf(paths), List.copyOf(pareto));
  }

  /** The variants in summary (or dataflow) order. */
  public List<String> variants() {
    Set<String> v = new LinkedHashSet<>();
    summary.forEach(r -> v.add(r.variant()));
    dataflow.forEach(r -> v.add(r.variant()));
    if (v.isEmpty() && manifest != null && manifest.variants() != null) {
      v.addAll(manifest.variants().keySet());
    }
    if (v.isEmpty()) {
      compare.forEach(r -> {
        v.add(r.baseline());
        v.add(r.variant());
      });
      sweep.forEach(r -> v.add(r.row().variant()));
    }
    return List.copyOf(v);
  }

  /** The observers in first-appearance order (observers.csv, then summary, compare, sweep). */
  public List<String> observerIds() {
    Set<String> o = new LinkedHashSet<>();
    observers.forEach(r -> o.add(r.observer()));
    summary.forEach(r -> o.add(r.observer()));
    compare.forEach(r -> o.add(r.observer()));
    sweep.forEach(r -> o.add(r.row().observer()));
    pareto.forEach(r -> o.add(r.observer()));
    return List.copyOf(o);
  }

  /**
   * The resolved scenario tree of a variant from run.json.
   *
   * @param variant variant id
   * @return the tree, or null when unknown
   */
  public JsonNode tree(String variant) {
    if (manifest == null || manifest.variants() == null) {
      return null;
    }
    JsonNode t = manifest.variants().get(variant);
    if (t == null && !manifest.variants().isEmpty()) {
      t = manifest.variants().values().iterator().next();
    }
    return t;
  }

  /** The scenario name: run.json's, else the first CSV row's, else the folder name. */
  public String scenarioName() {
    if (manifest != null && manifest.scenarioName() != null) {
      return manifest.scenarioName();
    }
    if (!summary.isEmpty()) {
      return summary.get(0).scenario();
    }
    if (!compare.isEmpty()) {
      return compare.get(0).scenario();
    }
    if (!sweep.isEmpty()) {
      return sweep.get(0).row().scenario();
    }
    return String.valueOf(folder.getFileName());
  }

  private interface RowSink {
    void accept(CSVRecord r);
  }

  private static void read(Path file, List<String> required, RowSink sink) {
    if (!Files.exists(file)) {
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(READ).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : required) {
        if (!header.contains(column)) {
          throw HubscopeException.invalidInput(file + " has no column '" + column + "'",
              "expected columns: " + String.join(",", required));
        }
      }
      for (CSVRecord r : parser) {
        try {
          sink.accept(r);
        } catch (IllegalArgumentException e) {
          throw HubscopeException.invalidInput(file + " line " + parser.getCurrentLineNumber() + ": "
              + e.getMessage(), "the file may have been edited or damaged; rerun to recreate it");
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw HubscopeException.invalidInput("cannot read " + file + ": " + firstLine(e.getMessage()),
          "the file may have been edited or damaged; rerun to recreate it");
    }
  }

  private static SummaryRow summaryRow(CSVRecord r) {
    return new SummaryRow(text(r, "scenario"), text(r, "variant"), text(r, "observer"), text(r, "metric"),
        text(r, "group"), integer(r, "n"), number(r, "mean"), number(r, "sd"), number(r, "ci_low"),
        number(r, "ci_high"), text(r, "unit"));
  }

  private static CompareRow compareRow(CSVRecord r) {
    return new CompareRow(text(r, "scenario"), text(r, "observer"), text(r, "metric"), text(r, "group"),
        text(r, "unit"), text(r, "baseline"), text(r, "variant"), integer(r, "n"), number(r, "baseline_mean"),
        number(r, "baseline_ci_low"), number(r, "baseline_ci_high"), number(r, "variant_mean"),
        number(r, "variant_ci_low"), number(r, "variant_ci_high"), number(r, "difference"),
        number(r, "relative_change"), number(r, "p_value"), text(r, "verdict"), number(r, "effect_size"));
  }

  /** The columns of a sweep file besides {@code known} (the writer's own columns): the swept paths. */
  private static Map<String, String> coordinates(CSVRecord r, List<String> known) {
    Map<String, String> c = new LinkedHashMap<>();
    for (String column : r.getParser().getHeaderNames()) {
      if (!known.contains(column)) {
        c.put(column, text(r, column));
      }
    }
    return c;
  }

  private static String text(CSVRecord r, String column) {
    return CsvCells.restore(r.get(column));
  }

  private static double number(CSVRecord r, String column) {
    String v = r.get(column).trim();
    if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    // compare.csv writes an effect size of a constant, different pair as 'inf'
    if (v.equalsIgnoreCase("inf") || v.equalsIgnoreCase("+inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (v.equalsIgnoreCase("-inf")) {
      return Double.NEGATIVE_INFINITY;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + column + " is not a number: '" + v + "'");
    }
  }

  private static int integer(CSVRecord r, String column) {
    double v = number(r, column);
    if (Double.isNaN(v) || v != Math.rint(v)) {
      throw new IllegalArgumentException("column " + column + " is not a whole number: '" + r.get(column) + "'");
    }
    return (int) v;
  }

  private static boolean bool(CSVRecord r, String column) {
    String v = r.get(column).trim().toLowerCase(java.util.Locale.ROOT);
    return v.equals("true") || v.equals("1") || v.equals("yes");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
