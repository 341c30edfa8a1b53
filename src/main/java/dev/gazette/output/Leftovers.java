package dev.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a killed build leaves beside the output: {@code .public.staging-*} and {@code
 * .public.old-*} folders. The next build (holding the output lock, so no other build is using
 * them) removes them, and when a kill fell between the two renames of a swap, so that the output
 * folder is missing, it first puts that swap's staged site in place: it was complete, since the
 * swap starts only after every file is written.
 *
 * <p>A {@link Spare} ({@code .public.spare-*}) is kept only when the build cache names it.
 */
final class Leftovers {
  private Leftovers() {}

  /** Keeps every spare (a build that writes nothing does not know which one the cache names). */
  static final String ANY_SPARE = "*";

  /** @param spare the spare folder to keep, {@link #ANY_SPARE}, or null to remove them all */
  static void clean(Path parent, String name, String spare) throws IOException {
    Path out = parent.resolve(name);
    String staging = "." + name + ".staging-";
    String old = "." + name + ".old-";
    List<Path> stagings = new ArrayList<>();
    List<Path> olds = new ArrayList<>();
    List<Path> spares = new ArrayList<>();
    try (Stream<Path> s = Files.list(parent)) {
      s.forEach(p -> {
        String n = p.getFileName().toString();
        if (n.startsWith(staging)) {
          stagings.add(p);
        } else if (n.startsWith(old)) {
          olds.add(p);
        } else if (n.startsWith(Spare.prefix(name)) && !ANY_SPARE.equals(spare) && !n.equals(spare)) {
          spares.add(p);
        }
      });
    }
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      for (Path o : olds) {
        Path swapped = parent.resolve(staging + o.getFileName().toString().substring(old.length()));
        Path restore = Files.isDirectory(swapped) ? swapped : o;
        Files.move(restore, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        stagings.remove(restore);
        olds.remove(restore);
        break;
      }
    }
    stagings.forEach(SiteWriter::deleteQuietly);
    olds.forEach(SiteWriter::deleteQuietly);
    spares.forEach(SiteWriter::deleteQuietly);
  }
}
