package io.hubscope.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedDeriverTest {

  @Test
  void splitMix64MatchesTheReferenceOutput() {
    // first output of SplitMix64 seeded with 0 (Vigna's reference splitmix64.c)
    assertThat(SeedDeriver.splitMix64(0)).isEqualTo(0xe220a8397b1dcdafL);
  }

  @Test
  void fnv1aMatchesTheReferenceVectors() {
    assertThat(SeedDeriver.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(SeedDeriver.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }

  @Test
  void derivedSeedsDependOnNameAndMaster() {
    long a = SeedDeriver.derive(1, "merchants.size");
    assertThat(SeedDeriver.derive(1, "merchants.size")).isEqualTo(a);
    assertThat(SeedDeriver.derive(1, "merchants.origin")).isNotEqualTo(a);
    assertThat(SeedDeriver.derive(2, "merchants.size")).isNotEqualTo(a);
    assertThat(a).isEqualTo(SeedDeriver.splitMix64(1 ^ SeedDeriver.fnv1a64("merchants.size")));
  }
}
