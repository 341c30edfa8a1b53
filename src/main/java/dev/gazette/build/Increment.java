package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.model.SiteAssembler;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import dev.gazette.search.SearchIndex;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How much of the last build this one can reuse. When the {@link Structure}, the templates and the
 * year are unchanged, the last site is kept with the changed articles swapped in, and only the
 * pages that show them are planned; otherwise everything is assembled and planned afresh.
 *
 * <p>Why this stays beside the fingerprints: at 100,000 articles a rebuild that assembles, plans
 * and fingerprints every page (a no-change {@code gazette build} with its cache) spent 19.8 s in
 * its stages; the dev server's save through this path took a median 2.6 s (busy machine).
 *
 * @param last the last build, or null for a full build
 * @param replaced last build's instance to this build's, for the articles that changed
 */
record Increment(BuildCache.Last last, Map<Article, Article> replaced) {

  static Increment of(BuildCache.Last last, Structure structure, Object templates, int year, List<Article> articles) {
    if (last != null && last.templates() == templates && last.year() == year && last.structure().equals(structure)) {
      return new Increment(last, Remap.changed(last.articles(), articles));
    }
    return new Increment(null, Map.of());
  }

  boolean full() {
    return last == null;
  }

  Site site(SiteConfig config, List<Article> articles) {
    return full() ? SiteAssembler.assemble(config, articles) : Remap.site(last.site(), replaced, last.shownBy());
  }

  List<PageJob> jobs(Site site, PagePlan plan) {
    return full() ? plan.all() : Affected.jobs(site, plan, replaced.values(), last.shownBy(), byRel(site));
  }

  private Function<String, Article> byRel(Site site) {
    if (replaced.isEmpty()) {
      return rel -> null;
    }
    return Affected.byRel(site)::get;
  }

  /** Who shows whom: kept from the last build while the structure is the same. */
  Map<String, List<String>> shownBy(Site site) {
    return full() ? Affected.shownBy(site) : last.shownBy();
  }

  /**
   * Keeps the last build's generated files that this build did not make again: pages and feeds
   * that show no changed article, sitemaps and aliases (the structure is the same). Static files
   * are always collected afresh, so a deleted one is not kept. A full build keeps nothing this way.
   */
  void keepRest(Outputs out) {
    if (full()) {
      return;
    }
    last.origins().forEach((path, origin) -> {
      // the search index is written whole every time, and its file names change with it
      if (!StaticFiles.isStatic(origin) && !origin.equals(SearchIndex.ORIGIN) && !out.origins().containsKey(path)) {
        out.reuse(path, origin);
      }
    });
  }

  int pages(int rendered) {
    return full() ? rendered : last.pages();
  }
}
