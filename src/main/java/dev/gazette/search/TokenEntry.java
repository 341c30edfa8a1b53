package dev.gazette.search;

import java.nio.charset.StandardCharsets;

/**
 * One token as a shard stores it (varints are LEB128):
 *
 * <pre>
 * varint n, n bytes      the token, UTF-8
 * varint df              how many articles have it
 * varint k               how many weights follow: all df, or the TOP heaviest
 * k varints              those articles, ascending, as gaps (the first from -1)
 * k bytes                their weights, log scale (see {@link Ranking.Scale#quantize})
 * byte rest              the heaviest weight of the other df - k articles (0 when k = df)
 * byte kind              how the df articles are listed: 0 they are the k above, 1 varint gaps,
 *                        2 a bitmap of the site's articles, bit i of byte i/8 for article i
 * varint m, m bytes      that list
 * </pre>
 *
 * A common token thus costs at most TOP weights plus a bitmap (an eighth of a byte per
 * article), however many articles have it; the script scores the articles outside the TOP
 * with {@code rest}, an upper bound.
 */
final class TokenEntry {
  /** Weights kept per token. */
  static final int TOP = 1000;

  private TokenEntry() {}

  /** The scale of a token's weights in a site of {@code docs} articles (one for all its tokens). */
  static Ranking.Scale scale(int docs) {
    return new Ranking.Scale(Ranking.maxWeight(Math.max(1, docs)));
  }

  /** @param scale {@link #scale} of {@code docs} */
  static byte[] encode(String token, Postings p, int docs, Ranking.Scale scale) {
    int df = p.df;
    int[] ids = new int[df];
    int[] weights = new int[df];
    double idf = Ranking.idf(docs, df);
    // a weight depends on the field sum byte only: a common token quantizes each byte once
    int[] byByte = df > 64 ? new int[256] : null;
    p.forEach((i, doc, fieldsByte) -> {
      ids[i] = doc;
      int w = byByte == null ? 0 : byByte[fieldsByte];
      if (w == 0) {
        w = scale.quantize(idf * Ranking.fields(fieldsByte));
        if (byByte != null) {
          byByte[fieldsByte] = w;
        }
      }
      weights[i] = w;
    });
    boolean[] top = heaviest(weights, ids);
    byte[] name = token.getBytes(StandardCharsets.UTF_8);
    int k = 0;
    int rest = 0;
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        k++;
      } else {
        rest = Math.max(rest, weights[i]);
      }
    }
    // the df articles: the k above, or varint gaps, or a bitmap when that is shorter
    int kind = 0;
    byte[] list = null;
    if (k < df) {
      list = gaps(ids);
      kind = 1;
      if (list.length > (docs + 7) / 8) {
        list = bitmap(ids, docs);
        kind = 2;
      }
    }
    // written into an array of the largest size it can take (a varint has at most 5 bytes), not
    // a ByteArrayOutputStream: its write is synchronized, a lock taken for each byte of the index
    byte[] out = new byte[5 + name.length + 5 + 5 + 6 * k + 1 + 1 + 5 + (list == null ? 0 : list.length)];
    int at = Varint.put(out, 0, name.length);
    System.arraycopy(name, 0, out, at, name.length);
    at = Varint.put(out, at + name.length, df);
    at = Varint.put(out, at, k);
    int last = -1;
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        at = Varint.put(out, at, ids[i] - last);
        last = ids[i];
      }
    }
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        out[at++] = (byte) weights[i];
      }
    }
    out[at++] = (byte) rest;
    out[at++] = (byte) kind;
    if (list == null) {
      at = Varint.put(out, at, 0);
    } else {
      at = Varint.put(out, at, list.length);
      System.arraycopy(list, 0, out, at, list.length);
      at += list.length;
    }
    return java.util.Arrays.copyOf(out, at);
  }

  /**
   * Which postings keep their weight: the TOP heaviest, ties going to the newest. Linear: the
   * weights are bytes, so a histogram finds the cut.
   */
  private static boolean[] heaviest(int[] weights, int[] ids) {
    boolean[] top = new boolean[weights.length];
    if (weights.length <= TOP) {
      java.util.Arrays.fill(top, true);
      return top;
    }
    int[] histogram = new int[256];
    for (int w : weights) {
      histogram[w]++;
    }
    int cut = 255;
    int above = 0;
    while (above + histogram[cut] < TOP) {
      above += histogram[cut--];
    }
    int atCut = TOP - above;
    // ids ascend, and the newest are the highest: take the ties from the end
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > cut || weights[i] == cut && atCut-- > 0) {
        top[i] = true;
      }
    }
    return top;
  }

  private static byte[] gaps(int[] ids) {
    byte[] out = new byte[5 * ids.length];
    int at = 0;
    int last = -1;
    for (int id : ids) {
      at = Varint.put(out, at, id - last);
      last = id;
    }
    return java.util.Arrays.copyOf(out, at);
  }

  private static byte[] bitmap(int[] ids, int docs) {
    byte[] bits = new byte[(docs + 7) / 8];
    for (int id : ids) {
      bits[id >>> 3] |= (byte) (1 << (id & 7));
    }
    return bits;
  }
}
