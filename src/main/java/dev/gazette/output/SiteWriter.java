package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Writes a site atomically: every file goes into a staging folder beside the output, then the
 * staging folder is swapped in with two renames. Until the swap, the previous output is untouched;
 * when anything fails, the staging folder is removed and the previous output stays as it was.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** @return the number of files written */
  public static int write(Path outDir, List<OutputFile> files) {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    String token = UUID.randomUUID().toString().substring(0, 8);
    Path staging = parent.resolve("." + name + ".staging-" + token);
    Path old = parent.resolve("." + name + ".old-" + token);
    try {
      Files.createDirectories(parent);
      Files.createDirectory(staging);
      writeAll(staging, files);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      deleteQuietly(staging);
      throw failure(out, e);
    }
    try {
      if (Files.exists(out)) {
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (Files.exists(old)) {
          Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
    } catch (IOException e) {
      deleteQuietly(staging);
      throw failure(out, e);
    }
    deleteQuietly(old);
    return files.size();
  }

  private static void writeAll(Path root, List<OutputFile> files) throws IOException {
    var dirs = new HashSet<Path>();
    for (OutputFile f : files) {
      Path parent = root.resolve(f.path()).getParent();
      if (dirs.add(parent)) {
        Files.createDirectories(parent);
      }
    }
    files.parallelStream().forEach(f -> {
      Path target = root.resolve(f.path());
      if (!target.normalize().startsWith(root)) {
        throw new UncheckedIOException(new IOException("output path leaves the output folder: " + f.path()));
      }
      try {
        if (f.bytes() != null) {
          Files.write(target, f.bytes());
        } else {
          Files.copy(f.copyFrom(), target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static SiteException failure(Path out, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return new SiteException(Diagnostic.error(out.toString(), 0, 0,
        "cannot write the site: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
        "the previous output was left as it was; check free space and permissions of " + out.getParent()));
  }

  /** Removes a folder tree without following symlinks out of it. */
  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
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
