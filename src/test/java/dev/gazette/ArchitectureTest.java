package dev.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline is the architecture: each package may use only the packages before it in this
 * list (ARCHITECTURE.md). A plain scan of the imports keeps the arrows pointing upstream.
 */
class ArchitectureTest {
  static final List<String> ORDER = List.of("diag", "store", "output", "yaml", "config", "source", "frontmatter",
      "markdown", "model", "photos", "render", "feeds", "search", "build", "serve", "cli");
  private static final Pattern USE = Pattern.compile("\\bdev\\.gazette\\.(\\w+)\\.");

  @Test
  void everyPackageUsesOnlyTheStagesBeforeIt() throws IOException {
    Path root = Path.of("src/main/java/dev/gazette");
    var violations = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String pkg = root.relativize(file).getName(0).toString();
        assertThat(ORDER).as("package of " + file + " is in the pipeline list").contains(pkg);
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          if (ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(pkg)) {
            violations.add(root.relativize(file) + " uses dev.gazette." + used);
          }
        }
      }
    }
    assertThat(violations).as("imports pointing downstream").isEmpty();
  }
}
