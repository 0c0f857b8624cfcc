package io.hubscope.world;

/**
 * Many alias tables side by side in one flat array: segment {@code g} covers entries
 * {@code first[g] .. first[g + 1] - 1} and draws an entry of its own with probability proportional to the entry's
 * weight (Walker's alias method per segment, see {@link AliasTable} for the definition). Each entry packs the column's
 * threshold (32-bit fixed point) and its alias as a flat index, so a draw costs one 64-bit random number and one
 * access to one array, with no object to follow: the column from the high 32 bits (Lemire's multiply-shift over the
 * segment's length), the coin from the low 32 bits.
 *
 * <p>The draw is split in two steps, {@link #column} and {@link #resolve}, so a caller can compute the columns of a
 * batch first and then read the table for all of them in one loop. Results are identical to one {@link AliasTable}
 * per segment sampled with the same bits, offset by the segment's first index. Immutable; may be shared between
 * threads.
 */
public final class SegmentedAliasTable {

  private final int[] first;
  private final long[] packed;

  private SegmentedAliasTable(int[] first, long[] packed) {
    this.first = first;
    this.packed = packed;
  }

  /**
   * Builds the tables.
   *
   * @param weights weight of every entry, segments one after the other
   * @param first start of each segment, length segments + 1, non-decreasing, ending at {@code weights.length}
   * @return the tables; a segment whose weights sum to 0 must not be drawn from
   * @throws IllegalArgumentException when the segment bounds do not cover the weights
   */
  public static SegmentedAliasTable of(double[] weights, int[] first) {
    if (first.length == 0 || first[0] != 0 || first[first.length - 1] != weights.length) {
      throw new IllegalArgumentException("segment bounds must start at 0 and end at the number of weights");
    }
    AliasTable[] tables = new AliasTable[first.length - 1];
    int[] sizes = new int[tables.length];
    for (int g = 0; g < tables.length; g++) {
      sizes[g] = first[g + 1] - first[g];
      if (sizes[g] < 0) {
        throw new IllegalArgumentException("segment bounds must not decrease");
      }
      double[] slice = java.util.Arrays.copyOfRange(weights, first[g], first[g + 1]);
      tables[g] = WeightedSampling.total(slice) > 0 ? AliasTable.of(slice) : null;
    }
    return of(tables, sizes);
  }

  /**
   * Packs existing alias tables side by side.
   *
   * @param tables one table per segment; null for a segment that must not be drawn from
   * @param sizes entries of each segment (a table's size, or any size for a null one)
   * @return the tables
   */
  public static SegmentedAliasTable of(AliasTable[] tables, int[] sizes) {
    int[] first = new int[tables.length + 1];
    for (int g = 0; g < tables.length; g++) {
      first[g + 1] = first[g] + sizes[g];
    }
    long[] packed = new long[first[tables.length]];
    for (int g = 0; g < tables.length; g++) {
      if (tables[g] != null) {
        tables[g].packInto(packed, first[g], first[g]);
      }
    }
    return new SegmentedAliasTable(first, packed);
  }

  /**
   * Number of segments.
   *
   * @return segments
   */
  public int segments() {
    return first.length - 1;
  }

  /**
   * The column a draw lands on.
   *
   * @param segment segment
   * @param bits 64 uniformly random bits
   * @return flat index of the column
   */
  public int column(int segment, long bits) {
    int start = first[segment];
    return start + (int) (((bits >>> 32) * (first[segment + 1] - start)) >>> 32);
  }

  /**
   * Finishes a draw: the column itself or its alias, by the coin in the low 32 bits.
   *
   * @param column flat index from {@link #column} with the same bits
   * @param bits the same 64 bits
   * @return flat index of the outcome
   */
  public int resolve(int column, long bits) {
    return AliasTable.resolve(packed, column, bits);
  }

  /**
   * Draws from a segment.
   *
   * @param segment segment
   * @param bits 64 uniformly random bits
   * @return flat index of the outcome
   */
  public int sample(int segment, long bits) {
    return resolve(column(segment, bits), bits);
  }
}
