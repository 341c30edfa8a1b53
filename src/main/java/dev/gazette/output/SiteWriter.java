package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The swap that makes a staged site the output, and the failure reports of writing. Every file
 * goes into a staging folder beside the output ({@link Staging}), then the two folders are
 * exchanged in one system call ({@link Exchange}), so the output is at every moment the complete
 * previous site or the complete new one. Where the system cannot exchange, two renames do it, with
 * a moment between them without an output (a kill there is completed by the next build: {@link
 * Leftovers}). Until the swap, the previous output is untouched; when anything fails, the staging
 * folder is removed and the previous output stays as it was.
 *
 * <p>Only the staging folder of this build and the previous output after the swap moved it aside
 * are ever deleted; deletion never follows a symlink.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * Makes the staged site the output.
   *
   * @return where the previous output is now, to be deleted; null when there was none
   */
  static Path swap(Path out, Path staging, Path old) {
    boolean movedAside = false;
    try {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        return null;
      }
      if (Exchange.swap(staging, out)) {
        return staging;
      }
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      movedAside = true;
      WritePhase.RENAMED_ASIDE.reached();
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      return old;
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
    String unchanged = "nothing was changed: the previous output in " + out + " is as it was";
    if (file != null && file.copyFrom() != null && e instanceof java.nio.file.NoSuchFileException gone
        && file.copyFrom().toString().equals(gone.getFile())) {
      return new SiteException(Diagnostic.error(OutputConflicts.siteFile(file.origin()), 0, 0,
          "cannot copy: the file disappeared while building", unchanged + "; build again"));
    }
    String what = file == null ? "the output folder " + out : "/" + file.path() + " (from " + file.origin() + ")";
    String reason = reason(e);
    if (outOfRoom(reason)) {
      // no content file is to blame for a full disk: the output folder is
      return new SiteException(Diagnostic.error(out.toString(), 0, 0,
          "cannot write the output: " + reason + " (while writing " + (file == null ? out.toString() : "/" + file.path()) + ")",
          unchanged + "; free space on the disk that holds " + out.getParent() + ", or build with --out on another"));
    }
    String at = file != null && OutputConflicts.isSiteFile(file.origin()) ? OutputConflicts.siteFile(file.origin()) : out.toString();
    return new SiteException(Diagnostic.error(at, 0, 0, "cannot write " + what + ": " + reason,
        unchanged + "; check free space, permissions and path lengths under " + out.getParent()));
  }

  /** ENOSPC and EDQUOT, in the words Linux and macOS give them. */
  private static boolean outOfRoom(String reason) {
    String r = reason.toLowerCase(java.util.Locale.ROOT);
    return r.contains("no space left") || r.contains("quota exceeded");
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
    delete(dir, null);
  }

  /**
   * Removes a folder tree without following symlinks out of it. A folder without write permission
   * (a deploy step's {@code chmod -R a-w}) is made writable first: the tree is this build's own
   * staging folder or the previous output it replaced. What cannot be removed stays, hidden, for
   * the next build to try again.
   *
   * @param phase reached after the first file is deleted, or null
   */
  static void delete(Path dir, WritePhase phase) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        boolean first = true;

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!Files.isWritable(d)) {
            d.toFile().setWritable(true, true);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          if (first && phase != null) {
            first = false;
            phase.reached();
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover staging or old folder is harmless: it is hidden, and the next build removes it
    }
  }
}
