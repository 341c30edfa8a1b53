package dev.gazette.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Names, sizes and mtimes of a theme's templates: when it changes, templates are re-read. */
final class TemplateFingerprint {
  private TemplateFingerprint() {}

  static List<String> of(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().map(p -> {
        try {
          return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p);
        } catch (IOException e) {
          return p + ":?";
        }
      }).toList();
    } catch (IOException e) {
      return List.of("unreadable");
    }
  }
}
