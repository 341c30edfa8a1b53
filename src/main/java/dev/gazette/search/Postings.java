package dev.gazette.search;

import java.util.Arrays;

/**
 * One token's postings while the index is built: article numbers ascending, each as a varint
 * gap, followed by its field sum as a byte. About two bytes an occurrence, so the postings of
 * 100,000 articles fit the heap that builds them.
 */
final class Postings {
  private byte[] bytes = new byte[8];
  private int length;
  private int last = -1;
  int df;

  void add(int doc, int fieldsByte) {
    if (length + 6 > bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    length = Varint.put(bytes, length, doc - last);
    bytes[length++] = (byte) fieldsByte;
    last = doc;
    df++;
  }

  /** Calls {@code each} with every article and its field sum byte, ascending. */
  void forEach(Each each) {
    int doc = -1;
    int[] pos = {0};
    for (int i = 0; i < df; i++) {
      doc += Varint.get(bytes, pos);
      each.accept(i, doc, bytes[pos[0]++] & 0xff);
    }
  }

  interface Each {
    void accept(int i, int doc, int fieldsByte);
  }
}
