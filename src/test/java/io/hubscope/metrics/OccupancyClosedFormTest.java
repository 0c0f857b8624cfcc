package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.simulation.ShipmentColumns;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Closed form: z people placed independently and uniformly at random over d cells; the expected share of people
 * alone in their cell is (1 - 1/d)<sup>z-1</sup> (about exp(-z/d)). With S the number of people alone,
 * E[S] = z (1 - 1/d)<sup>z-1</sup> and E[S(S-1)] = z (z-1) (1 - 1/d)(1 - 2/d)<sup>z-2</sup> (two given people are in
 * different cells and nobody else is in either), which gives the sampling error of the share. Each person gets one
 * parcel whose cell is the quasi-identifier (its declared value) for {@code reid}, or the trace point (its
 * delivery hour) for {@code unicity}; results must fall within the 99.9% interval.
 */
class OccupancyClosedFormTest {

  private static final double Z999 = 3.2905;

  private static MetricHarness crowd(int people, String analysis) {
    String text = MetricHarness.resourceText("people-harness.yaml")
        .replace("    count: 6\n", "    count: " + people + "\n") + "\n" + analysis;
    return MetricHarness.loadText("people-occupancy.yaml", text);
  }

  /** Variance of the share of people alone in their cell. */
  private static double shareVariance(int z, int d) {
    double mean = z * Math.pow(1 - 1.0 / d, z - 1);
    double pairs = (double) z * (z - 1) * (1 - 1.0 / d) * Math.pow(1 - 2.0 / d, z - 2);
    return (mean + pairs - mean * mean) / ((double) z * z);
  }

  private static ShipmentColumns oneParcelEach(MetricHarness h, int people, int d, long seed, boolean byValue) {
    SplittableRandom random = new SplittableRandom(seed);
    int route = h.route("BE", "HUB-A");
    ShipmentColumns s = MetricHarness.shipments(people);
    for (int i = 0; i < people; i++) {
      int cell = random.nextInt(d);
      // consumers are stored zone by zone: the first half live in BE, the rest in NL; the cell alone must matter,
      // so every parcel gets the same postcode's route and the value or the time carries the cell
      MetricHarness.row(s, i, i, route, 0, byValue ? 1 + cell / 100.0 : 10, byValue ? 30 : cell + 0.5);
    }
    return s;
  }

  @Test
  void shareOfSampleUniquesMatchesTheOccupancyFormula() {
    int z = 2000;
    int d = 10_000;
    MetricHarness h = crowd(z, "transforms:\n  - {field: postcode, to: [hub-a], op: omit}\n"
        + "  - {field: delivery_time, to: [hub-a], op: omit}\n");
    double expected = Math.pow(1 - 1.0 / d, z - 1);
    double sd = Math.sqrt(shareVariance(z, d));
    for (long seed = 1; seed <= 3; seed++) {
      double share = h.run(new ReidentificationMetric(), h.view("hub-a"), oneParcelEach(h, z, d, seed, true))
          .get("k1_share|population=consumers");
      assertThat(Math.abs(share - expected)).as("seed %d: %f vs %f", seed, share, expected)
          .isLessThan(Z999 * sd);
    }
    assertThat(expected).isBetween(0.818, 0.819);
  }

  @Test
  void unicityWithOnePointMatchesTheOccupancyFormula() {
    int z = 5000;
    int d = 20_000;
    int m = 1000;
    MetricHarness h = crowd(z, """
        analysis:
          unicity: {maxPoints: 1, samplePeople: 1000, timeHours: 1}
        transforms:
          - {field: postcode, to: [hub-a], op: omit}
        """);
    double expected = Math.pow(1 - 1.0 / d, z - 1);
    double sd = Math.sqrt(shareVariance(z, d) + expected * (1 - expected) / m);
    for (long seed = 11; seed <= 13; seed++) {
      var result = h.run(new UnicityMetric(), h.view("hub-a"), oneParcelEach(h, z, d, seed, false));
      double share = result.get("share_unique|population=consumers;p=1");
      assertThat(result.get("sample_size|population=consumers;p=1")).isEqualTo((double) m);
      assertThat(Math.abs(share - expected)).as("seed %d: %f vs %f", seed, share, expected)
          .isLessThan(Z999 * sd);
    }
  }
}
