package dev.gazette.build;

import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.model.Publication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents published at this build's "now".
 *
 * @param excluded the others by relPath, with the reason (draft, future, expired)
 */
record Selection(List<ParsedDocument> published, Map<String, String> excluded) {
  static Selection of(List<ParsedDocument> docs, Publication publication) {
    var published = new ArrayList<ParsedDocument>(docs.size());
    var excluded = new HashMap<String, String>();
    for (ParsedDocument d : docs) {
      var why = publication.excluded(d.frontMatter());
      if (why.isPresent()) {
        excluded.put(d.relPath(), why.get());
      } else {
        published.add(d);
      }
    }
    return new Selection(List.copyOf(published), Map.copyOf(excluded));
  }
}
