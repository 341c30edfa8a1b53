package dev.gazette.search;

import dev.gazette.search.Ranking.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the tokens of the articles, one after the other in article order, into every token's
 * {@link Postings}: per article the occurrences per field, then one posting per token with its
 * field sum (BM25 per field, weighted).
 */
final class Counter implements Units.Sink {
  private static final int FIELDS = Field.values().length;
  private static final int BODY = Field.BODY.ordinal();
  final Units units = new Units();
  private final LongTable tokens = new LongTable(1 << 16);
  private final List<Postings> postings = new ArrayList<>();
  private final LongTable doc = new LongTable(1 << 12);
  private int[] tf = new int[FIELDS << 12];
  private int field;
  private int previous;
  private int count;

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

  /** Ends article {@code id}: adds its postings; {@code bodyRatio} is its body length over the average. */
  void endArticle(int id, double bodyRatio) {
    for (int s = 0; s < doc.size(); s++) {
      double sum = 0;
      int base = s * FIELDS;
      for (int f = 0; f < FIELDS; f++) {
        int n = tf[base + f];
        if (n > 0) {
          sum += Ranking.WEIGHTS[f] * Ranking.saturate(f == BODY, n, bodyRatio);
          tf[base + f] = 0;
        }
      }
      int g = tokens.slot(doc.key(s));
      if (g == postings.size()) {
        postings.add(new Postings());
      }
      postings.get(g).add(id, Ranking.quantizeFields(sum));
    }
    doc.clear();
  }

  /** Every token counted, spelled out, with its postings. */
  void forEach(java.util.function.BiConsumer<String, Postings> each) {
    for (int g = 0; g < tokens.size(); g++) {
      each.accept(units.token(tokens.key(g)), postings.get(g));
    }
  }
}
