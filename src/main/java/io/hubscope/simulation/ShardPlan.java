package io.hubscope.simulation;

/**
 * Splits the rows of a replication into fixed-size shards. Shards depend only on the row count, never on the
 * number of threads, so every shard's random stream and result is the same however the work is scheduled.
 */
public final class ShardPlan {

  /** Rows per shard. */
  public static final int DEFAULT_SHARD_ROWS = 1 << 16;

  private final int rows;
  private final int shardRows;

  /**
   * Creates the plan.
   *
   * @param rows total rows
   * @param shardRows rows per shard (the last shard may be shorter)
   */
  public ShardPlan(int rows, int shardRows) {
    if (shardRows <= 0) {
      throw new IllegalArgumentException("shardRows must be positive");
    }
    this.rows = rows;
    this.shardRows = shardRows;
  }

  /** Number of shards. */
  public int shards() {
    return (rows + shardRows - 1) / shardRows;
  }

  /**
   * First row of a shard.
   *
   * @param shard shard index
   * @return first row
   */
  public int from(int shard) {
    return shard * shardRows;
  }

  /**
   * One past the last row of a shard.
   *
   * @param shard shard index
   * @return end row (exclusive)
   */
  public int to(int shard) {
    return Math.min(rows, (shard + 1) * shardRows);
  }

  /** Total rows. */
  public int rows() {
    return rows;
  }
}
