package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShardsTest {
  @Test
  void aSeparatorIsTheShortestStartOfTheFirstTokenAfterThePreviousShard() {
    assertThat(Shards.separator(null, "苏州")).isEmpty();
    assertThat(Shards.separator("苏州", "辣椒")).isEqualTo("辣");
    assertThat(Shards.separator("苏州", "苏州人")).isEqualTo("苏州人");
    assertThat(Shards.separator("line 8", "linear")).isEqualTo("linea");
    // never half a surrogate pair
    assertThat(Shards.separator("\uD840\uDC0B", "\uD840\uDC0C字")).isEqualTo("\uD840\uDC0C");
  }
}
