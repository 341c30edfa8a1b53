package dev.gazette.search;

/** Unsigned LEB128 varints, as the theme's script reads them. */
final class Varint {
  private Varint() {}

  /** Writes {@code v} at {@code at}; returns the position after it. */
  static int put(byte[] b, int at, int v) {
    while ((v & ~0x7f) != 0) {
      b[at++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    b[at++] = (byte) v;
    return at;
  }

  /** Reads the varint at {@code pos[0]} and moves it on. */
  static int get(byte[] b, int[] pos) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = b[pos[0]++];
      v |= (x & 0x7f) << shift;
      if (x >= 0) {
        return v;
      }
    }
  }
}
