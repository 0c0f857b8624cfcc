package io.hubscope.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void countsAreWholeWithThousandsSeparators() {
    assertThat(Numbers.count(1_916_080.4)).isEqualTo("1,916,080");
    assertThat(Numbers.count(20)).isEqualTo("20");
    assertThat(Numbers.count(999.5)).isEqualTo("1,000");
  }

  @Test
  void quantitiesTakeThePluralExceptForOne() {
    assertThat(Numbers.quantity(1, "day")).isEqualTo("1 day");
    assertThat(Numbers.quantity(3, "day")).isEqualTo("3 days");
    assertThat(Numbers.quantity(0, "day")).isEqualTo("0 days");
  }
}
