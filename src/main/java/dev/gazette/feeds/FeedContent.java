package dev.gazette.feeds;

import dev.gazette.frontmatter.Editorial;
import dev.gazette.model.Article;
import dev.gazette.render.ViewModels;

/**
 * An item's full content in every feed format: the article's corrections (更正), as the article page
 * shows them above the body, then the body with absolute links. A correction moves the item's
 * updated date, so readers fetch it again; without the notice they would get the corrected text
 * with nothing saying what was corrected.
 */
final class FeedContent {
  private FeedContent() {}

  static String html(Article a, String origin, String link) {
    String body = AbsoluteLinks.of(a.html().text(), origin, link);
    var corrections = a.editorial().corrections();
    if (corrections.isEmpty()) {
      return body;
    }
    var sb = new StringBuilder("<aside class=\"corrections\"><p><strong>更正</strong></p><ul>");
    for (Editorial.Correction c : corrections) {
      // dated as the page dates it
      sb.append("<li>").append(ViewModels.display(c.date())).append(' ').append(Xml.htmlText(c.text())).append("</li>");
    }
    return sb.append("</ul></aside>\n").append(body).toString();
  }
}
