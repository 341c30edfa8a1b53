package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The swap that makes a staged site the output, and the failure reports of writing. Every file
 * goes into a staging folder beside the output ({@link Staging}), then the staging folder is
 * swapped in with two renames. Until the swap, the previous output is untouched; when anything
 * fails, the staging folder is removed and the previous output stays as it was.
 *
 * <p>Only three paths are ever deleted: the staging folder this call created, the previous output
 * after it was renamed aside, and nothing else; deletion never follows a symlink.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** Renames the output aside, the staging folder in, and on failure the output back. */
  static void swap(Path out, Path staging, Path old) {
    boolean movedAside = false;
    try {
      if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        movedAside = true;
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(staging);
      if (movedAside) {
        try {
          Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException again) {
          throw new SiteException(Diagnostic.error(out.toString(), 0, 0,
              "cannot swap in the new output (" + reason(e) + "), nor put the previous one back (" + reason(again) + ")",
              "the previous output is intact in " + old + ": rename it back to " + out.getFileName()));
        }
      }
      throw failure(out, null, e);
    }
  }

  /** A diagnostic at the file that produced the failed output when that is a site file. */
  static SiteException failure(Path out, OutputFile file, Exception e) {
    String what = file == null ? "the output folder " + out : "/" + file.path() + " (from " + file.origin() + ")";
    String at = file != null && OutputConflicts.isSiteFile(file.origin()) ? OutputConflicts.siteFile(file.origin()) : out.toString();
    return new SiteException(Diagnostic.error(at, 0, 0,
        "cannot write " + what + ": " + reason(e),
        "nothing was changed: the previous output in " + out + " is as it was; check free space,"
            + " permissions and path lengths under " + out.getParent()));
  }

  /** The operating system's reason in words, without the JDK's exception names. */
  static String reason(Exception e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Removes a folder tree without following symlinks out of it. */
  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover staging or old folder is harmless: it is hidden and named for this build
    }
  }
}
