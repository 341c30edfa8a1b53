package dev.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --site DIR}, shared by every command that reads a site. */
public final class SiteOption {
  @Option(names = "--site", paramLabel = "DIR", description = "the site folder (default: the current folder)")
  Path site = Path.of(".");

  Path dir() {
    return site;
  }
}
