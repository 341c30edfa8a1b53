package dev.gazette.markdown;

import dev.gazette.store.PackStore;
import dev.gazette.store.StoredText;
import java.util.List;

/**
 * A {@link RenderedBody} as builds keep it: the HTML and the text in a pack on disk, everything else (teaser,
 * counts, links to check) on the heap. Memory then follows the number of articles, not the size
 * of their bodies.
 */
public record StoredBody(StoredText html, StoredText text, String teaser, TextStats stats, List<RenderedBody.LocalLink> rootLinks,
    boolean linksToContent, List<String> images) {
  public StoredBody {
    rootLinks = List.copyOf(rootLinks);
    images = List.copyOf(images);
  }

  /** @param id what the body is: a hash of everything it was rendered from */
  public static StoredBody of(RenderedBody body, PackStore store, String id) {
    return new StoredBody(new StoredText(store, store.put(body.html(), id)),
        new StoredText(store, store.put(body.text(), id + ".text")), body.teaser(), body.stats(), body.rootLinks(),
        body.linksToContent(), body.images());
  }
}
