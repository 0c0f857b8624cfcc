package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.results.SummaryRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreSelectorTest {

  private static SummaryRow row(String observer, String metric, String group, double mean) {
    return new SummaryRow("s", "baseline", observer, metric, group, 3, mean, 0, mean, mean, "share");
  }

  @Test
  void theScoreIsTheMeanOfTheMatchingRows() {
    ScoreSelector s = ScoreSelector.parse("--exposure", "exposure.share:field=name|street;form=clear");
    List<SummaryRow> rows = List.of(
        row("hub", "exposure.share", "field=name;form=clear", 1.0),
        row("hub", "exposure.share", "field=street;form=clear", 0.5),
        row("hub", "exposure.share", "field=postcode;form=clear", 0.0),
        row("hub", "exposure.share", "field=name;form=none", 0.0),
        row("hub", "coverage.shipments", "", 1.0),
        row("other", "exposure.share", "field=name;form=clear", 0.2));

    assertThat(s.score(rows, "hub")).isEqualTo(0.75);
    assertThat(s.score(rows, "other")).isEqualTo(0.2);
    assertThat(s.score(rows, "nobody")).isNaN();
    assertThat(s.toString()).isEqualTo("exposure.share:field=name|street;form=clear");
  }

  @Test
  void aStarMatchesAnyValueAndNoGroupMatchesEveryRow() {
    assertThat(ScoreSelector.parse("x", "m:field=*").matches("m", "field=a;form=clear")).isTrue();
    assertThat(ScoreSelector.parse("x", "m:field=*").matches("m", "")).isFalse();
    assertThat(ScoreSelector.parse("x", "m").matches("m", "party=bpost")).isTrue();
  }

  @Test
  void malformedSelectorsAreRejected() {
    assertThatThrownBy(() -> ScoreSelector.parse("--utility", ":party=x"))
        .hasMessage("--utility ':party=x' names no metric");
    assertThatThrownBy(() -> ScoreSelector.parse("--utility", "m:party"))
        .hasMessage("--utility 'm:party': 'party' is not key=value");
  }
}
