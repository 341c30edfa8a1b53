package dev.gazette.cli;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.DidYouMean;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.frontmatter.SlugRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = "Create a draft article dated now: content/CHANNEL/SLUG.md.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOption site;

  @Parameters(paramLabel = "TITLE", description = "the headline")
  String title;

  @Option(names = "--channel", required = true, paramLabel = "ID", description = "full channel id, such as news/suzhou")
  String channel;

  @Option(names = "--slug", paramLabel = "S", description = "the last URL segment (default: from the title, or the time)")
  String slug;

  @Override
  public Integer call() throws IOException {
    SiteConfig config = ConfigLoader.load(site.dir());
    var ids = config.channelsById().keySet();
    if (!ids.contains(channel)) {
      throw new SiteException(Diagnostic.error("--channel", 0, 0, "unknown channel \"" + channel + "\"",
          DidYouMean.closest(channel, ids).map(s -> "did you mean \"" + s + "\"?").orElse("channels: " + String.join(", ", ids))));
    }
    ZonedDateTime now = ZonedDateTime.now(config.timezone());
    String s = slug != null ? slug : defaultSlug(title, now);
    String problem = SlugRules.problem(s);
    if (problem != null) {
      throw new SiteException(Diagnostic.error("--slug", 0, 0, "unsafe slug \"" + s + "\": " + problem, "use lowercase letters, digits and -"));
    }
    Path file = site.dir().resolve("content").resolve(channel).resolve(s + ".md");
    if (Files.exists(file)) {
      throw new SiteException(Diagnostic.error(site.dir().relativize(file).toString(), 0, 0, "already exists", "choose another --slug"));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        ---
        title: %s
        channel: %s
        date: %s
        source: 本网
        author: 编辑部
        editor: 编辑部
        tags: []
        draft: true
        ---

        正文写在这里。
        """.formatted(yamlString(title), channel, DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(now)));
    spec.commandLine().getOut().println("created " + file + " (a draft: remove draft: true to publish)");
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** An ASCII slug from a Latin title, else the time ({@code 20221127-0830}). */
  static String defaultSlug(String title, ZonedDateTime now) {
    String ascii = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (ascii.length() >= 3 && title.chars().allMatch(c -> c < 128)) {
      return ascii;
    }
    return DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").format(now);
  }

  /** Double-quoted YAML text: always safe, whatever the title holds. */
  static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
