package dev.gazette.store;

/**
 * Bytes kept in a {@link PackStore}: what they are, where they are, and a checksum.
 *
 * @param id what the bytes are: a hash of what made them (for a body: its source, settings and
 *     links), so two blobs with one id hold the same bytes
 * @param offset where the bytes start in the pack
 * @param length how many bytes
 * @param crc the CRC-32C of the bytes, checked when they are read back
 */
public record Blob(String id, long offset, int length, int crc) {
  public Blob {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("bad blob " + offset + "+" + length);
    }
  }
}
