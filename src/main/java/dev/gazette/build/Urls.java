package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The URL of every published document; two documents on one URL are an error naming both. */
final class Urls {
  private Urls() {}

  /** @return relPath to decoded site path, for documents without a collision */
  static Map<String, String> assign(List<ParsedDocument> docs, java.util.function.Function<ParsedDocument, String> pathOf,
      Diagnostics diagnostics) {
    var byPath = new HashMap<String, String>();
    var out = new LinkedHashMap<String, String>();
    for (ParsedDocument d : docs) {
      String path = pathOf.apply(d);
      String other = byPath.putIfAbsent(path, d.relPath());
      if (other != null) {
        Position at = d.frontMatter().position(d.frontMatter().positions().containsKey("slug") ? "slug" : "title");
        diagnostics.error(d.relPath(), at.line(), at.col(),
            "writes the same URL /" + path + " as " + other,
            "give one of them another slug (slug: ...) or rename the file");
        continue;
      }
      out.put(d.relPath(), path);
    }
    return out;
  }
}
