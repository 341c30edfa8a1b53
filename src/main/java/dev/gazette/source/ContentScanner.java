package dev.gazette.source;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks {@code content/}: every {@code .md} file is content, names starting with {@code _} or
 * {@code .} and editors' backup and temp files are skipped, symlinks leading out of the site are
 * not followed.
 */
public final class ContentScanner {
  public static final String CONTENT = "content";

  private ContentScanner() {}

  /** The content files in a stable order (by path). Problems go to {@code diagnostics}. */
  public static List<Path> scan(Path siteDir, Diagnostics diagnostics) {
    Path root = siteDir.resolve(CONTENT);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    Path siteReal;
    try {
      siteReal = siteDir.toRealPath();
    } catch (IOException e) {
      siteReal = siteDir.toAbsolutePath().normalize();
    }
    final Path site = siteReal;
    var files = new ArrayList<Path>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (skipped(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            String rel = relPath(siteDir, file);
            Path target = realTarget(file);
            if (target == null) {
              diagnostics.add(Diagnostic.warning(rel, 0, 0, "broken symlink (its target does not exist); skipped",
                  "delete the link or restore its target"));
              return FileVisitResult.CONTINUE;
            }
            if (!target.startsWith(site)) {
              diagnostics.add(Diagnostic.warning(rel, 0, 0, "symlink points outside the site (to " + target + "); not followed",
                  "copy the file into the site instead: a build must depend only on the site's own files"));
              return FileVisitResult.CONTINUE;
            }
            if (Files.isDirectory(target)) {
              diagnostics.add(Diagnostic.warning(rel, 0, 0, "symlink to a folder; not followed", "move the folder under content/"));
              return FileVisitResult.CONTINUE;
            }
          }
          if (!file.getFileName().toString().endsWith(".md")) {
            diagnostics.add(Diagnostic.error(relPath(siteDir, file), 0, 0, "not a Markdown article (content/ holds .md files only)",
                "move it to static/ (served at the same path below the site root), or rename it to .md if it is an article"));
            return FileVisitResult.CONTINUE;
          }
          files.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          diagnostics.add(Diagnostic.error(relPath(siteDir, file), 0, 0, "cannot read: " + SourceReader.reason(e),
              "check the permissions of the file or folder"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(CONTENT, 0, 0, "cannot read content/: " + SourceReader.reason(e),
          "check the permissions of the folder"));
    }
    return sortedByRelPath(siteDir, files);
  }

  /** The files in the order of their site-relative paths, each path computed once. */
  public static List<Path> sortedByRelPath(Path siteDir, java.util.Collection<Path> files) {
    var keyed = new ArrayList<Map.Entry<String, Path>>(files.size());
    files.forEach(f -> keyed.add(Map.entry(relPath(siteDir, f), f)));
    keyed.sort(Map.Entry.comparingByKey());
    return keyed.stream().map(Map.Entry::getValue).toList();
  }

  static boolean skipped(Path p) {
    return ignored(Objects.toString(p.getFileName(), ""));
  }

  /**
   * Names that are not content: starting with {@code _} or {@code .}, and the files editors leave
   * beside the one being edited (backups {@code a.md~} and {@code a.md.bak}, Emacs's {@code
   * #a.md#}, swap and temp files, Vim's {@code 4913} write test), so that saving never breaks
   * the dev server's build.
   */
  public static boolean ignored(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return name.startsWith("_") || name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
        || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".tmp") || lower.endsWith(".bak")
        || name.equals("4913");
  }

  private static Path realTarget(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code content/news/a.md}: relative to the site, forward slashes on every OS. */
  public static String relPath(Path siteDir, Path file) {
    // by the paths' text when the file's starts with the site's (the scan resolved it there):
    // Path.relativize compares name by name, a measurable part of hashing 100,000 sources
    String base = siteDir.toString();
    String path = file.toString();
    char sep = siteDir.getFileSystem().getSeparator().charAt(0);
    if (!base.isEmpty() && path.length() > base.length() + 1 && path.startsWith(base) && path.charAt(base.length()) == sep
        && base.charAt(base.length() - 1) != sep) {
      return path.substring(base.length() + 1).replace('\\', '/');
    }
    return siteDir.relativize(file).toString().replace('\\', '/');
  }
}
