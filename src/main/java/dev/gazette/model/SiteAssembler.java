package dev.gazette.model;

import dev.gazette.config.Channel;
import dev.gazette.config.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  static final int RELATED = 6;
  static final int HEADLINES = 6;
  /** How far from an article, in its tag's date order, related candidates are looked for. */
  static final int RELATED_WINDOW = 40;

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
    articles.sort(NEWEST_FIRST);
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
    var tags = terms(articles, Article::tags);
    var authors = terms(articles, Article::authors);
    var sources = terms(articles, a -> List.of(a.source()));
    var editors = terms(articles, a -> a.editorial().editors());
    var topics = topics(topicPages, articles);
    var headlines = articles.stream().filter(Article::headline).limit(HEADLINES).toList();

    var tagIndex = positions(tags);
    var epoch = new IdentityHashMap<Article, Long>(articles.size() * 2);
    articles.forEach(a -> epoch.put(a, a.date().toEpochSecond()));
    // each article's neighbours depend only on the lists above: computed in parallel
    var neighbours = new java.util.concurrent.ConcurrentHashMap<String, Site.Neighbours>(articles.size() * 2);
    ownChannel.values().parallelStream().forEach(list -> java.util.stream.IntStream.range(0, list.size()).parallel().forEach(i -> {
      Article a = list.get(i);
      Article next = i > 0 ? list.get(i - 1) : null;
      Article prev = i + 1 < list.size() ? list.get(i + 1) : null;
      neighbours.put(a.relPath(), new Site.Neighbours(prev, next, related(a, list, i, tags, tagIndex, epoch)));
    }));
    return new Site(config, articles, pages, byChannel, tags, authors, sources, editors, topics, headlines, neighbours);
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
    for (Article a : articles) {
      for (String name : names.apply(a)) {
        if (name.isBlank()) {
          continue;
        }
        String key = Permalinks.key(name);
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

  /** For each tag, each article's index in that tag's list. */
  private static Map<String, Map<String, Integer>> positions(Map<String, Site.Term> tags) {
    var out = new HashMap<String, Map<String, Integer>>();
    tags.forEach((key, term) -> {
      var idx = new HashMap<String, Integer>();
      for (int i = 0; i < term.articles().size(); i++) {
        idx.put(term.articles().get(i).relPath(), i);
      }
      out.put(key, idx);
    });
    return out;
  }

  /**
   * Up to six related articles: those sharing the most tags first (nearest in date among equals),
   * then the nearest articles of the same channel. Candidates come from a window around the
   * article in each tag's list, so the pass stays linear in the number of articles.
   */
  private static List<Article> related(Article a, List<Article> channelList, int channelIndex,
      Map<String, Site.Term> tags, Map<String, Map<String, Integer>> tagIndex, Map<Article, Long> epoch) {
    var shared = new IdentityHashMap<Article, Integer>();
    var keys = new java.util.LinkedHashSet<String>();
    a.tags().forEach(tag -> keys.add(Permalinks.key(tag)));
    for (String key : keys) {
      var term = tags.get(key);
      if (term == null) {
        continue;
      }
      int at = tagIndex.get(key).get(a.relPath());
      var list = term.articles();
      for (int i = Math.max(0, at - RELATED_WINDOW); i < Math.min(list.size(), at + RELATED_WINDOW + 1); i++) {
        Article other = list.get(i);
        if (other != a) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    long when = epoch.get(a);
    var best = new ArrayList<Candidate>(RELATED + 1);
    shared.forEach((o, n) -> {
      if (best.size() == RELATED && n < best.get(RELATED - 1).shared()) {
        return; // fewer shared tags than the last of six: it cannot enter
      }
      var c = new Candidate(o, n, Math.abs(epoch.get(o) - when));
      if (best.size() < RELATED || Candidate.ORDER.compare(c, best.get(best.size() - 1)) < 0) {
        int at = 0;
        while (at < best.size() && Candidate.ORDER.compare(best.get(at), c) <= 0) {
          at++;
        }
        best.add(at, c);
        if (best.size() > RELATED) {
          best.remove(RELATED);
        }
      }
    });
    var out = new ArrayList<Article>(RELATED);
    best.forEach(c -> out.add(c.article()));
    for (int d = 1; out.size() < RELATED && (channelIndex - d >= 0 || channelIndex + d < channelList.size()); d++) {
      for (int i : new int[] {channelIndex - d, channelIndex + d}) {
        if (i >= 0 && i < channelList.size() && out.size() < RELATED && !containsSame(out, channelList.get(i))) {
          out.add(channelList.get(i));
        }
      }
    }
    return out;
  }

  private static boolean containsSame(List<Article> list, Article a) {
    for (Article x : list) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  /** A related-article candidate: more shared tags first, then nearer in time, then by path. */
  private record Candidate(Article article, int shared, long distance) {
    static final Comparator<Candidate> ORDER = Comparator.comparingInt((Candidate c) -> -c.shared())
        .thenComparingLong(Candidate::distance)
        .thenComparing(c -> c.article().relPath());
  }
}
