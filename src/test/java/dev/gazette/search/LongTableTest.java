package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class LongTableTest {
  /**
   * The table gives each key the slot a map from key to first-seen number gives it, through
   * growth (a table made for 16 keys takes thousands) and clears, as the search index uses it:
   * one table per site, and one reused for each article.
   */
  @Property(tries = 200)
  void slotsAreNumbersInOrderOfFirstSight(
      @ForAll @Size(max = 6) List<@Size(max = 3000) List<@LongRange(min = 0, max = (1L << 45) - 1) Long>> runs) {
    var table = new LongTable(8);
    for (List<Long> keys : runs) {
      var expected = new HashMap<Long, Integer>();
      for (long k : keys) {
        int slot = table.slot(k);
        Integer seen = expected.putIfAbsent(k, expected.size());
        assertThat(slot).isEqualTo(seen == null ? expected.size() - 1 : seen);
        assertThat(table.key(slot)).isEqualTo(k);
      }
      assertThat(table.size()).isEqualTo(expected.size());
      table.clear();
      assertThat(table.size()).isZero();
    }
  }

  @Property(tries = 50)
  void keysThatCollideInTheLowBitsStayApart(@ForAll @LongRange(min = 1, max = 1 << 20) long stride) {
    var table = new LongTable(16);
    for (int i = 0; i < 2000; i++) {
      assertThat(table.slot(i * stride)).isEqualTo(i);
    }
    for (int i = 0; i < 2000; i++) {
      assertThat(table.slot(i * stride)).isEqualTo(i);
    }
  }
}
