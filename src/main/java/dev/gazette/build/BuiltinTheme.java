package dev.gazette.build;

import dev.gazette.config.ConfigLoader;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The default theme as shipped inside Gazette (the Maven build copies {@code themes/default} to
 * {@code /gazette/themes/default} on the class path). A site whose {@code themes/default} folder
 * does not exist is built with it.
 */
public final class BuiltinTheme {
  static final String ROOT = "/gazette/themes/" + ConfigLoader.BUILTIN_THEME;
  private static Map<String, byte[]> staticFiles;

  private BuiltinTheme() {}

  /** Whether a site uses the built-in theme rather than a folder of its own. */
  static boolean usedBy(Path siteDir, String theme) {
    return theme.equals(ConfigLoader.BUILTIN_THEME) && !Files.exists(siteDir.resolve("themes").resolve(theme));
  }

  static TemplateLoader templates() {
    return new ClassTemplateLoader(BuiltinTheme.class, ROOT + "/templates");
  }

  /** The theme's {@code static/} files, by path below it; read once. */
  static synchronized Map<String, byte[]> staticFiles() {
    if (staticFiles == null) {
      var out = new TreeMap<String, byte[]>();
      walk((root, file) -> {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("static/")) {
          out.put(rel.substring("static/".length()), Files.readAllBytes(file));
        }
      });
      staticFiles = Map.copyOf(out);
    }
    return staticFiles;
  }

  /**
   * Copies the theme into {@code target} (gazette init).
   *
   * @param wanted takes a file's path in the theme ({@code static/js/search.js})
   */
  public static void copyTo(Path target, java.util.function.Predicate<String> wanted) {
    walk((root, file) -> {
      String rel = root.relativize(file).toString().replace('\\', '/');
      if (wanted.test(rel)) {
        Path dest = target.resolve(rel);
        Files.createDirectories(dest.getParent());
        Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
      }
    });
  }

  private interface FileAction {
    void accept(Path root, Path file) throws IOException;
  }

  private static synchronized void walk(FileAction action) {
    var url = BuiltinTheme.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the built-in theme is missing from the class path: " + ROOT);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        boolean opened = false;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          opened = true;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          walkTree(fs.getPath(ROOT), action);
        } finally {
          if (opened) {
            fs.close();
          }
        }
      } else {
        walkTree(Path.of(uri), action);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void walkTree(Path root, FileAction action) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
        action.accept(root, p);
      }
    }
  }
}
