package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
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

  static Site site(Site old, Map<Article, Article> changed) {
    if (changed.isEmpty()) {
      return old;
    }
    var byChannel = new HashMap<String, List<Article>>();
    old.byChannel().forEach((id, list) -> byChannel.put(id, list(list, changed)));
    var neighbours = new HashMap<String, Site.Neighbours>(old.neighbours().size() * 2);
    old.neighbours().forEach((rel, n) -> {
      var related = list(n.related(), changed);
      Article prev = one(n.prev(), changed);
      Article next = one(n.next(), changed);
      neighbours.put(rel, related == n.related() && prev == n.prev() && next == n.next() ? n : new Site.Neighbours(prev, next, related));
    });
    return new Site(old.config(), list(old.articles(), changed), list(old.pages(), changed), byChannel,
        terms(old.tags(), changed), terms(old.authors(), changed), terms(old.sources(), changed),
        terms(old.editors(), changed), topics(old.topics(), changed), list(old.headlines(), changed), neighbours);
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

  private static TreeMap<String, Site.Term> terms(Map<String, Site.Term> old, Map<Article, Article> changed) {
    var out = new TreeMap<String, Site.Term>();
    old.forEach((k, t) -> {
      var list = list(t.articles(), changed);
      out.put(k, list == t.articles() ? t : new Site.Term(t.key(), t.name(), list));
    });
    return out;
  }

  private static TreeMap<String, Site.Topic> topics(Map<String, Site.Topic> old, Map<Article, Article> changed) {
    var out = new TreeMap<String, Site.Topic>();
    old.forEach((id, t) -> {
      var list = list(t.articles(), changed);
      Article page = one(t.page(), changed);
      out.put(id, list == t.articles() && page == t.page() ? t : new Site.Topic(id, page, list));
    });
    return out;
  }

  private static List<Article> list(List<Article> list, Map<Article, Article> changed) {
    boolean any = false;
    for (Article a : list) {
      if (changed.containsKey(a)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return list;
    }
    var out = new ArrayList<Article>(list.size());
    for (Article a : list) {
      out.add(changed.getOrDefault(a, a));
    }
    return out;
  }

  private static Article one(Article a, Map<Article, Article> changed) {
    return a == null ? null : changed.getOrDefault(a, a);
  }
}
