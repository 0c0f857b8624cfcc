package io.hubscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The exposure heatmap: one row per field, one column per party; the colour is the most revealing form in which
 * the party holds the field on any route with traffic ({@link FormClass}), the text the share of traffic on which it
 * holds it that way.
 *
 * @param id file stem
 * @param title title
 * @param subtitle subtitle
 * @param xAxis label of the party axis
 * @param yAxis label of the field axis
 * @param parties column labels (party ids) in order
 * @param fields row labels (field ids) in order, top to bottom
 * @param cells one cell per (field, party)
 */
public record HeatmapSpec(String id, String title, String subtitle, String xAxis, String yAxis, List<String> parties,
    List<String> fields, List<Cell> cells) implements ChartSpec {

  /** Shares (in %) at or above this print no number: the party holds the field that way on all traffic. */
  public static final double FULL = 99.5;

  /**
   * One cell.
   *
   * @param field field id
   * @param party party id
   * @param form most revealing form held (label, {@code none} when never held)
   * @param formClass its class
   * @param sharePct share of traffic on which the party holds the field in that form, in %
   * @param allForms every form held with its share, e.g. {@code clear 85% / none 15%}
   */
  public record Cell(String field, String party, String form, FormClass formClass, double sharePct,
      String allForms) {}

  /**
   * Copies the lists.
   */
  public HeatmapSpec {
    parties = List.copyOf(parties);
    fields = List.copyOf(fields);
    cells = List.copyOf(cells);
  }

  @Override
  public ChartTable table() {
    List<List<Object>> rows = new ArrayList<>();
    for (Cell c : cells) {
      rows.add(List.of(c.field(), c.party(), c.form(), c.formClass().label(), c.sharePct(), c.allForms()));
    }
    return new ChartTable(List.of("field", "party", "form", "form_class", "share_pct", "all_forms"), rows);
  }

  @Override
  public int width() {
    return Math.max(640, 260 + 62 * parties.size());
  }

  @Override
  public int height() {
    return Math.max(360, 200 + 26 * fields.size());
  }
}
