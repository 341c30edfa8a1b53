package dev.gazette.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A built site folder as path to bytes (as text), for byte-for-byte comparisons. */
final class SiteFolders {
  private SiteFolders() {}

  /** One run of {@code gazette build} into {@code dir/public} with the cache in {@code dir/.gazette/cache}. */
  static dev.gazette.build.BuildResult persistent(Path dir, java.util.function.Consumer<String> notes) {
    var options = new dev.gazette.build.BuildOptions(dir, dir.resolve("public"), false, false, dev.gazette.TestSite.NOW, null, false);
    try (var build = dev.gazette.build.Build.persistent(dir.resolve(".gazette/cache"), options, notes)) {
      return build.run(options);
    }
  }

  /** The site {@code dir} built from scratch, without a cache, into {@code elsewhere}, read. */
  static Map<String, String> fresh(Path dir, Path elsewhere) {
    var options = new dev.gazette.build.BuildOptions(dir, elsewhere, false, false, dev.gazette.TestSite.NOW, null, false);
    try (var build = new dev.gazette.build.Build()) {
      build.run(options);
    }
    return read(elsewhere);
  }

  static Map<String, String> read(Path root) {
    var out = new TreeMap<String, String>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(p -> {
        try {
          out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Path to inode and modification time. */
  static Map<String, String> identities(Path root) {
    var out = new TreeMap<String, String>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(p -> {
        try {
          out.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino") + "@" + Files.getLastModifiedTime(p).toMillis());
        } catch (IOException | UnsupportedOperationException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
