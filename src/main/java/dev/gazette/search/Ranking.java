package dev.gazette.search;

/**
 * How a token's weight in one article is computed: BM25 per field (k1 1.2; b 0.75 for the body,
 * 0 for short fields), the fields weighted (the title far above the rest), summed, and times the
 * token's idf. Weights are stored as one byte on a log scale; the theme's script adds them up.
 */
final class Ranking {
  static final double K1 = 1.2;
  static final double B = 0.75;

  /** The fields of an article, in the order of {@link #WEIGHTS}. */
  enum Field { TITLE, TAGS, CHANNEL, SOURCE, AUTHORS, SUMMARY, BODY }

  static final double[] WEIGHTS = {8, 3, 2, 2, 2, 1.5, 1};
  /** The largest per-article sum of field scores: every field saturated. */
  static final double MAX_FIELDS = maxFields();

  private Ranking() {}

  /** BM25's term frequency part for one field; only the body is normalised by its length. */
  static double saturate(boolean body, int tf, double lengthRatio) {
    double norm = body ? 1 - B + B * lengthRatio : 1;
    return tf * (K1 + 1) / (tf + K1 * norm);
  }

  static double idf(int docs, int df) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** A field sum (0 < s <= MAX_FIELDS) as a byte, 1..255, on a log scale. */
  static int quantizeFields(double s) {
    return quantize(s, MAX_FIELDS);
  }

  static double fields(int q) {
    return unquantize(q, MAX_FIELDS);
  }

  /** The largest weight any token can have in a site of {@code docs} articles. */
  static double maxWeight(int docs) {
    return idf(docs, 1) * MAX_FIELDS;
  }

  static int quantize(double v, double max) {
    long q = Math.round(Math.log1p(v) / Math.log1p(max) * 255);
    return (int) Math.max(1, Math.min(255, q));
  }

  static double unquantize(int q, double max) {
    return Math.expm1(q / 255.0 * Math.log1p(max));
  }

  private static double maxFields() {
    double sum = 0;
    for (double w : WEIGHTS) {
      sum += w * (K1 + 1);
    }
    return sum;
  }
}
