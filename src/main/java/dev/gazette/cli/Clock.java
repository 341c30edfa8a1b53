package dev.gazette.cli;

import dev.gazette.config.ConfigLoader;
import dev.gazette.diag.SiteException;
import dev.gazette.frontmatter.DateParser;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine;

/** {@code --now TIME}: the same spellings as a front-matter date, in the site's time zone. */
final class Clock {
  private Clock() {}

  static Instant now(String text, Path site, CommandLine commandLine) {
    if (text == null) {
      return Instant.now();
    }
    ZoneId zone;
    try {
      zone = ConfigLoader.load(site).timezone();
    } catch (SiteException e) {
      zone = ZoneId.of("Asia/Shanghai");
    }
    try {
      return DateParser.parse(text, zone).toInstant();
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(commandLine, "--now: " + e.getMessage() + "; " + DateParser.ACCEPTED);
    }
  }
}
