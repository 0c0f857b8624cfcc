package io.hubscope.report;

import io.hubscope.util.HubscopeException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What {@code hubscope export} can write, named as on the command line. */
public enum ExportFormat {
  /** Tidy CSV of each chart's data, in {@code charts/}. */
  CSV("csv"),
  /** Vega-Lite v5 spec of each chart with its data inline, in {@code charts/}. */
  VEGA("vega"),
  /** SVG rendering of each chart, in {@code charts/}. */
  SVG("svg"),
  /** PNG rendering of each chart, in {@code charts/}. */
  PNG("png"),
  /** The self-contained {@code report.html}. */
  HTML("html"),
  /** GraphML of the logistics network and the true and reconstructed supply graphs, in {@code graphs/}. */
  GRAPHML("graphml"),
  /** GEXF of the same graphs, in {@code graphs/}. */
  GEXF("gexf");

  /** What {@code run}, {@code compare} and {@code sweep} write unless {@code --no-charts}. */
  public static final Set<ExportFormat> DEFAULT = EnumSet.of(CSV, VEGA, SVG, PNG, HTML);

  /** Formats that go into {@code charts/}. */
  public static final Set<ExportFormat> CHART_FILES = EnumSet.of(CSV, VEGA, SVG, PNG);

  /** Formats that go into {@code graphs/}. */
  public static final Set<ExportFormat> GRAPH_FILES = EnumSet.of(GRAPHML, GEXF);

  private final String name;

  ExportFormat(String name) {
    this.name = name;
  }

  /** The name on the command line. */
  public String cliName() {
    return name;
  }

  /**
   * Parses a comma-separated list such as {@code csv,vega,svg}.
   *
   * @param list the list
   * @return the formats
   * @throws HubscopeException (invalid input) for an unknown or empty name, listing the valid ones
   */
  public static Set<ExportFormat> parse(String list) {
    Set<ExportFormat> out = EnumSet.noneOf(ExportFormat.class);
    for (String part : list.split(",", -1)) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      ExportFormat found = null;
      for (ExportFormat f : values()) {
        if (f.name.equals(p)) {
          found = f;
        }
      }
      if (found == null) {
        throw HubscopeException.invalidInput("unknown export format '" + part.trim() + "'",
            "valid formats: " + String.join(",", names()));
      }
      out.add(found);
    }
    return out;
  }

  /** Every name. */
  public static List<String> names() {
    return java.util.Arrays.stream(values()).map(ExportFormat::cliName).toList();
  }
}
