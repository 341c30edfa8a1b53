package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import dev.gazette.model.Permalinks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The URL of every published document; two documents on one URL are an error naming both, and two
 * whose URLs differ only in case ({@code Metro.md} and {@code metro.md}) a warning naming both:
 * they collide on case-insensitive file systems and hosts (macOS, Windows, some bucket tools).
 */
final class Urls {
  private Urls() {}

  /** @return relPath to decoded site path, for documents without a collision */
  static Map<String, String> assign(List<ParsedDocument> docs, java.util.function.Function<ParsedDocument, String> pathOf,
      Diagnostics diagnostics) {
    // sized for every document at once, not grown one doubling at a time (HashMap.resize showed in profiles)
    int capacity = docs.size() * 4 / 3 + 16;
    var byPath = new HashMap<String, String>(capacity);
    var byFolded = new HashMap<String, String>(capacity);
    var out = new LinkedHashMap<String, String>(capacity);
    for (ParsedDocument d : docs) {
      String path = pathOf.apply(d);
      String other = byPath.putIfAbsent(path, d.relPath());
      if (other != null) {
        Position at = position(d);
        boolean lookalike = !Permalinks.nfc(d.relPath()).equals(d.relPath()) || !Permalinks.nfc(other).equals(other);
        diagnostics.error(d.relPath(), at.line(), at.col(),
            "writes the same URL /" + path + " as " + other
                + (lookalike ? " (the names look alike and differ only in Unicode normalisation: NFC and NFD)" : ""),
            "give one of them another slug (slug: ...) or rename the file");
        continue;
      }
      String folded = path.toLowerCase(Locale.ROOT);
      String sameButCase = byFolded.putIfAbsent(folded, d.relPath());
      if (sameButCase != null) {
        Position at = position(d);
        diagnostics.warning(d.relPath(), at.line(), at.col(),
            "writes /" + path + ", which differs from the URL of " + sameButCase + " (/" + out.get(sameButCase)
                + ") only in case: the two collide on case-insensitive file systems and hosts (macOS, Windows)",
            "give one of them another slug (slug: ...) or rename the file");
      }
      out.put(d.relPath(), path);
    }
    return out;
  }

  /** Where a collision is reported: the slug, or the title that gives the URL. */
  private static Position position(ParsedDocument d) {
    return d.frontMatter().position(d.frontMatter().positions().containsKey("slug") ? "slug" : "title");
  }
}
