package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.DemandSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandCurveTest {

  @Test
  void multipliesWeekdayPeakAndTrend() {
    DemandSpec spec = new DemandSpec(List.of(1.0, 1.0, 1.0, 1.0, 2.0, 0.5, 0.5),
        List.of(new DemandSpec.Peak("peak", 1, 2, 3.0)), 0.0);
    // 2025-11-06 is a Thursday: day 0 -> Thursday (1.0), day 1 -> Friday (2.0) x peak 3, day 2 -> Saturday (0.5)
    // x peak 3, day 3 -> Sunday (0.5)
    DemandCurve c = new DemandCurve(spec, "2025-11-06", 4);
    assertThat(c.factor(0)).isEqualTo(1.0);
    assertThat(c.factor(1)).isEqualTo(6.0);
    assertThat(c.factor(2)).isEqualTo(1.5);
    assertThat(c.factor(3)).isEqualTo(0.5);
  }

  @Test
  void annualTrendCompounds() {
    DemandCurve c = new DemandCurve(new DemandSpec(null, null, 0.26), null, 366);
    assertThat(c.factor(0)).isEqualTo(1.0);
    assertThat(c.factor(365)).isCloseTo(1.26, within(1e-12));
  }
}
