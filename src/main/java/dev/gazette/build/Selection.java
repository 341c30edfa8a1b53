package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatter;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import dev.gazette.model.Publication;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents published at this build's "now", with a warning for the dates of a published
 * article that say what has not happened yet: an {@code updated} or a correction dated after now
 * would be printed as the article's last change (更新于, {@code dateModified}, the sitemap's {@code
 * lastmod}, the feeds' {@code updated}) before it was made, and an {@code expires} before the
 * article's own {@code date} (almost always a typo) hides the article for good.
 *
 * @param excluded the others by relPath, with the reason (draft, future, expired)
 */
record Selection(List<ParsedDocument> published, Map<String, String> excluded) {
  static Selection of(List<ParsedDocument> docs, Publication publication, Diagnostics diagnostics) {
    var published = new ArrayList<ParsedDocument>(docs.size());
    var excluded = new HashMap<String, String>();
    for (ParsedDocument d : docs) {
      FrontMatter fm = d.frontMatter();
      if (fm.expires() != null && fm.date() != null && fm.expires().isBefore(fm.date())) {
        warn(d, "expires", diagnostics, "\"expires\" (" + shown(fm.expires()) + ") is before the article's date ("
            + shown(fm.date()) + "): the article is never shown", "correct the date, or remove expires");
      }
      var why = publication.excluded(fm);
      if (why.isPresent()) {
        excluded.put(d.relPath(), why.get());
      } else {
        published.add(d);
        future(d, "updated", fm.updated(), publication.now(), diagnostics);
        for (var c : fm.editorial().corrections()) {
          future(d, "corrections", c.date(), publication.now(), diagnostics);
        }
      }
    }
    return new Selection(List.copyOf(published), Map.copyOf(excluded));
  }

  private static void future(ParsedDocument d, String field, ZonedDateTime date, Instant now, Diagnostics diagnostics) {
    if (date != null && date.toInstant().isAfter(now)) {
      warn(d, field, diagnostics, "\"" + field + "\" is dated " + shown(date)
          + ", after this build: the page would say it was changed then", "write the date of the change when it is made");
    }
  }

  private static String shown(ZonedDateTime date) {
    return date.toLocalDateTime().toString().replace('T', ' ');
  }

  private static void warn(ParsedDocument d, String field, Diagnostics diagnostics, String message, String hint) {
    Position at = d.frontMatter().position(field);
    diagnostics.warning(d.relPath(), at.line(), at.col(), message, hint);
  }
}
