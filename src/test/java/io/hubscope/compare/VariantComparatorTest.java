package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.results.MetricRow;
import io.hubscope.util.HubscopeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantComparatorTest {

  private static void add(List<MetricRow> rows, String variant, String metric, double... values) {
    for (int i = 0; i < values.length; i++) {
      rows.add(new MetricRow("s", variant, "hub", i + 1, metric, "", values[i], "share"));
    }
  }

  @Test
  void rowsAreSortedByEffectSizeWithConstantChangesFirst() {
    List<MetricRow> rows = new ArrayList<>();
    add(rows, "baseline", "a", 1, 2, 3, 4);
    add(rows, "baseline", "b", 0.5, 0.5, 0.5, 0.5);
    add(rows, "baseline", "c", 1, 2, 3, 4);
    add(rows, "baseline", "d", 0.2, 0.2, 0.2, 0.2);
    add(rows, "v", "a", 2, 4, 6, 8);
    add(rows, "v", "b", 0.5, 0.5, 0.5, 0.5);
    add(rows, "v", "c", 11, 12, 13, 14);
    add(rows, "v", "d", 0.1, 0.1, 0.1, 0.1);

    List<ComparisonRow> out = VariantComparator.compare(rows, "baseline");

    assertThat(out).extracting(ComparisonRow::metric).containsExactly("d", "c", "a", "b");
    assertThat(out.get(0).stats().verdict()).isEqualTo(Verdict.LOWER);
    assertThat(out.get(1).stats().verdict()).isEqualTo(Verdict.HIGHER);
    assertThat(out.get(3).stats().verdict()).isEqualTo(Verdict.NO_DIFFERENCE);
    assertThat(out).allSatisfy(r -> {
      assertThat(r.baseline()).isEqualTo("baseline");
      assertThat(r.variant()).isEqualTo("v");
      assertThat(r.n()).isEqualTo(4);
    });
  }

  @Test
  void keysOnlyOneSideHasAreLeftOut() {
    List<MetricRow> rows = new ArrayList<>();
    add(rows, "baseline", "a", 1, 2);
    add(rows, "baseline", "gone", 1, 2);
    add(rows, "v", "a", 1, 2);
    add(rows, "v", "new", 1, 2);

    assertThat(VariantComparator.compare(rows, "baseline")).extracting(ComparisonRow::metric).containsExactly("a");
  }

  @Test
  void anotherVariantCanBeTheBaseline() {
    List<MetricRow> rows = new ArrayList<>();
    add(rows, "baseline", "a", 1, 2);
    add(rows, "v", "a", 3, 4);

    List<ComparisonRow> out = VariantComparator.compare(rows, "v");

    assertThat(out).singleElement().satisfies(r -> {
      assertThat(r.baseline()).isEqualTo("v");
      assertThat(r.variant()).isEqualTo("baseline");
      assertThat(r.stats().difference()).isEqualTo(-2.0);
    });
  }

  @Test
  void anUnknownBaselineListsTheValidOnes() {
    List<MetricRow> rows = new ArrayList<>();
    add(rows, "baseline", "a", 1, 2);
    add(rows, "minimisation", "a", 1, 2);

    assertThatThrownBy(() -> VariantComparator.compare(rows, "minimization"))
        .isInstanceOf(HubscopeException.class)
        .hasMessage("no variant named 'minimization' to use as the baseline")
        .satisfies(e -> assertThat(((HubscopeException) e).hint()).isEqualTo("valid variants: baseline, minimisation"))
        .satisfies(e -> assertThat(((HubscopeException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void aSingleVariantHasNothingToCompare() {
    List<MetricRow> rows = new ArrayList<>();
    add(rows, "baseline", "a", 1, 2);

    assertThatThrownBy(() -> VariantComparator.compare(rows, "baseline"))
        .hasMessage("only one variant ('baseline'): nothing to compare it with");
  }
}
