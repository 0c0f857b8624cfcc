package io.hubscope.report;

import io.hubscope.results.RunFolder;
import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point for charts, the report and graph files of a results folder (a run, a comparison or a sweep),
 * used by {@code export} and at the end of {@code run}, {@code compare} and {@code sweep}.
 *
 * <p>Layout: {@code charts/<chart>.csv} (tidy data), {@code charts/<chart>.vl.json} (Vega-Lite v5 with the data
 * inline), {@code charts/<chart>.svg}, {@code charts/<chart>.png}; {@code report.html}; {@code graphs/*.graphml} and
 * {@code graphs/*.gexf}. In a run of several variants each variant's charts are in {@code charts/<variant>/}.
 *
 * <p>Safety: nothing is ever overwritten. Everything is written into a hidden staging folder first
 * ({@link RunFolder}, removed on failure or Ctrl-C) and moved into place only when complete: into the results
 * folder itself, where each requested output ({@code charts/}, {@code report.html}, {@code graphs/}) must be absent,
 * or into a new destination folder, which must not exist and appears whole.
 */
public final class ChartExporter {

  /** File name of the report. */
  public static final String REPORT = "report.html";
  /** Folder of the charts. */
  public static final String CHARTS = "charts";
  /** Folder of the graph files. */
  public static final String GRAPHS = "graphs";

  /**
   * What an export wrote.
   *
   * @param destination the folder written into
   * @param charts number of charts
   * @param files files written, relative to the destination, in order
   */
  public record Result(Path destination, int charts, List<String> files) {}

  private ChartExporter() {}

  /**
   * Exports into the results folder itself.
   *
   * @param folder a run, compare or sweep folder (or its staging folder)
   * @param formats what to write
   * @return what was written
   * @throws HubscopeException exit 2 when the folder is not a results folder, exit 3 when an output exists or
   *     cannot be written
   */
  public static Result export(Path folder, Set<ExportFormat> formats) {
    return export(folder, formats, null);
  }

  /**
   * Exports a results folder into itself or into a new folder.
   *
   * @param folder a run, compare or sweep folder
   * @param formats what to write
   * @param out a new destination folder, or null (or the folder itself) to write into the results folder
   * @return what was written
   * @throws HubscopeException exit 2 when the folder is not a results folder, exit 3 when an output exists or
   *     cannot be written
   */
  public static Result export(Path folder, Set<ExportFormat> formats, Path out) {
    if (formats.isEmpty()) {
      throw HubscopeException.invalidInput("no export format given", "e.g. --format csv,vega,svg,png,html");
    }
    Path source = folder.toAbsolutePath().normalize();
    Path destination = out == null ? source : out.toAbsolutePath().normalize();
    boolean inPlace = destination.equals(source);
    ResultsData data = ResultsData.read(source);
    Set<ExportFormat> chartFiles = EnumSet.copyOf(formats);
    chartFiles.retainAll(ExportFormat.CHART_FILES);
    Set<ExportFormat> graphFiles = EnumSet.copyOf(formats);
    graphFiles.retainAll(ExportFormat.GRAPH_FILES);
    boolean html = formats.contains(ExportFormat.HTML);
    if (inPlace) {
      List<String> outputs = new ArrayList<>();
      if (!chartFiles.isEmpty()) {
        outputs.add(CHARTS);
      }
      if (html) {
        outputs.add(REPORT);
      }
      if (!graphFiles.isEmpty()) {
        outputs.add(GRAPHS);
      }
      for (String o : outputs) {
        if (Files.exists(source.resolve(o))) {
          throw HubscopeException.cannotWrite(source.resolve(o) + " already exists",
              "exports are never overwritten; use --out DIR to export into a new folder", null);
        }
      }
    }
    if (!graphFiles.isEmpty()) {
      GraphExport.check(data);
    }
    List<ChartSpec> charts = new ArrayList<>(RunCharts.of(data));
    charts.addAll(StudyCharts.compare(data));
    charts.addAll(StudyCharts.sweep(data));
    Path target = inPlace ? source.resolve(".hubscope-export") : destination;
    try (RunFolder stage = RunFolder.create(target)) {
      Path dir = stage.staging();
      List<String> files = new ArrayList<>();
      List<ReportWriter.Figure> figures = new ArrayList<>();
      for (ChartSpec chart : charts) {
        String svg = ChartRenderer.svgElement(chart);
        List<String> links = new ArrayList<>();
        for (ExportFormat f : ExportFormat.CHART_FILES) {
          String name = CHARTS + "/" + chart.id() + extension(f);
          if (chartFiles.contains(f)) {
            write(dir.resolve(name), f, chart, svg);
            files.add(name);
            links.add(name);
          } else if (Files.exists(destination.resolve(name))) {
            links.add(name);
          }
        }
        figures.add(new ReportWriter.Figure(chart, svg, links));
      }
      if (!graphFiles.isEmpty()) {
        Path graphs = dir.resolve(GRAPHS);
        createDirectories(graphs);
        for (String name : GraphExport.write(data, graphs, graphFiles)) {
          files.add(GRAPHS + "/" + name);
        }
      }
      if (html) {
        writeString(dir.resolve(REPORT), ReportWriter.html(data, figures));
        files.add(REPORT);
      }
      if (inPlace) {
        for (String o : List.of(GRAPHS, CHARTS, REPORT)) {
          if (Files.exists(dir.resolve(o))) {
            move(dir.resolve(o), source.resolve(o));
          }
        }
      } else {
        stage.commit();
      }
      return new Result(destination, charts.size(), List.copyOf(files));
    }
  }

  /**
   * The file extension of a chart format.
   *
   * @param f a chart format
   * @return e.g. {@code .vl.json}
   */
  static String extension(ExportFormat f) {
    return switch (f) {
      case CSV -> ".csv";
      case VEGA -> ".vl.json";
      case SVG -> ".svg";
      case PNG -> ".png";
      default -> throw new IllegalArgumentException(f + " is not a chart format");
    };
  }

  private static void write(Path file, ExportFormat f, ChartSpec chart, String svgElement) {
    createDirectories(file.getParent());
    switch (f) {
      case CSV -> writeString(file, chart.table().toCsv());
      case VEGA -> writeString(file, VegaLiteWriter.json(chart));
      case SVG -> writeString(file, ChartRenderer.svgDocument(svgElement));
      case PNG -> {
        try {
          Files.write(file, ChartRenderer.png(chart));
        } catch (IOException e) {
          throw HubscopeException.cannotWrite(file, e);
        }
      }
      default -> throw new IllegalArgumentException(f + " is not a chart format");
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(dir, e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to);
    } catch (FileAlreadyExistsException e) {
      throw HubscopeException.cannotWrite(to + " appeared while exporting",
          "exports are never overwritten; use --out DIR to export into a new folder", e);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(to, e);
    }
  }

}
