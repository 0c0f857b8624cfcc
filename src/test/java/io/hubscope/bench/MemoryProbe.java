package io.hubscope.bench;

import java.util.Locale;

/**
 * How fast this machine's memory is right now, to read benchmark figures by: the time of a fixed amount of pure
 * arithmetic (which the host's state barely moves), of streaming three 64 MB float arrays, and of 20 million random
 * increments in tables of 256 KB (core caches), 4 MB (the shared L3) and 64 MB (main memory). On this project's shared
 * virtual machine the arithmetic stayed within a few percent all afternoon while the memory figures moved by up to a
 * factor of two (64 MB) and more (4 MB) within minutes, and the engine's replication times drifted with them.
 *
 * <p>Run: {@code bench/probe [ROUNDS]} (default 10); each round prints one line, in milliseconds.
 */
public final class MemoryProbe {

  private static final int DRAWS = 20_000_000;

  private MemoryProbe() {}

  /**
   * Prints the timings.
   *
   * @param args optional number of rounds
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    float[] a = new float[16 << 20];
    float[] b = new float[16 << 20];
    float[] c = new float[16 << 20];
    int[] cache = new int[64 << 10];
    int[] shared = new int[1 << 20];
    int[] memory = new int[16 << 20];
    long state = 88172645463325252L;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long x = state;
      for (int i = 0; i < 100_000_000; i++) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        sink += x * 31 + (sink >>> 3);
      }
      long t1 = System.nanoTime();
      for (int k = 0; k < 4; k++) {
        for (int i = 0; i < a.length; i++) {
          c[i] = a[i] * 1.5f + b[i] + k;
        }
      }
      long t2 = System.nanoTime();
      double small = increments(cache, x);
      double middle = increments(shared, x + 1);
      double large = increments(memory, x + 2);
      state = x;
      System.out.printf(Locale.ROOT, "arithmetic %.0f  stream %.0f  random 256KB %.0f  4MB %.0f  64MB %.0f ms%n",
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, small, middle, large);
    }
    // printed so that no loop is optimised away
    System.out.println("checksum " + (sink + (long) c[7] + cache[1] + shared[2] + memory[3]));
  }

  /** Milliseconds for {@value #DRAWS} increments at xorshift-random positions of {@code table}. */
  private static double increments(int[] table, long seed) {
    long y = seed | 1;
    int mask = table.length - 1;
    long t0 = System.nanoTime();
    for (int i = 0; i < DRAWS; i++) {
      y ^= y << 13;
      y ^= y >>> 7;
      y ^= y << 17;
      table[(int) (y >>> 40) & mask]++;
    }
    return (System.nanoTime() - t0) / 1e6;
  }
}
