package io.hubscope.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The yardstick loop ({@link Yardstick}) alone, timed back to back for a while in a JVM that does nothing
 * else: no engine, no garbage to collect, nothing left to compile after the first second. It shows how fast the
 * shared machine runs a fixed piece of work from one second to the next, which is what {@link EngineBenchmark}'s
 * figures must be read against.
 *
 * <p>Run: {@code bench/yardstick [SECONDS]} (default 60). Prints, per second, the median and the range of that
 * second's timings in million shipments per second (a timing counts in the second it starts in), then, after the
 * first second, the mean speed over all the time (the slow seconds weighing by their length, as in a long run) and the
 * share of timings in the three bands of {@link Yardstick#BANDS}, which {@link EngineBenchmark} reports the engine
 * in.
 */
public final class YardstickTrace {

  private YardstickTrace() {}

  /**
   * Runs the trace.
   *
   * @param args optional duration in seconds
   */
  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    Yardstick yardstick = new Yardstick();
    double[] timings = new double[64];
    int[] bands = new int[3];
    int counted = 0;
    long start = System.nanoTime();
    long countedFrom = 0;
    for (int second = 0; second < seconds; second++) {
      long end = start + (second + 1) * 1_000_000_000L;
      if (second == 1) {
        countedFrom = System.nanoTime();
      }
      int n = 0;
      while (System.nanoTime() < end) {
        if (n == timings.length) {
          timings = Arrays.copyOf(timings, 2 * n);
        }
        timings[n++] = yardstick.shipmentsPerSecond() / 1e6;
      }
      if (n == 0) {
        // the previous timing ran past this whole second
        System.out.printf(Locale.ROOT, "%4d s  no timing started%n", second + 1);
        continue;
      }
      double[] sorted = Arrays.copyOf(timings, n);
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%4d s  median %5.1f  range %5.1f-%5.1f M/s  (%d timings)%n", second + 1,
          sorted[n / 2], sorted[0], sorted[n - 1], n);
      if (second > 0) {
        // the first second runs interpreted and partly compiled code
        for (int k = 0; k < n; k++) {
          bands[Yardstick.band(timings[k])]++;
        }
        counted += n;
      }
    }
    if (counted > 0) {
      double mean = (double) counted * Yardstick.SHIPMENTS * 1e3 / (System.nanoTime() - countedFrom);
      System.out.printf(Locale.ROOT, "after the first second: %.1f M/s on average (all timings back to back)%n",
          mean);
      System.out.printf(Locale.ROOT, "timings after the first second: %d; at >= %.0f M/s %.0f%%, %.0f-%.0f %.0f%%, "
          + "under %.0f %.0f%%%n", counted, Yardstick.BANDS[0], 100.0 * bands[0] / counted, Yardstick.BANDS[1],
          Yardstick.BANDS[0], 100.0 * bands[1] / counted, Yardstick.BANDS[1], 100.0 * bands[2] / counted);
    }
    System.out.println("(checksum " + yardstick.sink() + ")");
  }
}
