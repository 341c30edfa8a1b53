package dev.gazette.search;

import dev.gazette.search.Ranking.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Every token's {@link Postings}, filled article by article in article order from what a {@link
 * Tally} counted (on any thread). {@link #field} and {@link #endArticle} count on the calling
 * thread.
 */
final class Counter {
  final Units units = new Units();
  private final LongTable tokens = new LongTable(1 << 16);
  private final List<Postings> postings = new ArrayList<>();
  private final Tally own = new Tally(units);

  /** Counts one field of the current article on this thread; returns how many units it has. */
  int field(Field f, String text) {
    return own.field(f, text);
  }

  /** Ends article {@code id} counted by {@link #field}: adds its postings. */
  void endArticle(int id, double bodyRatio) {
    add(id, own.end(bodyRatio));
  }

  /** Adds article {@code id}'s postings; articles come in ascending order. */
  void add(int id, Tally.Counted counted) {
    long[] keys = counted.keys();
    byte[] weights = counted.weights();
    for (int i = 0; i < keys.length; i++) {
      int g = tokens.slot(keys[i]);
      if (g == postings.size()) {
        postings.add(new Postings());
      }
      postings.get(g).add(id, weights[i] & 0xff);
    }
  }

  /** Every token counted, spelled out, with its postings. */
  void forEach(java.util.function.BiConsumer<String, Postings> each) {
    for (int g = 0; g < tokens.size(); g++) {
      each.accept(units.token(tokens.key(g)), postings.get(g));
    }
  }
}
