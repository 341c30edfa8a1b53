package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class RankingTest {
  @Test
  void theFieldTableHoldsTheScalesValues() {
    for (int q = 0; q < 256; q++) {
      assertThat(Ranking.fields(q)).isEqualTo(Math.expm1(q / 255.0 * Math.log1p(Ranking.MAX_FIELDS)));
    }
  }

  /** A weight comes back from its byte within half a step of the log scale, and never as 0. */
  @Property(tries = 500)
  void aQuantizedWeightIsTheNearestStep(@ForAll @DoubleRange(min = 1e-3, max = 1) @Scale(6) double fraction) {
    double max = Ranking.maxWeight(100_000);
    var scale = new Ranking.Scale(max);
    double v = fraction * max;
    int q = scale.quantize(v);
    assertThat(q).isBetween(1, 255);
    double step = Math.log1p(max) / 255;
    if (q > 1) {
      assertThat(Math.log1p(scale.value(q))).isCloseTo(Math.log1p(v), within(step / 2 + 1e-12));
    }
    assertThat(q).isEqualTo((int) Math.max(1, Math.min(255, Math.round(Math.log1p(v) / Math.log1p(max) * 255))));
  }
}
