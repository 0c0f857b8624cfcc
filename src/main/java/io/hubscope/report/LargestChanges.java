package io.hubscope.report;

import io.hubscope.metrics.Groups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Picks the comparison rows a report leads with: the largest changes, in the order of {@code compare.csv} (effect size
 * first, an infinite effect, where both sides are constant and differ, before every finite one; then the absolute
 * difference), the same number from each variant so that one variant's many changes do not crowd out another's.
 */
final class LargestChanges {

  /** Largest effect first; infinite effects first of all; then the larger absolute difference. */
  static final Comparator<ResultsData.CompareRow> ORDER =
      Comparator.comparingDouble((ResultsData.CompareRow r) -> -Math.abs(r.effectSize()))
          .thenComparingDouble(r -> -Math.abs(r.difference()));

  private LargestChanges() {}

  /**
   * Whether a row is worth listing beside the others: not a field's share held in no form ({@code form=none}), which
   * mirrors the shares of the field's other forms, so listing it too would show each change twice.
   *
   * @param r a comparison row
   * @return false for a {@code form=none} row
   */
  static boolean notAMirror(ResultsData.CompareRow r) {
    return !"none".equals(Groups.parse(r.group()).get("form"));
  }

  /**
   * The largest changes among rows with a defined effect size (finite or infinite), at most {@code limit}: up to
   * {@code limit / variants} (at least one) from each variant, then the best of the rest, all in {@link #ORDER}.
   *
   * @param rows comparison rows
   * @param keep which rows may be shown
   * @param limit most rows
   * @return the rows to show
   */
  static List<ResultsData.CompareRow> pick(List<ResultsData.CompareRow> rows, Predicate<ResultsData.CompareRow> keep,
      int limit) {
    Map<String, List<ResultsData.CompareRow>> byVariant = new LinkedHashMap<>();
    for (ResultsData.CompareRow r : rows) {
      if (!Double.isNaN(r.effectSize()) && keep.test(r)) {
        byVariant.computeIfAbsent(r.variant(), k -> new ArrayList<>()).add(r);
      }
    }
    if (byVariant.isEmpty()) {
      return List.of();
    }
    int each = Math.max(1, limit / byVariant.size());
    List<ResultsData.CompareRow> chosen = new ArrayList<>();
    List<ResultsData.CompareRow> rest = new ArrayList<>();
    for (List<ResultsData.CompareRow> own : byVariant.values()) {
      own.sort(ORDER);
      chosen.addAll(own.subList(0, Math.min(each, own.size())));
      rest.addAll(own.subList(Math.min(each, own.size()), own.size()));
    }
    rest.sort(ORDER);
    chosen.addAll(rest.subList(0, Math.max(0, Math.min(rest.size(), limit - chosen.size()))));
    chosen.sort(ORDER);
    return chosen.subList(0, Math.min(limit, chosen.size()));
  }
}
