package dev.gazette.search;

import dev.gazette.search.Ranking.Field;
import java.util.Arrays;

/**
 * Counts the tokens of one article at a time: per token its occurrences in each field, then its
 * field sum (BM25 per field, weighted) as the posting's byte. One tally per thread; the articles'
 * tokens are added to the {@link Counter} in article order.
 */
final class Tally implements Units.Sink {
  private static final int FIELDS = Field.values().length;
  private static final int BODY = Field.BODY.ordinal();
  private final Units units;
  private final LongTable doc = new LongTable(1 << 12);
  private int[] tf = new int[FIELDS << 12];
  private int field;
  private int previous;
  private int count;

  /** One article's tokens (by {@link Units} key) and each one's field sum byte, in first-seen order. */
  record Counted(long[] keys, byte[] weights) {}

  Tally(Units units) {
    this.units = units;
  }

  /** Counts one field of the current article; returns how many units it has. */
  int field(Field f, String text) {
    field = f.ordinal();
    previous = -1;
    count = 0;
    units.scan(text, this);
    return count;
  }

  @Override
  public void unit(int unit) {
    occurs(Units.key(unit));
    if (previous >= 0) {
      occurs(Units.key(previous, unit));
    }
    previous = unit;
    count++;
  }

  private void occurs(long key) {
    int s = doc.slot(key);
    if ((s + 1) * FIELDS > tf.length) {
      tf = Arrays.copyOf(tf, tf.length * 2);
    }
    tf[s * FIELDS + field]++;
  }

  /** Ends the current article, whose body length over the average is {@code bodyRatio}. */
  Counted end(double bodyRatio) {
    int n = doc.size();
    var keys = new long[n];
    var weights = new byte[n];
    for (int s = 0; s < n; s++) {
      double sum = 0;
      int base = s * FIELDS;
      for (int f = 0; f < FIELDS; f++) {
        int c = tf[base + f];
        if (c > 0) {
          sum += Ranking.WEIGHTS[f] * Ranking.saturate(f == BODY, c, bodyRatio);
          tf[base + f] = 0;
        }
      }
      keys[s] = doc.key(s);
      weights[s] = (byte) Ranking.quantizeFields(sum);
    }
    doc.clear();
    return new Counted(keys, weights);
  }
}
