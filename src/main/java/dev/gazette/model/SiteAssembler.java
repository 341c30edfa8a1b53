package dev.gazette.model;

import dev.gazette.config.Channel;
import dev.gazette.config.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One cheap pass over the articles: channel lists, tags, reporters, sources, headlines,
 * previous/next and related articles. Every list is newest first with a stable tie-break.
 */
public final class SiteAssembler {
  /** Newest first; equal dates by source path, so output never depends on file-system order. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Article::relPath);

  static final int HEADLINES = 6;

  private SiteAssembler() {}

  public static Site assemble(SiteConfig config, List<Article> all) {
    var articles = new ArrayList<Article>();
    var pages = new ArrayList<Article>();
    var topicPages = new TreeMap<String, Article>();
    for (Article a : all) {
      if (a.topic()) {
        topicPages.put(topicId(a), a);
      } else {
        (a.page() ? pages : articles).add(a);
      }
    }
    // a stable sort, on every core: 100,000 articles each build
    Dated[] sorted = new Dated[articles.size()];
    for (int i = 0; i < sorted.length; i++) {
      Article a = articles.get(i);
      sorted[i] = new Dated(a, a.date() == null ? 0 : a.date().toEpochSecond());
    }
    java.util.Arrays.parallelSort(sorted, Dated::newestFirst);
    articles.clear();
    for (Dated d : sorted) {
      articles.add(d.article());
    }
    pages.sort(Comparator.comparing(Article::path));

    var byChannel = new LinkedHashMap<String, List<Article>>();
    for (String id : config.channelsById().keySet()) {
      byChannel.put(id, new ArrayList<>());
    }
    var ownChannel = new HashMap<String, List<Article>>();
    for (Article a : articles) {
      Channel c = a.channel();
      ownChannel.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(a);
      for (String id : c.lineage()) {
        byChannel.get(id).add(a);
      }
    }
    // the four kinds of term lists read the same articles and nothing else: made side by side
    var tagsLater = CompletableFuture.supplyAsync(() -> terms(articles, Article::tags));
    var authorsLater = CompletableFuture.supplyAsync(() -> terms(articles, Article::authors));
    var sourcesLater = CompletableFuture.supplyAsync(() -> terms(articles, a -> List.of(a.source())));
    var editors = terms(articles, a -> a.editorial().editors());
    var tags = join(tagsLater);
    var authors = join(authorsLater);
    var sources = join(sourcesLater);
    var topics = topics(topicPages, articles);
    var headlines = articles.stream().filter(Article::headline).limit(HEADLINES).toList();

    var related = new Related(articles, tags);
    // each article's neighbours depend only on the lists above: computed in parallel
    var neighbours = new java.util.concurrent.ConcurrentHashMap<String, Site.Neighbours>(articles.size() * 2);
    for (var list : ownChannel.values()) {
      java.util.stream.IntStream.range(0, list.size()).parallel().forEach(i -> {
        Article a = list.get(i);
        Article next = i > 0 ? list.get(i - 1) : null;
        Article prev = i + 1 < list.size() ? list.get(i + 1) : null;
        neighbours.put(a.relPath(), new Site.Neighbours(prev, next, related.of(a, list, i)));
      });
    }
    return new Site(config, articles, pages, byChannel, tags, authors, sources, editors, topics, headlines, neighbours);
  }

  /**
   * An article with its date's epoch second, which orders most pairs the way {@link #NEWEST_FIRST}
   * does without {@code ZonedDateTime.compareTo} (most of the sort's time at 100,000 articles).
   */
  private record Dated(Article article, long seconds) {
    static int newestFirst(Dated x, Dated y) {
      if (x.article.date() != null && y.article.date() != null && x.seconds != y.seconds) {
        // ZonedDateTime compares the epoch second first: newest first is the larger one first
        return Long.compare(y.seconds, x.seconds);
      }
      return NEWEST_FIRST.compare(x.article, y.article);
    }
  }

  /** The value, or what was thrown making it, as it was thrown. */
  private static <T> T join(CompletableFuture<T> later) {
    try {
      return later.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** A topic's id: the slug its page was written with ({@code topics/<id>/}). */
  public static String topicId(Article topicPage) {
    String p = topicPage.path();
    return p.substring(Permalinks.TOPICS.length(), p.length() - 1);
  }

  /** Each topic with the articles that name it, newest first; unknown ids are reported by {@link Topics}. */
  private static TreeMap<String, Site.Topic> topics(Map<String, Article> pages, List<Article> articles) {
    var lists = new HashMap<String, List<Article>>();
    for (Article a : articles) {
      for (String id : a.topics()) {
        if (pages.containsKey(id)) {
          lists.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
        }
      }
    }
    var out = new TreeMap<String, Site.Topic>();
    pages.forEach((id, page) -> out.put(id, new Site.Topic(id, page, lists.getOrDefault(id, List.of()))));
    return out;
  }

  private static TreeMap<String, Site.Term> terms(List<Article> articles, Function<Article, List<String>> names) {
    var lists = new LinkedHashMap<String, List<Article>>();
    var spelling = new HashMap<String, String>();
    // a name's key is normalised text: made once per distinct spelling, not per article
    var keys = new HashMap<String, String>();
    for (Article a : articles) {
      for (String name : names.apply(a)) {
        if (name.isBlank()) {
          continue;
        }
        String key = keys.computeIfAbsent(name, Permalinks::key);
        spelling.putIfAbsent(key, name);
        var list = lists.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != a) {
          list.add(a);
        }
      }
    }
    var out = new TreeMap<String, Site.Term>();
    lists.forEach((k, v) -> out.put(k, new Site.Term(k, spelling.get(k), v)));
    return out;
  }
}
