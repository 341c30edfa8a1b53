package dev.gazette.search;

import java.io.ByteArrayOutputStream;
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
      if (byByte == null) {
        weights[i] = scale.quantize(idf * Ranking.fields(fieldsByte));
      } else {
        if (byByte[fieldsByte] == 0) {
          byByte[fieldsByte] = scale.quantize(idf * Ranking.fields(fieldsByte));
        }
        weights[i] = byByte[fieldsByte];
      }
    });
    boolean[] top = heaviest(weights, ids);
    var out = new ByteArrayOutputStream(64 + Math.min(df, TOP) * 3);
    byte[] name = token.getBytes(StandardCharsets.UTF_8);
    Varint.write(out, name.length);
    out.writeBytes(name);
    Varint.write(out, df);
    int k = 0;
    int rest = 0;
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        k++;
      } else {
        rest = Math.max(rest, weights[i]);
      }
    }
    Varint.write(out, k);
    int last = -1;
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        Varint.write(out, ids[i] - last);
        last = ids[i];
      }
    }
    for (int i = 0; i < df; i++) {
      if (top[i]) {
        out.write(weights[i]);
      }
    }
    out.write(rest);
    if (k == df) {
      out.write(0);
      Varint.write(out, 0);
    } else {
      byte[] gaps = gaps(ids);
      boolean bitmap = gaps.length > (docs + 7) / 8;
      byte[] list = bitmap ? bitmap(ids, docs) : gaps;
      out.write(bitmap ? 2 : 1);
      Varint.write(out, list.length);
      out.writeBytes(list);
    }
    return out.toByteArray();
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
    var out = new ByteArrayOutputStream(ids.length + 8);
    int last = -1;
    for (int id : ids) {
      Varint.write(out, id - last);
      last = id;
    }
    return out.toByteArray();
  }

  private static byte[] bitmap(int[] ids, int docs) {
    byte[] bits = new byte[(docs + 7) / 8];
    for (int id : ids) {
      bits[id >>> 3] |= (byte) (1 << (id & 7));
    }
    return bits;
  }
}
