package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LargestChangesTest {

  private static ResultsData.CompareRow row(String variant, String metric, double difference, double effect) {
    return new ResultsData.CompareRow("s", "hub", metric, "", "share", "baseline", variant, 4, 0.5, 0.4, 0.6,
        0.5 + difference, 0.4, 0.6, difference, difference / 0.5, 0.01, "lower", effect);
  }

  @Test
  void infiniteEffectsComeFirstThenTheLargestFiniteOnesAndUndefinedOnesNever() {
    List<ResultsData.CompareRow> rows = List.of(
        row("a", "small", -0.01, 0.3),
        row("a", "constant-small", -0.2, Double.POSITIVE_INFINITY),
        row("a", "undefined", 0.1, Double.NaN),
        row("a", "large", -0.1, 4.0),
        row("a", "constant-large", -1.0, Double.POSITIVE_INFINITY));

    assertThat(LargestChanges.pick(rows, r -> true, 10)).extracting(ResultsData.CompareRow::metric)
        .containsExactly("constant-large", "constant-small", "large", "small");
  }

  @Test
  void eachVariantGetsItsShareOfTheRows() {
    // variant a has four changes larger than b's two; with room for four rows each variant gets two
    List<ResultsData.CompareRow> rows = List.of(
        row("a", "a1", -0.5, 9), row("a", "a2", -0.5, 8), row("a", "a3", -0.5, 7), row("a", "a4", -0.5, 6),
        row("b", "b1", -0.5, 2), row("b", "b2", -0.5, 1));

    assertThat(LargestChanges.pick(rows, r -> true, 4)).extracting(ResultsData.CompareRow::metric)
        .containsExactly("a1", "a2", "b1", "b2");
    // with room for five, the fifth is the best of the rest
    assertThat(LargestChanges.pick(rows, r -> true, 5)).extracting(ResultsData.CompareRow::metric)
        .containsExactly("a1", "a2", "a3", "b1", "b2");
    assertThat(LargestChanges.pick(rows, r -> r.variant().equals("b"), 5)).extracting(ResultsData.CompareRow::metric)
        .containsExactly("b1", "b2");
  }
}
