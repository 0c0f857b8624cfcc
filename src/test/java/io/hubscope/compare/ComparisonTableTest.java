package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

  private static final ComparisonSetup SETUP = new ComparisonSetup("tiny", "0", 7, 3, "baseline",
      List.of("baseline", "v1", "v2"), List.of());

  private static ComparisonRow row(String variant, String observer, String metric, String group, double base,
      double value) {
    SampleComparison s = SampleComparison.of(new double[] {base, base, base}, new double[] {value, value, value},
        true);
    return new ComparisonRow("tiny", observer, metric, group, "share", "baseline", variant, s);
  }

  /*
   * v1 against the baseline, every sample constant (so each changed row is "lower" or "higher" with an infinite
   * effect): coverage lower = less exposure; the same utility need lower for two observers = less utility, counted
   * once (for party p1); an estimate's error higher = less exposure; a record count lower = context, no meaning.
   * v2 changes nothing. By hand, v1: lower 4, higher 1; less exposure 2 (hub), less utility 1 (p1).
   */
  private static final List<ComparisonRow> ROWS = List.of(
      row("v1", "hub", "coverage.shipments", "", 0.5, 0.2),
      row("v1", "hub", "utility.needs_met_clear", "party=p1", 1, 0),
      row("v1", "state", "utility.needs_met_clear", "party=p1", 1, 0),
      row("v1", "hub", "economic.weighted_error", "", 1, 2),
      row("v1", "hub", "reid.records", "population=consumers", 10, 5),
      row("v2", "hub", "coverage.shipments", "", 0.5, 0.5));

  private static String lineWith(List<String> lines, String... parts) {
    return lines.stream().filter(l -> List.of(parts).stream().allMatch(l::contains)).findFirst().orElseThrow();
  }

  /** The cells of a table line (columns are two or more spaces apart; trailing blanks dropped). */
  private static String[] cells(String line) {
    return line.strip().split(" {2,}");
  }

  @Test
  void eachShownRowSaysWhatItsVerdictMeansForTheObserved() {
    List<String> lines = ComparisonTable.render(SETUP, ROWS, 10);

    assertThat(cells(lines.get(3))).endsWith("verdict", "effect", "meaning");
    assertThat(cells(lineWith(lines, "v1", "coverage.shipments"))).endsWith("lower", "inf", "less exposure");
    assertThat(cells(lineWith(lines, "v1", "hub", "utility.needs_met_clear")))
        .endsWith("lower", "inf", "less utility");
    assertThat(cells(lineWith(lines, "v1", "state", "utility.needs_met_clear")))
        .endsWith("lower", "inf", "less utility");
    assertThat(cells(lineWith(lines, "economic.weighted_error"))).endsWith("higher", "inf", "less exposure");
    assertThat(cells(lineWith(lines, "reid.records"))).endsWith("lower", "inf");
    assertThat(cells(lineWith(lines, "v2", "coverage.shipments"))).endsWith("no difference", "0.00");
  }

  @Test
  void theSummaryCountsVerdictsAndMeaningsPerVariantWithEachUtilityNeedOnce() {
    List<String> lines = ComparisonTable.render(SETUP, ROWS, 10);

    assertThat(cells(lineWith(lines, "lower", "higher", "less exposure", "more utility")))
        .containsExactly("variant", "lower", "higher", "no detectable difference", "no difference",
            "less exposure", "more exposure", "less utility", "more utility");
    String v1 = lines.stream().filter(l -> l.startsWith("v1 ")).reduce((a, b) -> b).orElseThrow();
    assertThat(v1.trim().split(" +")).containsExactly("v1", "4", "1", "0", "0", "2", "0", "1", "0");
    String v2 = lines.stream().filter(l -> l.startsWith("v2 ")).reduce((a, b) -> b).orElseThrow();
    assertThat(v2.trim().split(" +")).containsExactly("v2", "0", "0", "0", "1", "0", "0", "0", "0");
  }

  @Test
  void rowsAreTakenInTurnsFromEachVariantAndObserver() {
    // top 3: the first turn takes the largest row of (v1, hub), (v1, state) and (v2, hub)... but v2's only row has no
    // effect, so it waits for the unchanged pass; the second turn takes (v1, hub)'s next row
    List<ComparisonRow> picked = ComparisonTable.select(ROWS, 3, SETUP.variants());

    assertThat(picked).extracting(r -> r.variant() + "/" + r.observer() + "/" + r.metric()).containsExactly(
        "v1/hub/coverage.shipments", "v1/hub/utility.needs_met_clear", "v1/state/utility.needs_met_clear");
  }
}
