package dev.gazette.model;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.DidYouMean;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.Layout;
import dev.gazette.frontmatter.ParsedDocument;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every topic an article joins ({@code topics: [id]}) and every topic the channel bar
 * links ({@code topics:} in site-config.yml) is the slug of a published {@code layout: topic} file.
 */
public final class Topics {
  private Topics() {}

  public static void check(SiteConfig config, List<ParsedDocument> published, Diagnostics diagnostics) {
    Set<String> ids = new TreeSet<>();
    for (ParsedDocument d : published) {
      if (d.frontMatter().layout() == Layout.TOPIC) {
        ids.add(d.frontMatter().slug());
      }
    }
    for (ParsedDocument d : published) {
      for (String id : d.frontMatter().topics()) {
        if (!ids.contains(id)) {
          var at = d.frontMatter().position("topics");
          diagnostics.error(d.relPath(), at.line(), at.col(), "unknown topic \"" + id + "\"", hint(id, ids));
        }
      }
    }
    for (String id : config.navTopics()) {
      if (!ids.contains(id)) {
        diagnostics.error("site-config.yml", 0, 0, "topics: unknown topic \"" + id + "\"", hint(id, ids));
      }
    }
  }

  private static String hint(String id, Set<String> ids) {
    String close = DidYouMean.hint(id, ids);
    if (!close.isEmpty()) {
      return close;
    }
    return ids.isEmpty() ? "a topic is a file with layout: topic, such as content/topics/" + id + ".md"
        : "topics: " + String.join(", ", ids);
  }
}
