package dev.gazette.cli;

import dev.gazette.frontmatter.DateParser;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --now}, {@code --strict} and {@code --report}, shared by build and check. */
public final class ValidateOptions {
  @Option(names = "--now", paramLabel = "TIME",
      description = "build as if it were TIME (decides future and expired articles), in the site's time zone; "
          + DateParser.ACCEPTED)
  String now;

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Option(names = "--report", paramLabel = "FILE", description = "write a JSON report of the run to FILE, also when it fails")
  Path report;
}
