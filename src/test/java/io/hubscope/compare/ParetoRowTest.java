package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import io.hubscope.results.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoRowTest {

  private static List<SummaryRow> point(double exposure, double utility) {
    return List.of(
        new SummaryRow("s", "baseline", "hub", "e", "", 3, exposure, 0, exposure, exposure, "share"),
        new SummaryRow("s", "baseline", "hub", "u", "", 3, utility, 0, utility, utility, "share"));
  }

  @Test
  void theFrontHoldsThePointsNoOtherPointDominates() {
    // (exposure, utility): 1 (0.5, 1.0) on the front (best utility); 2 (0.3, 0.8) on the front (least exposure);
    // 3 (0.6, 0.9) dominated by 1; 4 (0.3, 0.8) equals 2, so both stay; 5 (0.4, 0.8) dominated by 2;
    // 6 has no exposure score and is never on the front.
    double[][] scores = {{0.5, 1.0}, {0.3, 0.8}, {0.6, 0.9}, {0.3, 0.8}, {0.4, 0.8}, {Double.NaN, 1.0}};
    List<SweepPoint> points = new ArrayList<>();
    List<List<SummaryRow>> summaries = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      points.add(new SweepPoint(i + 1, List.of("x"), List.of(IntNode.valueOf(i))));
      summaries.add(point(scores[i][0], scores[i][1]));
    }

    List<ParetoRow> rows = ParetoRow.score(points, summaries, new ScoreSelector("e", Map.of()),
        new ScoreSelector("u", Map.of()));

    assertThat(rows).extracting(ParetoRow::pareto).containsExactly(true, true, false, true, false, false);
    assertThat(rows.get(2).exposure()).isEqualTo(0.6);
    assertThat(rows.get(2).utility()).isEqualTo(0.9);
  }
}
