package dev.gazette.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * The site before the current output, kept hidden beside it ({@code .public.spare-TOKEN}) so that
 * the next build can stage its site there in time proportional to what changed, instead of
 * linking every unchanged file into an empty folder and deleting the previous site afterwards:
 * at 100,000 articles that is 174,000 hard links and 174,000 unlinks for one edited article.
 *
 * <p>Every file of the spare that is not in {@link #stale} is the very file of the output (the
 * same inode: the build that swapped the output in linked it from the spare's tree). A file in
 * {@code stale} was added, changed or removed by that build, so the spare has an older version of
 * it or none. The record lives in the build cache beside the output's own records; a cache that
 * does not name the spare, or names one that is not there, makes the next build stage from an
 * empty folder as before, and the spare is removed.
 *
 * @param folder the spare's folder name, beside the output
 * @param stale the paths whose file in the spare is not the output's
 */
public record Spare(String folder, Set<String> stale) {
  public Spare {
    stale = Set.copyOf(stale);
  }

  static String prefix(String outName) {
    return "." + outName + ".spare-";
  }

  /**
   * Makes the previous site, just swapped out, fit to be a spare: every file must be one the
   * last build recorded ({@code expected}), with the size and modification time it recorded,
   * unless the new build rewrote or removed it ({@code stale}). A file nobody recorded (added to
   * the output by hand) is removed, and so is a folder left empty. A file someone changed by hand
   * that the build kept, or a folder the build could not write in, makes the tree unfit: then it is
   * not used.
   *
   * @return whether {@code dir} can be the spare
   */
  static boolean vet(Path dir, Map<String, OutputRecord> expected, Set<String> stale) {
    Deque<int[]> kept = new ArrayDeque<>();
    boolean[] fit = {true};
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          // the mode the walk already read, rather than an access() call for each of 100,000 folders
          boolean writable = attrs instanceof java.nio.file.attribute.PosixFileAttributes posix
              ? posix.permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
              : Files.isWritable(d);
          if (!writable) {
            // made read-only by a deploy step: the next build could not replace a file in it
            fit[0] = false;
            return FileVisitResult.TERMINATE;
          }
          kept.push(new int[1]);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          String rel = dir.relativize(file).toString().replace('\\', '/');
          OutputRecord r = expected.get(rel);
          if (r == null || !attrs.isRegularFile()) {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }
          if (!stale.contains(rel) && !r.describes(attrs)) {
            fit[0] = false;
            return FileVisitResult.TERMINATE;
          }
          kept.peek()[0]++;
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          int inside = kept.pop()[0];
          if (inside == 0 && !d.equals(dir)) {
            Files.delete(d);
          } else if (inside > 0 && !kept.isEmpty()) {
            kept.peek()[0]++;
          }
          return FileVisitResult.CONTINUE;
        }
      });
      return fit[0];
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
