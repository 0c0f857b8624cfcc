package io.hubscope.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void textThatWouldStartAFormulaGetsAnApostrophe() {
    assertThat(CsvCells.safe("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.safe("+31 20")).isEqualTo("'+31 20");
    assertThat(CsvCells.safe("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
    assertThat(CsvCells.safe("-1+2")).isEqualTo("'-1+2");
    assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.safe("\t1")).isEqualTo("'\t1");
    assertThat(CsvCells.safe("-")).isEqualTo("'-");
    assertThat(CsvCells.safe("-.")).isEqualTo("'-.");
  }

  @Test
  void plainNumbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(CsvCells.safe("-0.07")).isEqualTo("-0.07");
    assertThat(CsvCells.safe("-12")).isEqualTo("-12");
    assertThat(CsvCells.safe("-1.5E-3")).isEqualTo("-1.5E-3");
    assertThat(CsvCells.safe("-.5")).isEqualTo("-.5");
    assertThat(CsvCells.safe("3.25")).isEqualTo("3.25");
    assertThat(CsvCells.safe("Liège")).isEqualTo("Liège");
    assertThat(CsvCells.safe(null)).isEmpty();
  }

  @Test
  void restoreUndoesSafe() {
    for (String text : new String[] {"=1+2", "-cmd", "-0.07", "plain", "'quoted"}) {
      assertThat(CsvCells.restore(CsvCells.safe(text))).isEqualTo(text);
    }
  }
}
