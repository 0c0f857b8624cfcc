package io.hubscope.results;

import io.hubscope.util.CsvCells;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code metrics.csv} and {@code summary.csv} (RFC 4180, LF line ends, numbers via {@link Numbers}). */
public final class TidyCsvWriter {

  /** Header of metrics.csv. */
  public static final String[] METRICS_HEADER =
      {"scenario", "variant", "observer", "replication", "metric", "group", "value", "unit"};
  /** Header of summary.csv. */
  public static final String[] SUMMARY_HEADER =
      {"scenario", "variant", "observer", "metric", "group", "n", "mean", "sd", "ci_low", "ci_high", "unit"};

  /** The CSV dialect of every hubscope CSV. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private TidyCsvWriter() {}

  /**
   * Writes metric rows.
   *
   * @param file target file
   * @param rows rows in order
   */
  public static void writeMetrics(Path file, List<MetricRow> rows) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord((Object[]) METRICS_HEADER);
      for (MetricRow r : rows) {
        p.printRecord(CsvCells.safe(r.scenario()), CsvCells.safe(r.variant()), CsvCells.safe(r.observer()),
            r.replication(), r.metric(), CsvCells.safe(r.group()), Numbers.format(r.value()), r.unit());
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * Writes summary rows.
   *
   * @param file target file
   * @param rows rows in order
   */
  public static void writeSummary(Path file, List<SummaryRow> rows) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord((Object[]) SUMMARY_HEADER);
      for (SummaryRow r : rows) {
        p.printRecord(CsvCells.safe(r.scenario()), CsvCells.safe(r.variant()), CsvCells.safe(r.observer()),
            r.metric(), CsvCells.safe(r.group()), r.n(), Numbers.format(r.mean()), Numbers.format(r.sd()),
            Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()), r.unit());
      }
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }
}
