package dev.gazette.build;

import dev.gazette.store.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;

/**
 * A hash of a theme's templates: their names and bytes (never their modification times, which a
 * CI checkout resets). When it changes, templates are read again and every page's fingerprint
 * changes with it.
 */
final class TemplateFingerprint {
  private TemplateFingerprint() {}

  static String of(Path dir) {
    if (!Files.isDirectory(dir)) {
      return "none";
    }
    MessageDigest md = Hashes.digest();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
        md.update(dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Files.readAllBytes(p));
        md.update((byte) 0);
      }
    } catch (IOException e) {
      return "unreadable-" + System.nanoTime();
    }
    return Hashes.hex(md.digest());
  }
}
