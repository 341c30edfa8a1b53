package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages that show a changed article, when the site's structure did not change: its own page,
 * the neighbours whose previous/next or related lists show it, its channel and parent indexes,
 * its tag, reporter and source indexes, the home page and the 404 page.
 */
final class Affected {
  private Affected() {}

  static List<PageJob> jobs(Site site, PagePlan plan, Collection<Article> changed) {
    var jobs = new LinkedHashMap<String, PageJob>();
    add(jobs, plan.home());
    add(jobs, plan.notFound());
    Map<Article, List<Article>> shownBy = shownBy(site);
    for (Article a : changed) {
      if (a.page()) {
        add(jobs, plan.page(a));
        continue;
      }
      add(jobs, plan.article(a));
      for (Article other : shownBy.getOrDefault(a, List.of())) {
        add(jobs, plan.article(other));
      }
      for (String id = a.channel().id(); id != null; id = id.contains("/") ? id.substring(0, id.lastIndexOf('/')) : null) {
        plan.channel(id).forEach(j -> add(jobs, j));
      }
      for (String tag : a.tags()) {
        var t = site.tags().get(Permalinks.key(tag));
        plan.term("tag", Permalinks.tag(t.name()), t).forEach(j -> add(jobs, j));
      }
      for (String author : a.authors()) {
        var t = site.authors().get(Permalinks.key(author));
        plan.term("author", Permalinks.author(t.name()), t).forEach(j -> add(jobs, j));
      }
      var s = site.sources().get(Permalinks.key(a.source()));
      if (s != null) {
        plan.term("source", Permalinks.source(s.name()), s).forEach(j -> add(jobs, j));
      }
    }
    return new ArrayList<>(jobs.values());
  }

  private static void add(Map<String, PageJob> jobs, PageJob job) {
    jobs.putIfAbsent(job.path(), job);
  }

  /** For each article, the articles whose page shows it as previous, next or related. */
  private static Map<Article, List<Article>> shownBy(Site site) {
    var out = new IdentityHashMap<Article, List<Article>>();
    for (Article a : site.articles()) {
      var n = site.neighboursOf(a);
      if (n.prev() != null) {
        out.computeIfAbsent(n.prev(), k -> new ArrayList<>()).add(a);
      }
      if (n.next() != null) {
        out.computeIfAbsent(n.next(), k -> new ArrayList<>()).add(a);
      }
      for (Article r : n.related()) {
        out.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
      }
    }
    return out;
  }
}
