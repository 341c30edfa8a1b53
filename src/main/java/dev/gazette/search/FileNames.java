package dev.gazette.search;

import dev.gazette.store.SourceHash;

/**
 * The content hashes in the index's file names ({@code f/HASH.json}, {@code b/N-HASH.txt}, {@code
 * s/N-HASH.bin}, {@code t2s-HASH.json}): SipHash-2-4 under a fixed, public key, so that the same
 * content gets the same name on every machine and in every build (hosts cache the files forever).
 *
 * <p>Why not SHA-256 as elsewhere: with the C1 compiler that one-shot builds run with, SHA-256 has
 * no intrinsic, and hashing every article's text file (330 MB at 100,000 articles) took 18% of the
 * search step. A name needs no secrecy and no resistance to a forger: it is 64 bits of the
 * content, which no cryptographic hash cut to 64 bits would make harder to collide on purpose.
 */
public final class FileNames {
  private static final SourceHash HASH = new SourceHash("gazette-search-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  private FileNames() {}

  /** The first {@code digits} hex digits (at most 32) of the content's hash. */
  public static String of(byte[] content, int digits) {
    return HASH.of(content).substring(0, digits);
  }
}
