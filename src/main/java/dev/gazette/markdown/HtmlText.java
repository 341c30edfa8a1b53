package dev.gazette.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a block of raw HTML: an article pasted from a WeChat editor is
 * {@code <p style="…">…</p>} paragraphs, and its words belong in the teaser, the description and
 * the search index like any other. Tags go; a block-level tag (a paragraph, a list item, a table
 * cell, a line break) leaves a break between the texts on either side; comments and what a reader
 * never sees as text (scripts, styles, the fallback of an embedded frame) go with their content;
 * entities become their characters.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements whose content is not text a reader sees. */
  private static final Pattern HIDDEN = Pattern.compile(
      "<!--.*?-->|<(script|style|template|iframe|noscript|object|svg|textarea|select)\\b[^>]*>.*?</\\1\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)\\b[^>]*>|<![^>]*>");
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "center",
      "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
      "th", "thead", "tr", "ul");

  static String of(CharSequence html) {
    String visible = HIDDEN.matcher(html).replaceAll(" ");
    Matcher m = TAG.matcher(visible);
    var out = new StringBuilder(visible.length());
    int at = 0;
    while (m.find()) {
      out.append(visible, at, m.start());
      String name = m.group(1);
      if (name != null && BLOCKS.contains(name.toLowerCase(Locale.ROOT))) {
        out.append('\n');
      }
      at = m.end();
    }
    out.append(visible, at, visible.length());
    return Escaping.unescapeHtml(out);
  }
}
