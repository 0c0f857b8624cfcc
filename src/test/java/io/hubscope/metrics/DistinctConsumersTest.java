package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.simulation.ShipmentColumns;
import org.junit.jupiter.api.Test;

class DistinctConsumersTest {

  /** Six rows bought by consumers 0, 1, 1, firm 0 (recipient 5 with 5 consumers), 2 and 0. */
  private static ShipmentColumns rows() {
    ShipmentColumns s = new ShipmentColumns(6);
    int[] recipients = {0, 1, 1, 5, 2, 0};
    System.arraycopy(recipients, 0, s.recipient, 0, 6);
    return s;
  }

  /** The given row ranges of some shipments, read in that order. */
  private static ViewProfile.RowsRead read(ShipmentColumns s, int[]... spans) {
    ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    for (int[] span : spans) {
      read.add(s, span[0], span[1]);
    }
    return read;
  }

  @Test
  void countsEachConsumerOnceAndNoFirm() {
    ShipmentColumns s = rows();
    // all rows, split as shards would be: consumers 0, 1, 2
    assertThat(DistinctConsumers.count(read(s, new int[] {0, 2}, new int[] {2, 6}), 5)).isEqualTo(3);
    // the same rows again give the kept count
    assertThat(DistinctConsumers.count(read(s, new int[] {0, 6}), 5)).isEqualTo(3);
  }

  @Test
  void keepsOneCountPerSetOfShipmentsAndPopulation() {
    ShipmentColumns s = rows();
    ShipmentColumns other = new ShipmentColumns(6);
    int[] recipients = {4, 4, 4, 4, 4, 3};
    System.arraycopy(recipients, 0, other.recipient, 0, 6);
    assertThat(DistinctConsumers.count(read(s, new int[] {0, 6}), 5)).isEqualTo(3);
    // the same size but other buyers: consumers 4 and 3
    assertThat(DistinctConsumers.count(read(other, new int[] {0, 6}), 5)).isEqualTo(2);
    // a population of 2 consumers: recipients from 2 on are firms, so only 0 and 1 count
    assertThat(DistinctConsumers.count(read(s, new int[] {0, 6}), 2)).isEqualTo(2);
    assertThat(DistinctConsumers.count(read(s, new int[] {0, 6}), 5)).isEqualTo(3);
  }

  @Test
  void countsOnlyTheGivenRowsWhenTheyAreNotAll() {
    ShipmentColumns s = rows();
    // rows 1..3: consumer 1 twice and a firm
    assertThat(DistinctConsumers.count(read(s, new int[] {1, 4}), 5)).isEqualTo(1);
    // rows 3..5: the firm, consumers 2 and 0
    assertThat(DistinctConsumers.count(read(s, new int[] {3, 6}), 5)).isEqualTo(2);
  }
}
