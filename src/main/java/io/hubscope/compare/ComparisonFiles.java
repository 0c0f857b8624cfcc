package io.hubscope.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import io.hubscope.results.MetricRow;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code compare.csv} and {@code compare.json}. Text from the scenario goes through {@link CsvCells#safe} in
 * the CSV and is JSON-escaped (HTML-safe, see {@link SafeJson}) in the JSON; numbers go through {@link Numbers#format}.
 * An infinite effect size (both sides constant, means differ) is written {@code inf}; any other missing value is an
 * empty cell (CSV) or {@code null} (JSON).
 */
public final class ComparisonFiles {

  /** Columns of compare.csv; the chart export reads them by these names. */
  public static final List<String> HEADER = List.of("scenario", "observer", "metric", "group", "unit", "baseline",
      "variant", "n", "baseline_mean", "baseline_ci_low", "baseline_ci_high", "variant_mean", "variant_ci_low",
      "variant_ci_high", "difference", "relative_change", "p_value", "verdict", "effect_size");

  /** How the statistics are defined, repeated in compare.json so the file explains itself. */
  static final String METHOD = "95% t-intervals of each mean across replications; difference = variant mean - "
      + "baseline mean; relative_change = difference / |baseline mean|; p_value: Welch's two-sided t-test "
      + "(unequal variances); paired_p_value: two-sided paired t-test over replications, which share common random "
      + "numbers (information only); verdict at alpha 0.05: lower / higher / no detectable difference, or no "
      + "difference when both samples are constant and equal (constant and different: lower / higher); "
      + "effect_size = |difference| / sqrt((sd_baseline^2 + sd_variant^2) / 2), inf when both sds are 0 and the "
      + "means differ; rows sorted by effect size, largest first";

  private ComparisonFiles() {}

  /**
   * Compares the rows and writes {@code compare.csv} and {@code compare.json} into a folder.
   *
   * @param dir folder to write into
   * @param setup what is compared
   * @param rows per-replication metric rows of every variant
   * @return the comparison rows, sorted by effect size
   */
  public static List<ComparisonRow> compareAndWrite(Path dir, ComparisonSetup setup, List<MetricRow> rows) {
    List<ComparisonRow> compared = VariantComparator.compare(rows, setup.baseline());
    writeCsv(dir.resolve("compare.csv"), compared);
    writeJson(dir.resolve("compare.json"), setup, compared);
    return compared;
  }

  /**
   * Writes compare.csv.
   *
   * @param file target
   * @param rows rows in order
   */
  public static void writeCsv(Path file, List<ComparisonRow> rows) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, TidyCsvWriter.FORMAT)) {
      p.printRecord(HEADER);
      for (ComparisonRow r : rows) {
        SampleComparison s = r.stats();
        p.printRecord(CsvCells.safe(r.scenario()), CsvCells.safe(r.observer()), CsvCells.safe(r.metric()),
            CsvCells.safe(r.group()), CsvCells.safe(r.unit()), CsvCells.safe(r.baseline()),
            CsvCells.safe(r.variant()), r.n(), Numbers.format(s.baselineMean()), Numbers.format(s.baselineCiLow()),
            Numbers.format(s.baselineCiHigh()), Numbers.format(s.variantMean()), Numbers.format(s.variantCiLow()),
            Numbers.format(s.variantCiHigh()), Numbers.format(s.difference()), Numbers.format(s.relativeChange()),
            Numbers.format(s.pValue()), s.verdict().text(), effect(s.effectSize()));
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * Writes compare.json: the setup, the method, and one object per row with the CSV's columns plus
   * {@code baseline_sd}, {@code variant_sd} and {@code paired_p_value}.
   *
   * @param file target
   * @param setup what was compared
   * @param rows rows in order
   */
  public static void writeJson(Path file, ComparisonSetup setup, List<ComparisonRow> rows) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = SafeJson.open(w)) {
      g.writeStartObject();
      g.writeStringField("scenario", setup.scenario());
      g.writeStringField("scenario_sha256", setup.scenarioSha256());
      g.writeNumberField("seed", setup.seed());
      g.writeNumberField("replications", setup.replications());
      g.writeStringField("baseline", setup.baseline());
      SafeJson.strings(g, "variants", setup.variants());
      SafeJson.strings(g, "sources", setup.sources());
      SafeJson.number(g, "alpha", SampleComparison.ALPHA);
      g.writeStringField("method", METHOD);
      g.writeArrayFieldStart("rows");
      for (ComparisonRow r : rows) {
        SampleComparison s = r.stats();
        g.writeStartObject();
        g.writeStringField("observer", r.observer());
        g.writeStringField("metric", r.metric());
        g.writeStringField("group", r.group());
        g.writeStringField("unit", r.unit());
        g.writeStringField("variant", r.variant());
        g.writeNumberField("n", r.n());
        SafeJson.number(g, "baseline_mean", s.baselineMean());
        SafeJson.number(g, "baseline_sd", s.baselineSd());
        SafeJson.number(g, "baseline_ci_low", s.baselineCiLow());
        SafeJson.number(g, "baseline_ci_high", s.baselineCiHigh());
        SafeJson.number(g, "variant_mean", s.variantMean());
        SafeJson.number(g, "variant_sd", s.variantSd());
        SafeJson.number(g, "variant_ci_low", s.variantCiLow());
        SafeJson.number(g, "variant_ci_high", s.variantCiHigh());
        SafeJson.number(g, "difference", s.difference());
        SafeJson.number(g, "relative_change", s.relativeChange());
        SafeJson.number(g, "p_value", s.pValue());
        SafeJson.number(g, "paired_p_value", s.pairedP());
        g.writeStringField("verdict", s.verdict().text());
        if (s.effectSize() == Double.POSITIVE_INFINITY) {
          g.writeStringField("effect_size", "inf");
        } else {
          SafeJson.number(g, "effect_size", s.effectSize());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  private static String effect(double e) {
    return e == Double.POSITIVE_INFINITY ? "inf" : Numbers.format(e);
  }
}
