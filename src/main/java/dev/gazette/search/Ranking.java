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

  /** The scale of field sums (0 < s <= MAX_FIELDS). */
  static final Scale FIELDS = new Scale(MAX_FIELDS);
  /** Each field sum byte's value: a table, as every posting of the index reads one. */
  private static final double[] FIELD_VALUES = FIELDS.values();

  /** A field sum (0 < s <= MAX_FIELDS) as a byte, 1..255, on a log scale. */
  static int quantizeFields(double s) {
    return FIELDS.quantize(s);
  }

  /** The field sum a byte 0..255 stands for. */
  static double fields(int q) {
    return FIELD_VALUES[q];
  }

  /** The largest weight any token can have in a site of {@code docs} articles. */
  static double maxWeight(int docs) {
    return idf(docs, 1) * MAX_FIELDS;
  }

  /**
   * The log scale from 0 to {@code max} in 255 steps, with the logarithm of {@code max} taken
   * once: the index quantizes a weight for every token of every article, and {@code log1p} is no
   * intrinsic (a call into the native StrictMath on JDK 17).
   */
  static final class Scale {
    private final double logMax;

    Scale(double max) {
      logMax = Math.log1p(max);
    }

    /** {@code v} (0 < v <= max) as 1..255. */
    int quantize(double v) {
      long q = Math.round(Math.log1p(v) / logMax * 255);
      return (int) Math.max(1, Math.min(255, q));
    }

    /** The value byte {@code q} stands for. */
    double value(int q) {
      return Math.expm1(q / 255.0 * logMax);
    }

    double[] values() {
      var v = new double[256];
      for (int q = 0; q < v.length; q++) {
        v[q] = value(q);
      }
      return v;
    }
  }

  private static double maxFields() {
    double sum = 0;
    for (double w : WEIGHTS) {
      sum += w * (K1 + 1);
    }
    return sum;
  }
}
