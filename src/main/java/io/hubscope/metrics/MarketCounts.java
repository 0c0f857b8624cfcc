package io.hubscope.metrics;

/**
 * Counts over the market rows a people metric's accumulator read that do not depend on the observer: shipments per
 * buyer, per product category and per destination country. Every observer's accumulator of a replication reads the
 * same rows, so the counts are taken once, when the first one emits ({@link #of}), instead of by every accumulator
 * on every shard. Exact integer counts; the order rows are visited in does not matter.
 */
final class MarketCounts {

  private final ViewProfile profile;
  private final int[] perBuyer;
  private final long[] perCategory;
  private final long[] perDestination;
  private final long rows;

  private MarketCounts(ViewProfile profile, ViewProfile.RowsRead read) {
    this.profile = profile;
    perBuyer = new int[profile.persons];
    perCategory = new long[profile.categoryCount];
    perDestination = new long[profile.world.index().destinationCount()];
    int[] destinationOf = profile.destinationOfPerson();
    long[] n = new long[1];
    read.forEach((s, from, to) -> {
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        perBuyer[r]++;
        perCategory[s.category[i]]++;
        perDestination[destinationOf[r]]++;
      }
      n[0] += to - from;
    });
    rows = n[0];
  }

  /**
   * The counts of the rows an accumulator read, computed by the first accumulator of the replication that asks.
   *
   * @param profile the accumulator's profile
   * @param read the rows it read
   * @return the counts
   */
  static MarketCounts of(ViewProfile profile, ViewProfile.RowsRead read) {
    return profile.marketValue("market.counts", read, () -> new MarketCounts(profile, read));
  }

  /** Rows read. */
  long rows() {
    return rows;
  }

  /**
   * @param person person index
   * @return the person's shipments among the rows read
   */
  int shipmentsOf(int person) {
    return perBuyer[person];
  }

  /**
   * @param population {@link ViewProfile#CONSUMERS} or {@link ViewProfile#BUSINESSES}
   * @return shipments bought by the population
   */
  long shipments(int population) {
    long n = 0;
    for (int p = profile.firstPerson(population); p < profile.endPerson(population); p++) {
      n += perBuyer[p];
    }
    return n;
  }

  /**
   * @param population population
   * @param atLeast least number of shipments
   * @return people of the population with at least that many shipments
   */
  int people(int population, int atLeast) {
    int n = 0;
    for (int p = profile.firstPerson(population); p < profile.endPerson(population); p++) {
      n += perBuyer[p] >= atLeast ? 1 : 0;
    }
    return n;
  }

  /**
   * @param population population
   * @return the largest number of shipments of one person of the population (0 when none)
   */
  int mostByOnePerson(int population) {
    int most = 0;
    for (int p = profile.firstPerson(population); p < profile.endPerson(population); p++) {
      most = Math.max(most, perBuyer[p]);
    }
    return most;
  }

  /** The largest number of shipments of one category (0 when none). */
  long mostOfOneCategory() {
    return max(perCategory);
  }

  /** The largest number of shipments to one destination (0 when none). */
  long mostToOneDestination() {
    return max(perDestination);
  }

  private static long max(long[] counts) {
    long most = 0;
    for (long c : counts) {
      most = Math.max(most, c);
    }
    return most;
  }
}
