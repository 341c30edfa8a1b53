package dev.gazette.model;

import dev.gazette.config.PageKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A list with index pages of its own: a channel, a tag, reporter, source or editor, a topic (专题).
 *
 * @param index the path of its first page; page n is {@link Permalinks#paged}
 * @param intro the page that introduces the list (a topic's own file), or null
 * @param articles newest first
 */
public record Listing(String index, Article intro, List<Article> articles) {
  public Listing {
    articles = List.copyOf(articles);
  }

  /**
   * Every list the site writes pages for, in the order the sitemap names them: channels (in config
   * order), tags, reporters, sources, editors, topics; a kind {@code disableKinds} turns off has none.
   */
  public static List<Listing> of(Site site) {
    var c = site.config();
    var out = new ArrayList<Listing>();
    site.byChannel().forEach((id, list) -> out.add(new Listing(Permalinks.channel(id), null, list)));
    if (c.writes(PageKind.TAGS)) {
      site.tags().values().forEach(t -> out.add(new Listing(Permalinks.tag(t.name()), null, t.articles())));
    }
    if (c.writes(PageKind.AUTHORS)) {
      site.authors().values().forEach(t -> out.add(new Listing(Permalinks.author(t.name()), null, t.articles())));
    }
    if (c.writes(PageKind.SOURCES)) {
      site.sources().values().forEach(t -> out.add(new Listing(Permalinks.source(t.name()), null, t.articles())));
    }
    if (c.writes(PageKind.EDITORS)) {
      site.editors().values().forEach(t -> out.add(new Listing(Permalinks.editor(t.name()), null, t.articles())));
    }
    if (c.writes(PageKind.TOPICS)) {
      site.topics().values().forEach(t -> out.add(new Listing(Permalinks.topic(t.id()), t.page(), t.articles())));
    }
    return out;
  }

  /** Whether the list has more pages than its index: then {@code page/2/} exists (and {@code page/1/}). */
  public boolean paged(int size) {
    return articles.size() > size;
  }
}
