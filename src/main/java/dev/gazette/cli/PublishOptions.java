package dev.gazette.cli;

import picocli.CommandLine.Option;

/** {@code --drafts} and {@code --future}, shared by build and serve. */
public final class PublishOptions {
  @Option(names = "--drafts", description = "include articles marked draft: true")
  boolean drafts;

  @Option(names = "--future", description = "include articles dated in the future")
  boolean future;
}
