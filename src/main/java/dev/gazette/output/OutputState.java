package dev.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether an output folder is still exactly what the last build left there: the same files and
 * nothing else, each with the size and modification time that build recorded (the test a build
 * makes before it links a file instead of writing it). Someone who edited, added or removed a file
 * by hand makes it false, and the build then writes the site as usual.
 */
public final class OutputState {
  private OutputState() {}

  /**
   * Checked under the output's lock, so a build running at the same time cannot change it
   * meanwhile; what a killed build left beside the output is removed first.
   */
  public static boolean unchanged(Path outDir, Map<String, OutputRecord> expected) {
    if (expected.isEmpty()) {
      return false;
    }
    Path out = outDir.toAbsolutePath().normalize();
    try {
      if (Files.isSymbolicLink(out)) {
        out = OutputGuard.real(out);
      }
      if (!Files.isDirectory(out)) {
        return false;
      }
      try (var lock = OutputLock.acquire(out.getParent().resolve("." + out.getFileName() + ".lock"))) {
        // a build killed after it saved its cache (while deleting the previous site) left that
        // folder beside the output: this build writes nothing, but it still removes it
        Leftovers.clean(MountPoint.is(out) ? out : out.getParent(), out.getFileName().toString(), Leftovers.ANY_SPARE);
        return holdsExactly(out, expected);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The same test without taking the lock, for a build that holds it; false when the folder cannot be read. */
  static boolean holdsExactly(Path out, Map<String, OutputRecord> expected) {
    var seen = new java.util.concurrent.atomic.AtomicInteger();
    boolean same = TreeWalk.walk(out, (rel, file, attrs) -> {
      OutputRecord r = expected.get(rel);
      if (r == null || !r.describes(attrs)) {
        throw new TreeWalk.Stop();
      }
      seen.incrementAndGet();
      return true;
    });
    return same && seen.get() == expected.size();
  }
}
