package dev.gazette.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to build and how.
 *
 * @param outDir where the site goes; null writes nothing (gazette check, the dev server)
 * @param now the moment that decides future and expired articles
 * @param baseUrl overrides the config's baseUrl, or null
 * @param strict warnings are errors
 * @param inPlace an output that is a mount point is updated file by file instead of refused
 */
public record BuildOptions(Path siteDir, Path outDir, boolean drafts, boolean future, Instant now,
    String baseUrl, boolean strict, boolean inPlace) {
  public BuildOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(now);
  }

  public BuildOptions(Path siteDir, Path outDir, boolean drafts, boolean future, Instant now, String baseUrl, boolean strict) {
    this(siteDir, outDir, drafts, future, now, baseUrl, strict, false);
  }

  public BuildOptions withOut(Path out) {
    return new BuildOptions(siteDir, out, drafts, future, now, baseUrl, strict, inPlace);
  }

  public BuildOptions withNow(Instant t) {
    return new BuildOptions(siteDir, outDir, drafts, future, t, baseUrl, strict, inPlace);
  }
}
