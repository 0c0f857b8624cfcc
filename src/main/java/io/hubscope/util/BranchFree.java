package io.hubscope.util;

/**
 * Chooses between two values by a condition without a branch, for conditions that are coin flips for the processor
 * (a comparison of a random draw against a threshold). A mispredicted branch there costs far more than usual: it
 * depends on the random generator's state chain, so it is resolved late and discards the work of the draws that
 * follow. The choice is exact (bits are copied, nothing is computed), so a caller gets bit for bit what the branch
 * would have given.
 */
public final class BranchFree {

  private BranchFree() {}

  /**
   * The mask of a comparison: all ones when {@code x < y}, else zero.
   *
   * @param x a finite double
   * @param y a finite double
   * @return -1L when x &lt; y, else 0; unspecified when x - y is NaN (a NaN's sign bit depends on the processor)
   */
  public static long lessMask(double x, double y) {
    // the sign of x - y, negative only when x < y; adding +0 turns the -0 of (-0) - (+0) into +0
    return Double.doubleToRawLongBits((x - y) + 0.0) >> 63;
  }

  /**
   * The mask of a comparison of two unsigned 32-bit values held in longs: all ones when {@code x < y}, else zero.
   *
   * @param x a value in 0 .. 2^32 - 1
   * @param y a value in 0 .. 2^32 - 1
   * @return -1L when x &lt; y, else 0
   */
  public static long lessMask(long x, long y) {
    return (x - y) >> 63;
  }

  /**
   * {@code mask != 0 ? ifSet : otherwise}, for a mask from {@link #lessMask}.
   *
   * @param mask all ones or zero
   * @param ifSet value chosen by all ones
   * @param otherwise value chosen by zero
   * @return the chosen value
   */
  public static int choose(long mask, int ifSet, int otherwise) {
    int m = (int) mask;
    return (ifSet & m) | (otherwise & ~m);
  }
}
