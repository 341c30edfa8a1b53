package dev.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A whole site from one text block, built for real (after Hugo's integration test builder). Files
 * are separated by {@code -- path --} lines (a file whose text is {@code @image 40x30} is written as a
 * real image of that size, in the format its extension names). Unless the text defines a theme, the repository's
 * default theme is copied in. Builds run at a fixed "now" (2030-01-01) unless told otherwise.
 */
public final class TestSite {
  public static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private final Path dir;
  /** Incremental, so rebuilds in tests go through the same cache as the dev server's. */
  private final Build build = Build.incremental();
  private BuildOptions options;
  private BuildResult result;
  private List<Diagnostic> diagnostics = List.of();

  private TestSite(Path dir) {
    this.dir = dir;
    this.options = new BuildOptions(dir, dir.resolve("public"), false, false, NOW, null, false);
  }

  /** Writes the files and builds; fails the test when the build has errors. */
  public static TestSite build(Path dir, String text) {
    var site = write(dir, text);
    site.build();
    if (site.result == null) {
      fail("build failed:\n" + site.diagnosticText());
    }
    return site;
  }

  /** Writes the files without building. */
  public static TestSite write(Path dir, String text) {
    var site = new TestSite(dir);
    boolean theme = false;
    for (var f : parse(text)) {
      var image = dev.gazette.photos.TestImages.IMAGE_LINE.matcher(f.text.strip());
      if (image.matches()) {
        // "@image 40x30": a real image of that size, in the format of the file's extension
        site.putBytes(f.path, dev.gazette.photos.TestImages.of(f.path, Integer.parseInt(image.group(1)), Integer.parseInt(image.group(2))));
        continue;
      }
      site.put(f.path, f.text);
      theme |= f.path.startsWith("themes/");
    }
    if (!theme) {
      copyDefaultTheme(dir.resolve("themes/default"));
    }
    return site;
  }

  /** Changes the build options (drafts, future, now, out, strict, baseUrl) for the next builds. */
  public TestSite with(UnaryOperator<BuildOptions> change) {
    options = change.apply(options);
    return this;
  }

  /** Builds; afterwards {@link #ok()} tells whether it succeeded and diagnostics are kept. */
  public TestSite build() {
    try {
      result = build.run(options);
      diagnostics = result.warnings();
    } catch (SiteException e) {
      result = null;
      diagnostics = e.diagnostics();
    }
    return this;
  }

  public TestSite rebuild() {
    return build();
  }

  public boolean ok() {
    return result != null;
  }

  public BuildResult result() {
    assertThat(result).as("build result; diagnostics:\n" + diagnosticText()).isNotNull();
    return result;
  }

  public Path dir() {
    return dir;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public String diagnosticText() {
    var sb = new StringBuilder();
    diagnostics.forEach(d -> sb.append(d.format()).append('\n'));
    return sb.toString();
  }

  /** Asserts a diagnostic whose formatted text starts with {@code prefix} and contains every part. */
  public Diagnostic assertDiagnostic(String prefix, String... parts) {
    for (Diagnostic d : diagnostics) {
      String f = d.format();
      if (f.startsWith(prefix) && Stream.of(parts).allMatch(f::contains)) {
        return d;
      }
    }
    return fail("no diagnostic starting with \"" + prefix + "\" containing " + List.of(parts) + "; got:\n" + diagnosticText());
  }

  public TestSite put(String path, String text) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TestSite putBytes(String path, byte[] bytes) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TestSite delete(String path) {
    try {
      Files.delete(dir.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces text in a site file (which must contain it). */
  public TestSite edit(String path, String old, String replacement) {
    String text = read(path);
    assertThat(text).as(path).contains(old);
    return put(path, text.replace(old, replacement));
  }

  public String read(String path) {
    try {
      return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String path) {
    return Files.exists(dir.resolve(path));
  }

  /** Asserts the file exists and contains the texts in this order. */
  public String assertFile(String path, String... inOrder) {
    assertThat(dir.resolve(path)).as(path).isRegularFile();
    String text = read(path);
    if (inOrder.length > 0) {
      assertThat(text).as(path).containsSubsequence(inOrder);
    }
    return text;
  }

  public void assertNoFile(String path) {
    assertThat(dir.resolve(path)).as(path).doesNotExist();
  }

  private record FileText(String path, String text) {}

  static List<FileText> parse(String text) {
    var out = new ArrayList<FileText>();
    String path = null;
    var sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (path != null) {
          out.add(new FileText(path, sb.toString()));
        }
        path = line.substring(3, line.length() - 3).strip();
        sb.setLength(0);
      } else if (path != null) {
        sb.append(line).append('\n');
      }
    }
    if (path != null) {
      String last = sb.toString();
      out.add(new FileText(path, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last));
    }
    return out;
  }

  static void copyDefaultTheme(Path target) {
    Path source = Path.of("themes/default").toAbsolutePath();
    try (Stream<Path> s = Files.walk(source)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
