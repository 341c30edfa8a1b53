package dev.gazette.feeds;

import dev.gazette.frontmatter.Editorial;
import dev.gazette.model.Article;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An item's full content in every feed format: the article's corrections (更正), as the article page
 * shows them above the body, then the body with absolute links. A correction moves the item's
 * updated date, so readers fetch it again; without the notice they would get the corrected text
 * with nothing saying what was corrected.
 */
final class FeedContent {
  private FeedContent() {}

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  static String html(Article a, String origin, String link) {
    String body = AbsoluteLinks.of(a.html().text(), origin, link);
    var corrections = a.editorial().corrections();
    if (corrections.isEmpty()) {
      return body;
    }
    var sb = new StringBuilder("<aside class=\"corrections\"><p><strong>更正</strong></p><ul>");
    for (Editorial.Correction c : corrections) {
      sb.append("<li>").append(shown(c.date())).append(' ').append(Xml.htmlText(c.text())).append("</li>");
    }
    return sb.append("</ul></aside>\n").append(body).toString();
  }

  /** {@code 2022-06-27 09:00}, or the day alone for a date written without a time (as on the page). */
  static String shown(ZonedDateTime t) {
    return (t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY : MINUTE).format(t);
  }
}
