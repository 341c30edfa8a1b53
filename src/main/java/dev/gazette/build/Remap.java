package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.Site;
import java.util.ArrayList;
import dev.gazette.model.Permalinks;
import dev.gazette.model.SiteAssembler;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The previous {@link Site} with changed article instances swapped in. Valid only when the
 * {@link Structure} did not change: then every list keeps its order and members.
 */
final class Remap {
  private Remap() {}

  /**
   * Only the lists that can hold a changed article are looked at: its channels', tags',
   * reporters', source's, editors' and topics', and the neighbour entries of the articles whose
   * page shows it.
   *
   * @param shownBy for each article, the articles whose page shows it (previous, next, related)
   */
  static Site site(Site old, Map<Article, Article> changed, Map<String, List<String>> shownBy) {
    if (changed.isEmpty()) {
      return old;
    }
    var channels = new HashSet<String>();
    var tags = new HashSet<String>();
    var authors = new HashSet<String>();
    var sources = new HashSet<String>();
    var editors = new HashSet<String>();
    var topics = new HashSet<String>();
    for (Article a : changed.keySet()) {
      if (a.channel() != null) {
        channels.addAll(a.channel().lineage());
      }
      a.tags().forEach(t -> tags.add(Permalinks.key(t)));
      a.authors().forEach(t -> authors.add(Permalinks.key(t)));
      if (a.source() != null) {
        sources.add(Permalinks.key(a.source()));
      }
      a.editorial().editors().forEach(t -> editors.add(Permalinks.key(t)));
      topics.addAll(a.topics());
      if (a.topic()) {
        topics.add(SiteAssembler.topicId(a));
      }
    }
    var byChannel = new LinkedHashMap<>(old.byChannel());
    for (String id : channels) {
      byChannel.computeIfPresent(id, (k, list) -> list(list, changed));
    }
    var neighbours = new HashMap<>(old.neighbours());
    for (Article a : changed.keySet()) {
      for (String rel : shownBy.getOrDefault(a.relPath(), List.of())) {
        Site.Neighbours n = neighbours.get(rel);
        var related = list(n.related(), changed);
        Article prev = one(n.prev(), changed);
        Article next = one(n.next(), changed);
        if (related != n.related() || prev != n.prev() || next != n.next()) {
          neighbours.put(rel, new Site.Neighbours(prev, next, related));
        }
      }
    }
    return new Site(old.config(), list(old.articles(), changed), list(old.pages(), changed), byChannel,
        terms(old.tags(), tags, changed), terms(old.authors(), authors, changed), terms(old.sources(), sources, changed),
        terms(old.editors(), editors, changed), topics(old.topics(), topics, changed), list(old.headlines(), changed),
        neighbours);
  }

  /** Old instance to new, for every article whose instance differs from the last build's. */
  static Map<Article, Article> changed(List<Article> before, List<Article> now) {
    var byRel = new HashMap<String, Article>(before.size() * 2);
    before.forEach(a -> byRel.put(a.relPath(), a));
    var out = new IdentityHashMap<Article, Article>();
    for (Article a : now) {
      Article old = byRel.get(a.relPath());
      if (old != null && old != a) {
        out.put(old, a);
      }
    }
    return out;
  }

  private static TreeMap<String, Site.Term> terms(java.util.SortedMap<String, Site.Term> old, Set<String> keys,
      Map<Article, Article> changed) {
    return patched(old, keys, t -> {
      var list = list(t.articles(), changed);
      return list == t.articles() ? t : new Site.Term(t.key(), t.name(), list);
    });
  }

  private static TreeMap<String, Site.Topic> topics(java.util.SortedMap<String, Site.Topic> old, Set<String> ids,
      Map<Article, Article> changed) {
    return patched(old, ids, t -> {
      var list = list(t.articles(), changed);
      Article page = one(t.page(), changed);
      return list == t.articles() && page == t.page() ? t : new Site.Topic(t.id(), page, list);
    });
  }

  /** A copy of {@code old} with the entries of {@code keys} (those it has) replaced by {@code patch}. */
  private static <T> TreeMap<String, T> patched(java.util.SortedMap<String, T> old, Set<String> keys,
      java.util.function.UnaryOperator<T> patch) {
    var out = new TreeMap<>(old);
    for (String k : keys) {
      out.computeIfPresent(k, (key, t) -> patch.apply(t));
    }
    return out;
  }

  /** The list with changed instances swapped in; the same list when it holds none. */
  static List<Article> list(List<Article> list, Map<Article, Article> changed) {
    // one saved article (the usual case): a reference comparison, no identity hash per element
    Article only = changed.size() == 1 ? changed.keySet().iterator().next() : null;
    int first = -1;
    for (int i = 0; i < list.size(); i++) {
      Article a = list.get(i);
      if (only != null ? a == only : changed.containsKey(a)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return list;
    }
    var out = new ArrayList<Article>(list);
    for (int i = first; i < out.size(); i++) {
      Article a = out.get(i);
      if (only != null ? a == only : changed.containsKey(a)) {
        out.set(i, changed.get(a));
      }
    }
    return out;
  }

  private static Article one(Article a, Map<Article, Article> changed) {
    return a == null ? null : changed.getOrDefault(a, a);
  }
}
