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
 */
public record BuildOptions(Path siteDir, Path outDir, boolean drafts, boolean future, Instant now,
    String baseUrl, boolean strict) {
  public BuildOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(now);
  }

  public BuildOptions withOut(Path out) {
    return new BuildOptions(siteDir, out, drafts, future, now, baseUrl, strict);
  }

  public BuildOptions withNow(Instant t) {
    return new BuildOptions(siteDir, outDir, drafts, future, t, baseUrl, strict);
  }
}
