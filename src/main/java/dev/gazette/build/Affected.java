package dev.gazette.build;

import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages that show a changed article, when the site's structure did not change: its own page,
 * the neighbours whose previous/next or related lists show it, its channel and parent indexes,
 * the index page (of its channel and parents, tags, reporters, editors, topics and source) that
 * lists it, the home page and the 404 page. A changed topic page re-renders every page of its topic.
 */
final class Affected {
  private Affected() {}

  /**
   * @param shownBy from {@link #shownBy}, computed once while the structure stays the same
   * @param byRel this build's article for a relPath
   */
  static List<PageJob> jobs(Site site, PagePlan plan, Collection<Article> changed, Map<String, List<String>> shownBy,
      java.util.function.Function<String, Article> byRel) {
    var jobs = new LinkedHashMap<String, PageJob>();
    add(jobs, plan.home());
    plan.notFound().forEach(j -> add(jobs, j));
    for (Article a : changed) {
      if (a.topic()) {
        plan.topic(site.topics().get(dev.gazette.model.SiteAssembler.topicId(a))).forEach(j -> add(jobs, j));
        continue;
      }
      if (a.page()) {
        add(jobs, plan.page(a));
        continue;
      }
      add(jobs, plan.article(a));
      for (String other : shownBy.getOrDefault(a.relPath(), List.of())) {
        add(jobs, plan.article(byRel.apply(other)));
      }
      for (String id : a.channel().lineage()) {
        plan.channel(id, a).forEach(j -> add(jobs, j));
      }
      for (String tag : a.tags()) {
        var t = site.tags().get(Permalinks.key(tag));
        plan.term("tag", Permalinks.tag(t.name()), t, a).forEach(j -> add(jobs, j));
      }
      for (String author : a.authors()) {
        var t = site.authors().get(Permalinks.key(author));
        plan.term("author", Permalinks.author(t.name()), t, a).forEach(j -> add(jobs, j));
      }
      for (String editor : a.editorial().editors()) {
        var t = site.editors().get(Permalinks.key(editor));
        plan.term("editor", Permalinks.editor(t.name()), t, a).forEach(j -> add(jobs, j));
      }
      for (String id : a.topics()) {
        plan.topic(site.topics().get(id), a).forEach(j -> add(jobs, j));
      }
      var s = site.sources().get(Permalinks.key(a.source()));
      if (s != null) {
        plan.term("source", Permalinks.source(s.name()), s, a).forEach(j -> add(jobs, j));
      }
    }
    return new ArrayList<>(jobs.values());
  }

  private static void add(Map<String, PageJob> jobs, PageJob job) {
    jobs.putIfAbsent(job.path(), job);
  }

  /** For each article, the articles whose page shows it as previous, next or related. */
  static Map<String, List<String>> shownBy(Site site) {
    var out = new HashMap<String, List<String>>();
    for (Article a : site.articles()) {
      var n = site.neighboursOf(a);
      if (n.prev() != null) {
        out.computeIfAbsent(n.prev().relPath(), k -> new ArrayList<>()).add(a.relPath());
      }
      if (n.next() != null) {
        out.computeIfAbsent(n.next().relPath(), k -> new ArrayList<>()).add(a.relPath());
      }
      for (Article r : n.related()) {
        out.computeIfAbsent(r.relPath(), k -> new ArrayList<>()).add(a.relPath());
      }
    }
    return out;
  }

  static Map<String, Article> byRel(Site site) {
    var out = new HashMap<String, Article>(site.articles().size() * 2);
    site.articles().forEach(a -> out.put(a.relPath(), a));
    return out;
  }
}
