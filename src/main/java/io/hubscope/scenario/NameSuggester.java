package io.hubscope.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the valid name closest to a misspelt one, for "did you mean" hints. Names are compared case-insensitively by
 * Levenshtein distance; a candidate is close enough when the distance is at most 2, or a third of the longer name,
 * or when one name is a prefix of the other (at least three characters long).
 */
final class NameSuggester {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private NameSuggester() {}

  /**
   * The closest candidate, if any is close enough; ties go to the first candidate in iteration order.
   *
   * @param input what was written
   * @param candidates valid names
   * @return the suggestion
   */
  static Optional<String> nearest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String in = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input)) {
        continue;
      }
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = DISTANCE.apply(in, c);
      boolean prefix = Math.min(in.length(), c.length()) >= 3 && (c.startsWith(in) || in.startsWith(c));
      int limit = Math.max(2, Math.max(in.length(), c.length()) / 3);
      if ((d <= limit || prefix) && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A hint {@code did you mean 'x'?}, or null when nothing is close.
   *
   * @param input what was written
   * @param candidates valid names
   * @return the hint or null
   */
  static String didYouMean(String input, Collection<String> candidates) {
    return nearest(input, candidates).map(s -> "did you mean '" + s + "'?").orElse(null);
  }
}
