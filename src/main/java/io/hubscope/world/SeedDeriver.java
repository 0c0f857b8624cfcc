package io.hubscope.world;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent sub-seeds from a master seed, one per named random stream, so that adding a stream never
 * shifts another stream's numbers.
 *
 * <p>Definition: {@code derive(master, name) = splitMix64(master XOR fnv1a64(name))}, where {@code fnv1a64} is the
 * 64-bit FNV-1a hash of the name's UTF-8 bytes (offset basis {@code 0xcbf29ce484222325}, prime
 * {@code 0x100000001b3}) and {@code splitMix64} is the output function of Steele, Lea and Flood's SplittableRandom
 * (SplitMix64, OOPSLA 2014): {@code z += 0x9e3779b97f4a7c15; z = (z ^ z>>>30) * 0xbf58476d1ce4e5b9;
 * z = (z ^ z>>>27) * 0x94d049bb133111eb; return z ^ z>>>31}. SplitMix64 is a bijection with full avalanche, so
 * nearby masters or names give unrelated sub-seeds. Stream names are dotted paths ({@code merchants.size},
 * {@code businesses.electronics.suppliers}); they are part of the reproducibility contract and must not change.
 */
public final class SeedDeriver {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private SeedDeriver() {}

  /**
   * The sub-seed of a named stream.
   *
   * @param master master seed
   * @param stream stream name
   * @return derived seed
   */
  public static long derive(long master, String stream) {
    return splitMix64(master ^ fnv1a64(stream));
  }

  /**
   * The sub-seed of a numbered stream (e.g. a shard or a replication).
   *
   * @param master master seed (often itself derived)
   * @param index stream number
   * @return derived seed
   */
  public static long derive(long master, long index) {
    return splitMix64(master ^ splitMix64(index));
  }

  /**
   * The SplitMix64 output function.
   *
   * @param z input
   * @return mixed value
   */
  public static long splitMix64(long z) {
    long x = z + 0x9e3779b97f4a7c15L;
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /**
   * 64-bit FNV-1a hash of a string's UTF-8 bytes.
   *
   * @param s input
   * @return hash
   */
  public static long fnv1a64(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }
}
