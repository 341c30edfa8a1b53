package dev.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
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
    return TreeWalk.walk(dir, new TreeWalk.Visitor() {
      @Override
      public boolean folder(String rel, BasicFileAttributes attrs) {
        // the mode the walk already read, rather than an access() call for each folder; one made
        // read-only by a deploy step is unfit: the next build could not replace a file in it
        return attrs instanceof PosixFileAttributes posix
            ? posix.permissions().contains(PosixFilePermission.OWNER_WRITE)
            : Files.isWritable(dir.resolve(rel));
      }

      @Override
      public boolean file(String rel, Path file, BasicFileAttributes attrs) throws IOException {
        OutputRecord r = expected.get(rel);
        if (r == null || !attrs.isRegularFile()) {
          Files.delete(file);
          return false;
        }
        if (!stale.contains(rel) && !r.describes(attrs)) {
          throw new TreeWalk.Stop();
        }
        return true;
      }

      @Override
      public void after(String rel, Path d, int stayed) throws IOException {
        if (stayed == 0 && !rel.isEmpty()) {
          Files.delete(d);
        }
      }
    });
  }
}
