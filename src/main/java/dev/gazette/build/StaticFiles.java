package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.output.OutputFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files copied as-is: the {@code static/} of each theme the site's theme extends, then the
 * theme's own (from the jar for the built-in theme), then the site's {@code static/}, which wins when both have a file (so a site can override one theme
 * file). Dot files are skipped.
 */
final class StaticFiles {
  private StaticFiles() {}

  /** Whether an output's origin is a static file (of the site, the theme or the built-in theme). */
  static boolean isStatic(String origin) {
    return origin.startsWith("static/") || origin.startsWith("themes/") || origin.startsWith("(built-in theme)/");
  }

  static List<OutputFile> collect(Path siteDir, ThemeChain theme, Diagnostics diagnostics) {
    var out = new LinkedHashMap<String, OutputFile>();
    // the themes a theme extends first, so each one's files replace those of the theme below it
    var layers = new java.util.ArrayList<>(theme.layers());
    java.util.Collections.reverse(layers);
    for (var layer : layers) {
      if (layer.builtin()) {
        BuiltinTheme.staticFiles().forEach((path, bytes) ->
            out.put(path, new OutputFile(path, bytes, null, "(built-in theme)/static/" + path)));
      } else {
        add(siteDir, layer.dir().resolve("static"), out, diagnostics);
      }
    }
    add(siteDir, siteDir.resolve("static"), out, diagnostics);
    return List.copyOf(out.values());
  }

  private static boolean insideSite(Path siteDir, Path link) {
    try {
      return link.toRealPath().startsWith(siteDir.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static void add(Path siteDir, Path root, Map<String, OutputFile> out, Diagnostics diagnostics) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (file.getFileName().toString().startsWith(".") || !Files.isRegularFile(file)) {
            return FileVisitResult.CONTINUE;
          }
          String rel = dev.gazette.model.Permalinks.nfc(root.relativize(file).toString().replace('\\', '/'));
          String origin = siteDir.relativize(file).toString().replace('\\', '/');
          if (attrs.isSymbolicLink() && !insideSite(siteDir, file)) {
            diagnostics.warning(origin, 0, 0, "symlink points outside the site; not copied", "copy the file into the site instead");
            return FileVisitResult.CONTINUE;
          }
          out.put(rel, OutputFile.copy(rel, file, origin));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.error(siteDir.relativize(root).toString(), 0, 0, "cannot read: " + dev.gazette.source.SourceReader.reason(e), "");
    }
  }
}
