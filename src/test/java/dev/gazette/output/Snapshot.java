package dev.gazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file, folder and link under a folder with the SHA-256 of its bytes: "byte for byte as it was". */
public final class Snapshot {
  private Snapshot() {}

  public static Map<String, String> of(Path root) {
    var out = new TreeMap<String, String>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          out.put(rel + "/", "dir");
        } else {
          out.put(rel, sha256(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
