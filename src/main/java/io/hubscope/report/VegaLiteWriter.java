package io.hubscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Vega-Lite v5 specs of charts, with the chart's data inline ({@code data.values} is {@link ChartSpec#table()}), so
 * a spec opens as is in the Vega editor or any Vega-Lite renderer and shows the same chart as the SVG and PNG.
 */
public final class VegaLiteWriter {

  /** The schema every spec declares. */
  public static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private VegaLiteWriter() {}

  /**
   * The spec as pretty-printed JSON text with a final newline.
   *
   * @param chart the chart
   * @return JSON
   */
  public static String json(ChartSpec chart) {
    try {
      return MAPPER.writeValueAsString(spec(chart)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spec as a tree.
   *
   * @param chart the chart
   * @return the spec
   */
  public static ObjectNode spec(ChartSpec chart) {
    ObjectNode root = F.objectNode();
    root.put("$schema", SCHEMA);
    ObjectNode title = root.putObject("title");
    title.put("text", chart.title());
    title.put("subtitle", chart.subtitle());
    title.put("anchor", "start");
    root.putObject("data").set("values", chart.table().toJson());
    if (chart instanceof BarChartSpec b) {
      bars(root, b);
    } else if (chart instanceof LineChartSpec l) {
      lines(root, l);
    } else if (chart instanceof HeatmapSpec h) {
      heatmap(root, h);
    } else if (chart instanceof ParetoChartSpec p) {
      pareto(root, p);
    }
    return root;
  }

  private static void bars(ObjectNode root, BarChartSpec b) {
    root.put("width", b.horizontal() ? 520 : Math.max(420, b.categories().size() * (20 + 14 * b.series().size())));
    if (b.horizontal()) {
      root.put("height", Math.max(200, b.bars().size() * 14));
    } else {
      root.put("height", 320);
    }
    String cat = b.horizontal() ? "y" : "x";
    String val = b.horizontal() ? "x" : "y";
    String offset = b.horizontal() ? "yOffset" : "xOffset";
    ObjectNode enc = root.putObject("encoding");
    ObjectNode c = field(enc.putObject(cat), b.categoryColumn(), "nominal", b.categoryAxis());
    c.set("sort", strings(b.categories()));
    if (!b.horizontal()) {
      c.putObject("axis").put("labelAngle", -30).put("labelLimit", 180);
    } else {
      c.putObject("axis").put("labelLimit", 360);
    }
    ObjectNode o = enc.putObject(offset);
    o.put("field", b.seriesColumn());
    o.set("sort", strings(b.series()));
    ObjectNode colour = field(enc.putObject("color"), b.seriesColumn(), "nominal", label(b.seriesColumn()));
    colour.set("sort", strings(b.series()));
    ArrayNode layer = root.putArray("layer");
    ObjectNode bar = layer.addObject();
    bar.putObject("mark").put("type", "bar").put("tooltip", true);
    field(bar.putObject("encoding").putObject(val), "mean", "quantitative", b.valueAxis());
    ObjectNode rule = layer.addObject();
    rule.putObject("mark").put("type", "rule").put("color", "#333333");
    ObjectNode re = rule.putObject("encoding");
    field(re.putObject(val), "ci_low", "quantitative", b.valueAxis());
    re.putObject(val + "2").put("field", "ci_high");
  }

  private static void lines(ObjectNode root, LineChartSpec l) {
    root.put("width", 560);
    root.put("height", 340);
    ObjectNode enc = root.putObject("encoding");
    ObjectNode x = field(enc.putObject("x"), l.xColumn(), l.numericX() ? "quantitative" : "ordinal", l.xAxis());
    if (!l.numericX()) {
      x.set("sort", strings(l.xLabels()));
    }
    ObjectNode colour = field(enc.putObject("color"), l.seriesColumn(), "nominal", label(l.seriesColumn()));
    colour.set("sort", strings(l.series()));
    ArrayNode layer = root.putArray("layer");
    ObjectNode band = layer.addObject();
    band.putObject("mark").put("type", "area").put("opacity", 0.2);
    ObjectNode be = band.putObject("encoding");
    field(be.putObject("y"), "ci_low", "quantitative", l.yAxis());
    be.putObject("y2").put("field", "ci_high");
    ObjectNode line = layer.addObject();
    line.putObject("mark").put("type", "line").put("point", true).put("tooltip", true);
    field(line.putObject("encoding").putObject("y"), "mean", "quantitative", l.yAxis());
  }

  private static void heatmap(ObjectNode root, HeatmapSpec h) {
    root.put("width", Math.max(240, 60 * h.parties().size()));
    root.put("height", Math.max(160, 22 * h.fields().size()));
    ObjectNode enc = root.putObject("encoding");
    ObjectNode x = field(enc.putObject("x"), "party", "nominal", h.xAxis());
    x.set("sort", strings(h.parties()));
    x.putObject("axis").put("orient", "top").put("labelAngle", -40);
    ObjectNode y = field(enc.putObject("y"), "field", "nominal", h.yAxis());
    y.set("sort", strings(h.fields()));
    ArrayNode layer = root.putArray("layer");
    ObjectNode rect = layer.addObject();
    rect.putObject("mark").put("type", "rect").put("stroke", "white").put("tooltip", true);
    ObjectNode colour = field(rect.putObject("encoding").putObject("color"), "form_class", "nominal",
        "Most revealing form held");
    ObjectNode scale = colour.putObject("scale");
    ArrayNode domain = scale.putArray("domain");
    ArrayNode range = scale.putArray("range");
    for (FormClass c : FormClass.values()) {
      domain.add(c.label());
      range.add(c.colour());
    }
    ObjectNode text = layer.addObject();
    text.putObject("mark").put("type", "text").put("fontSize", 10);
    ObjectNode te = text.putObject("encoding");
    te.putObject("text").put("field", "share_pct").put("type", "quantitative").put("format", ".0f");
    ObjectNode tc = te.putObject("color");
    ObjectNode cond = tc.putObject("condition");
    cond.put("test", "datum.form_class === 'clear'");
    cond.put("value", "white");
    tc.put("value", "black");
    ObjectNode opacity = te.putObject("opacity");
    opacity.putObject("condition").put("test", "datum.form_class === 'none' || datum.share_pct >= "
        + HeatmapSpec.FULL).put("value", 0);
    opacity.put("value", 1);
  }

  private static void pareto(ObjectNode root, ParetoChartSpec p) {
    root.put("width", 520);
    root.put("height", 380);
    ObjectNode enc = root.putObject("encoding");
    field(enc.putObject("x"), "exposure", "quantitative", p.xAxis());
    field(enc.putObject("y"), "utility", "quantitative", p.yAxis());
    ObjectNode colour = field(enc.putObject("color"), "observer", "nominal", "Observer");
    colour.set("sort", strings(p.observers()));
    ArrayNode layer = root.putArray("layer");
    ObjectNode points = layer.addObject();
    points.putObject("mark").put("type", "point").put("filled", true).put("size", 60).put("tooltip", true);
    ObjectNode shape = field(points.putObject("encoding").putObject("shape"), "pareto", "nominal",
        "On the Pareto front");
    shape.set("sort", F.arrayNode().add(true).add(false));
    ObjectNode front = layer.addObject();
    front.putArray("transform").addObject().put("filter", "datum.pareto");
    front.putObject("mark").put("type", "line");
    front.putObject("encoding").putObject("order").put("field", "exposure").put("type", "quantitative");
  }

  private static ObjectNode field(ObjectNode channel, String field, String type, String title) {
    channel.put("field", field);
    channel.put("type", type);
    channel.put("title", title);
    return channel;
  }

  private static String label(String column) {
    String s = column.replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
