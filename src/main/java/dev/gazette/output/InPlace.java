package dev.gazette.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;

/**
 * The update of an output that cannot be swapped (a mount point, {@code --in-place}): the new
 * site is staged in a hidden folder inside the output, then each new or changed file is renamed
 * over its old version (a reader gets the old file or the new one, never a part), then files the
 * new site no longer has are removed. Unchanged files are not touched. While this runs a reader
 * may see old and new pages together; a kill in the middle leaves every file whole, and the next
 * build finishes the update.
 */
final class InPlace {
  private InPlace() {}

  static void apply(Path out, Path staging, Set<String> fresh, Set<String> keep) {
    try {
      boolean first = true;
      for (String path : new TreeSet<>(fresh)) {
        Path target = out.resolve(path);
        clearWay(out, target);
        Files.move(staging.resolve(path), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (first) {
          first = false;
          WritePhase.MOVING.reached();
        }
      }
      WritePhase.MOVED.reached();
      removeStale(out, staging, keep);
    } catch (IOException e) {
      throw SiteWriter.failure(out, null, e);
    } finally {
      SiteWriter.deleteQuietly(staging);
    }
  }

  /** A file where the new site needs a folder, or a folder where it needs a file, goes first. */
  private static void clearWay(Path out, Path target) throws IOException {
    for (Path p = target.getParent(); !p.equals(out); p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(p);
        break;
      }
    }
    Files.createDirectories(target.getParent());
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      SiteWriter.deleteQuietly(target);
    }
  }

  private static void removeStale(Path out, Path staging, Set<String> keep) throws IOException {
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.equals(staging) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!keep.contains(out.relativize(file).toString().replace('\\', '/'))) {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (!dir.equals(out)) {
          try (var s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
              Files.delete(dir);
            }
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
