package io.hubscope.disclosure;

import io.hubscope.scenario.Attribute;
import io.hubscope.util.Numbers;
import io.hubscope.world.ScenarioIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field x party summary of a {@link DisclosurePlan} for people: the form in which each party receives each
 * field ({@link FieldForm#label}), with {@code , sends} appended when the party also sends the field, or
 * {@code sends} alone when it only sends it. When this differs between routes, each variant is listed with the
 * share of traffic on the routes that give it, most frequent first, e.g. {@code pseudonym(keyed) (67%) / - (33%)};
 * routes without traffic are ignored.
 */
public final class DataFlowMatrix {

  /**
   * One variant of a cell with the traffic share that sees it.
   *
   * @param form the received form
   * @param sends whether the party also sends the field
   * @param label the cell text for this variant
   * @param share share of traffic, in [0,1]
   */
  public record FormShare(FieldForm form, boolean sends, String label, double share) {}

  private record Variant(FieldForm form, boolean sends) {}

  private final ScenarioIndex index;
  private final List<List<List<FormShare>>> cells;

  private DataFlowMatrix(ScenarioIndex index, List<List<List<FormShare>>> cells) {
    this.index = index;
    this.cells = cells;
  }

  /**
   * Summarises a plan.
   *
   * @param plan the plan
   * @param routeTrafficShare each route's share of all traffic (sums to 1)
   * @param index scenario indices
   * @return the matrix
   */
  public static DataFlowMatrix of(DisclosurePlan plan, double[] routeTrafficShare, ScenarioIndex index) {
    double total = 0;
    for (double s : routeTrafficShare) {
      total += s;
    }
    List<List<List<FormShare>>> rows = new ArrayList<>();
    for (int f = 0; f < plan.fieldCount(); f++) {
      Attribute carries = index.fieldAt(f).carries();
      Attribute.Kind kind = carries == null ? Attribute.Kind.CATEGORICAL : carries.kind();
      List<List<FormShare>> row = new ArrayList<>();
      for (int p = 0; p < plan.partyCount(); p++) {
        Map<Variant, Double> byVariant = new LinkedHashMap<>();
        for (int r = 0; r < plan.routeCount(); r++) {
          double w = total > 0 ? routeTrafficShare[r] / total : 1.0 / plan.routeCount();
          if (w > 0) {
            byVariant.merge(new Variant(plan.form(r, f, p), plan.sends(r, f, p)), w, Double::sum);
          }
        }
        List<FormShare> cell = new ArrayList<>();
        byVariant.forEach((v, share) -> cell.add(new FormShare(v.form(), v.sends(), label(v, kind), share)));
        cell.sort(Comparator.comparingDouble(FormShare::share).reversed()
            .thenComparing(FormShare::form, FormRevealingOrder.INSTANCE)
            .thenComparing(FormShare::sends, Comparator.reverseOrder()));
        row.add(List.copyOf(cell));
      }
      rows.add(List.copyOf(row));
    }
    return new DataFlowMatrix(index, List.copyOf(rows));
  }

  private static String label(Variant v, Attribute.Kind kind) {
    if (!v.sends()) {
      return v.form().label(kind);
    }
    return v.form().received() ? v.form().label(kind) + ", sends" : "sends";
  }

  /**
   * The forms of a cell with their traffic shares, most frequent first.
   *
   * @param field field index
   * @param party party index
   * @return forms and shares
   */
  public List<FormShare> cell(int field, int party) {
    return cells.get(field).get(party);
  }

  /**
   * The cell as text: the label alone when every route gives the same form, else {@code label (pct%)} parts joined
   * by {@code " / "}.
   *
   * @param field field index
   * @param party party index
   * @return label
   */
  public String label(int field, int party) {
    List<FormShare> cell = cell(field, party);
    if (cell.isEmpty()) {
      return "-";
    }
    if (cell.size() == 1) {
      return cell.get(0).label();
    }
    List<String> parts = new ArrayList<>();
    for (FormShare s : cell) {
      String pct = s.share() < 0.005 ? "<1%" : Numbers.percent(s.share(), 0);
      parts.add(s.label() + " (" + pct + ")");
    }
    return String.join(" / ", parts);
  }

  /**
   * True when the party receives or sends at least one field on some route with traffic.
   *
   * @param party party index
   * @return whether the party's column has anything other than "-"
   */
  public boolean involved(int party) {
    for (int f = 0; f < cells.size(); f++) {
      for (FormShare s : cell(f, party)) {
        if (s.form().received() || s.sends()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Number of fields (rows). */
  public int fieldCount() {
    return cells.size();
  }

  /** Number of parties (columns). */
  public int partyCount() {
    return index.partyCount();
  }
}
