package dev.gazette.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to serve a site.
 *
 * @param port 0 picks a free port (tests)
 * @param quiet how long the sources must stay still before a burst of saves becomes one rebuild
 * @param verbose log the time of each build stage with every rebuild
 * @param allowedHosts Host names answered besides the listening address and localhost
 */
public record ServeOptions(Path siteDir, String host, int port, boolean drafts, boolean future,
    Duration quiet, boolean verbose, List<String> allowedHosts) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 1313;
  /**
   * Editors save with a burst of writes and renames that lasts about a millisecond; the quiet
   * period is added to every save-to-reload time, so it is kept short. A save split by a longer
   * pause costs one extra, cheap rebuild, not a wrong page.
   */
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(10);

  public ServeOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(host);
    Objects.requireNonNull(quiet);
    allowedHosts = List.copyOf(allowedHosts);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  public ServeOptions(Path siteDir, String host, int port, boolean drafts, boolean future, Duration quiet, boolean verbose) {
    this(siteDir, host, port, drafts, future, quiet, verbose, List.of());
  }

  public static ServeOptions of(Path siteDir) {
    return new ServeOptions(siteDir, DEFAULT_HOST, DEFAULT_PORT, false, false, DEFAULT_QUIET, false);
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(siteDir, host, p, drafts, future, quiet, verbose, allowedHosts);
  }
}
