package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.model.SiteAssembler;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.search.SearchIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How much of the last build this one can reuse. When the {@link Structure}, the templates and the
 * year are unchanged, only the pages that show a changed article are planned and the rest of the
 * last output is kept. The dev server has the last site in memory ({@code last}) and swaps the
 * changed articles into it; {@code gazette build} has the last build's {@link Shape} from the cache
 * on disk, assembles the site afresh and takes the articles it parsed or rendered anew as the
 * changed ones. Otherwise everything is assembled and planned afresh; when the last shape's frame
 * is this build's ({@link Shape#frame}: only articles were added, removed, moved or retagged), a
 * page whose {@link dev.gazette.render.PageSignature} is the last build's is kept without being
 * made ({@code signed}).
 *
 * <p>Why this stays beside the fingerprints: at 100,000 articles a rebuild that assembles, plans
 * and fingerprints every page (a no-change {@code gazette build} with its cache) spent 19.8 s in
 * its stages; the dev server's save through this path took a median 2.6 s (busy machine).
 *
 * @param last the last build kept in memory, or null
 * @param shape the last build's shape from the cache on disk, or null; never both
 * @param replaced with {@code last}: its instance to this build's, for the articles that changed
 * @param changed the articles that changed (empty for a full build)
 * @param signed the last build's page signatures while this build has its frame, else empty
 */
record Increment(BuildCache.Last last, Shape shape, Map<Article, Article> replaced, Collection<Article> changed,
    Map<String, Long> signed) {

  /** A kept file of the last build is gone from its output: the build must start again in full. */
  static final class Lost extends RuntimeException {
    Lost(String path) {
      super("the last build's " + path + " is gone", null, false, false);
    }
  }

  /**
   * @param digest this build's {@link Shape#digest}, or null when there is no cache on disk
   * @param frame this build's {@link Shape#frame}
   */
  static Increment of(BuildCache cache, Structure structure, TemplateRenderer templates, int year, List<Article> articles,
      String digest, String frame) {
    BuildCache.Last last = cache.last;
    if (last != null && last.templates() == templates && last.year() == year && last.structure().equals(structure)) {
      var replaced = Remap.changed(last.articles(), articles);
      return new Increment(last, null, replaced, replaced.values(), Map.of());
    }
    if (last != null && last.shapeFrame().equals(frame)) {
      // the dev server: the last site's structure changed under the same frame
      return new Increment(null, null, Map.of(), List.of(), last.signatures());
    }
    Shape shape = cache.shape;
    if (shape == null || cache.output.isEmpty() || !shape.frame().equals(frame)) {
      return new Increment(null, null, Map.of(), List.of(), Map.of());
    }
    if (!shape.digest().equals(digest)) {
      return new Increment(null, null, Map.of(), List.of(), shape.signatures());
    }
    var changed = new ArrayList<Article>();
    for (Article a : articles) {
      if (cache.fresh.contains(a.relPath())) {
        changed.add(a);
      }
    }
    return new Increment(null, shape, Map.of(), changed, shape.signatures());
  }

  boolean full() {
    return last == null && shape == null;
  }

  Site site(SiteConfig config, List<Article> articles) {
    return last == null ? SiteAssembler.assemble(config, articles) : Remap.site(last.site(), replaced, last.shownBy());
  }

  List<PageJob> jobs(Site site, PagePlan plan) {
    return full() ? plan.all() : Affected.jobs(site, plan, changed, shownBy(site), byRel(site));
  }

  private Function<String, Article> byRel(Site site) {
    if (changed.isEmpty()) {
      return rel -> null;
    }
    return Affected.byRel(site)::get;
  }

  /**
   * The signatures of this build's pages, for the shape it saves: with an unchanged structure the
   * last build's (the pages it made again have the same), else those of the pages it made or kept.
   */
  Map<String, Long> signatures(Outputs out) {
    return last != null ? last.signatures() : shape != null ? shape.signatures() : Map.copyOf(out.signatures());
  }

  /** Who shows whom: kept from the last build while the structure is the same. */
  Map<String, List<String>> shownBy(Site site) {
    return last != null ? last.shownBy() : shape != null ? shape.shownBy() : Affected.shownBy(site);
  }

  /** What the last build's checks saw and found; null for a full build. */
  Checks.Result checked() {
    return last != null ? last.checked() : shape != null ? shape.checked() : null;
  }

  /** How many pages this build has, given how many it planned. */
  int pages(int planned) {
    return last != null ? last.pages() : shape != null ? shape.pages() : planned;
  }

  /**
   * Keeps the last build's generated files that this build did not make again: pages and feeds
   * that show no changed article, sitemaps and aliases (the structure is the same). Static files
   * are always collected afresh, so a deleted one is not kept. A full build keeps nothing this way.
   *
   * @throws Lost when a file to keep is no longer in the last output (someone removed it)
   */
  void keepRest(Outputs out) {
    if (full()) {
      return;
    }
    Map<String, String> origins = last != null ? last.origins() : shape.origins();
    // in parallel: keeping a file in a staged site is a hard link, 174,000 of them at 100,000 articles
    var gone = new java.util.concurrent.atomic.AtomicReference<String>();
    origins.entrySet().parallelStream().forEach(e -> {
      String path = e.getKey();
      String origin = e.getValue();
      // the search index is written whole every time, and its file names change with it; the news
      // sitemap is made every time, and not at all while it would be empty
      if (gone.get() == null && !StaticFiles.isStatic(origin) && !origin.equals(SearchIndex.ORIGIN)
          && !origin.equals(dev.gazette.feeds.NewsSitemap.ORIGIN)
          && !out.origins().containsKey(path) && !out.reuse(path, origin) && shape != null) {
        gone.compareAndSet(null, path);
      }
    });
    // thrown only once every task is done: a task still linking would write into an aborted staging folder
    if (gone.get() != null) {
      throw new Lost(gone.get());
    }
  }
}
