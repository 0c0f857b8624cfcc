package io.hubscope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hubscope.results.TidyCsvWriter;
import io.hubscope.util.CsvCells;
import io.hubscope.util.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tidy data of one chart: exactly the values plotted, one row per mark. Cells are {@link String} (text from
 * the scenario or hubscope's labels), {@link Double} (written with {@link Numbers#format}, Locale.ROOT, empty when
 * missing), {@link Integer} or {@link Boolean}. The same table becomes the chart's CSV and the inline data of its
 * Vega-Lite spec, so the two always agree.
 *
 * @param columns column names
 * @param rows rows, each with one cell per column
 */
public record ChartTable(List<String> columns, List<List<Object>> rows) {

  /**
   * Checks the shape and copies.
   *
   * @param columns column names
   * @param rows rows
   */
  public ChartTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " cells, expected " + columns.size());
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = List.copyOf(copy);
  }

  /**
   * The table as CSV (RFC 4180, LF line ends): text cells through {@link CsvCells#safe}, numbers through
   * {@link Numbers#format}.
   *
   * @return CSV text
   */
  public String toCsv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, TidyCsvWriter.FORMAT)) {
      p.printRecord(columns);
      for (List<Object> r : rows) {
        List<String> cells = new ArrayList<>(r.size());
        for (Object v : r) {
          cells.add(csvCell(v));
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The table as a JSON array of objects (Vega-Lite inline data): numbers as JSON numbers with the digits of the
   * CSV, missing numbers as null, text as is (JSON escaping keeps it inert).
   *
   * @return the array
   */
  public ArrayNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ArrayNode values = f.arrayNode();
    for (List<Object> r : rows) {
      ObjectNode o = values.addObject();
      for (int c = 0; c < columns.size(); c++) {
        Object v = r.get(c);
        String name = columns.get(c);
        if (v == null) {
          o.putNull(name);
        } else if (v instanceof Double d) {
          String text = Numbers.format(d);
          if (text.isEmpty()) {
            o.putNull(name);
          } else {
            o.put(name, new BigDecimal(text));
          }
        } else if (v instanceof Integer i) {
          o.put(name, i);
        } else if (v instanceof Boolean b) {
          o.put(name, b);
        } else {
          o.put(name, v.toString());
        }
      }
    }
    return values;
  }

  private static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return Numbers.format(d);
    }
    if (v instanceof Integer || v instanceof Boolean) {
      return v.toString();
    }
    return CsvCells.safe(v.toString());
  }
}
