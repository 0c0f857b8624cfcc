package io.hubscope.compare;

import io.hubscope.metrics.Groups;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per variant, the compared measures by what their verdict means for the observed ({@link MetricReading}):
 * less or more exposure per observer, less or more utility per party. A party's data needs are the same whoever
 * observes (every observer pooling the party reports the same {@code utility.*} rows), so a utility measure, that is
 * a (metric, group) pair, counts once per variant, for the party its group names. Measures whose verdict means
 * neither (context, or no change) are not counted. The terminal table of {@code hubscope compare} and the compare
 * report both count with it, so they give the same numbers.
 */
public final class MeaningTally {

  /** Per variant and meaning: the count per observer (or party), in order of first appearance. */
  private final Map<String, Map<String, Map<String, Integer>>> counts = new LinkedHashMap<>();
  private final Set<String> utilityCounted = new HashSet<>();

  /**
   * Counts one compared measure.
   *
   * @param variant the variant
   * @param observer the observer
   * @param metric the metric
   * @param group the group string
   * @param verdict the verdict's text ({@code lower}, {@code higher}, ...)
   */
  public void add(String variant, String observer, String metric, String group, String verdict) {
    MetricReading reading = MetricReading.of(metric, group);
    String meaning = reading.meaning(verdict);
    boolean utility = reading == MetricReading.UTILITY;
    if (meaning.isEmpty() || utility && !utilityCounted.add(variant + '\n' + metric + '\n' + group)) {
      return;
    }
    String who = utility ? String.valueOf(Groups.parse(group).get("party")) : observer;
    counts.computeIfAbsent(variant, k -> new LinkedHashMap<>()).computeIfAbsent(meaning, k -> new LinkedHashMap<>())
        .merge(who, 1, Integer::sum);
  }

  /**
   * The counts of one variant and meaning.
   *
   * @param variant the variant
   * @param meaning one of {@link MetricReading#MEANINGS}
   * @return measures per observer (exposure) or party (utility), in order of first appearance; empty when none
   */
  public Map<String, Integer> by(String variant, String meaning) {
    return counts.getOrDefault(variant, Map.of()).getOrDefault(meaning, Map.of());
  }

  /**
   * The number of measures of one variant and meaning.
   *
   * @param variant the variant
   * @param meaning one of {@link MetricReading#MEANINGS}
   * @return the sum of {@link #by}
   */
  public int total(String variant, String meaning) {
    return by(variant, meaning).values().stream().mapToInt(Integer::intValue).sum();
  }
}
