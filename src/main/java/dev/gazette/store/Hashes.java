package dev.gazette.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of bytes and text, as hex: the one content hash of caches and outputs. */
public final class Hashes {
  private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(Hashes::sha256);

  private Hashes() {}

  public static String of(byte[] bytes) {
    MessageDigest md = SHA.get();
    md.reset();
    return HexFormat.of().formatHex(md.digest(bytes));
  }

  /** The hash of a file's bytes, read in pieces: equal to {@link #of(byte[])} of its content. */
  public static String of(Path file) throws IOException {
    MessageDigest md = SHA.get();
    md.reset();
    try (var ch = FileChannel.open(file)) {
      var buffer = ByteBuffer.allocate(64 * 1024);
      while (ch.read(buffer) >= 0) {
        buffer.flip();
        md.update(buffer);
        buffer.clear();
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A digest to feed in parts (model fingerprints). */
  public static MessageDigest digest() {
    return sha256();
  }

  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
