package dev.gazette.store;

/**
 * Bytes kept in a {@link PackStore}: where they are and what they hash to.
 *
 * @param hash the SHA-256 of the bytes, hex; two blobs with one hash hold the same bytes
 * @param offset where the bytes start in the pack
 * @param length how many bytes
 */
public record Blob(String hash, long offset, int length) {
  public Blob {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("bad blob " + offset + "+" + length);
    }
  }
}
