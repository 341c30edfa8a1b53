package dev.gazette.build;

import dev.gazette.store.Hashes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;

/**
 * Which Gazette made a cache: the version, a hash of the code itself (the jar, or the class files
 * in a development build, so two snapshots of one version never share a cache) and the Java
 * feature release (iteration orders and formats may differ between JDKs).
 */
final class CodeVersion {
  static final String ID = compute();

  private CodeVersion() {}

  private static String compute() {
    String version = String.valueOf(Build.class.getPackage().getImplementationVersion());
    return version + "/" + codeHash() + "/java" + Runtime.version().feature();
  }

  private static String codeHash() {
    try {
      Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return Hashes.of(Files.readAllBytes(code));
      }
      MessageDigest md = Hashes.digest();
      try (Stream<Path> files = Files.walk(code)) {
        for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          md.update(code.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(p));
        }
      }
      return Hashes.hex(md.digest());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // No way to tell this code from another: a unique id, so no cache is ever shared.
      return "unknown-" + System.nanoTime();
    }
  }
}
