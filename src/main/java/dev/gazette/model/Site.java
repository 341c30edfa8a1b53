package dev.gazette.model;

import dev.gazette.config.SiteConfig;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The assembled site: every list a page shows, computed once.
 *
 * @param articles published articles, newest first (date, then source path)
 * @param pages standalone pages, by path (topics are not among them)
 * @param byChannel every channel id, in config order, to its articles and its descendants', newest
 *     first
 * @param tags tag key to its articles; likewise authors, sources and editors
 * @param topics topic id (its slug) to the topic page and its articles, by id
 * @param headlines articles marked headline, newest first
 * @param neighbours by article relPath: previous, next and related articles
 */
public record Site(
    SiteConfig config,
    List<Article> articles,
    List<Article> pages,
    Map<String, List<Article>> byChannel,
    SortedMap<String, Term> tags,
    SortedMap<String, Term> authors,
    SortedMap<String, Term> sources,
    SortedMap<String, Term> editors,
    SortedMap<String, Topic> topics,
    List<Article> headlines,
    Map<String, Neighbours> neighbours) {

  public Site {
    articles = List.copyOf(articles);
    pages = List.copyOf(pages);
    // kept in config order (parents before children): sitemaps and pages list channels in it
    byChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byChannel));
    headlines = List.copyOf(headlines);
    neighbours = Map.copyOf(neighbours);
  }

  /**
   * A tag, reporter or source with its articles.
   *
   * @param key the URL folder name; {@code name} is the spelling first seen
   */
  public record Term(String key, String name, List<Article> articles) {
    public Term {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A special topic (专题): its own page ({@code layout: topic}) and the articles that joined it.
   *
   * @param articles newest first
   */
  public record Topic(String id, Article page, List<Article> articles) {
    public Topic {
      articles = List.copyOf(articles);
    }
  }

  /**
   * @param prev the next older article in the same channel, or null
   * @param next the next newer article in the same channel, or null
   */
  public record Neighbours(Article prev, Article next, List<Article> related) {
    public Neighbours {
      related = List.copyOf(related);
    }
  }

  /** How many of a top channel's newest articles its block on the home page shows. */
  public static final int HOME_BLOCK = 8;

  /**
   * The articles the first page of a list shows (its index, with either numbering of the archive
   * pages): the newest {@code paginate}.
   */
  public List<Article> firstPage(List<Article> list) {
    return newest(list, config.paginate());
  }

  /** The block of top channel {@code id} on the home page: its newest articles. */
  public List<Article> homeBlock(String id) {
    return newest(byChannel.get(id), HOME_BLOCK);
  }

  /** Every article the home page shows: the headlines, the newest, each top channel's block. */
  public List<Article> onHome() {
    var out = new java.util.ArrayList<>(headlines);
    out.addAll(firstPage(articles));
    config.channels().forEach(c -> out.addAll(homeBlock(c.id())));
    return out;
  }

  private static List<Article> newest(List<Article> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }

  public Neighbours neighboursOf(Article a) {
    return neighbours.getOrDefault(a.relPath(), new Neighbours(null, null, List.of()));
  }
}
