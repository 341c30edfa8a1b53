package dev.gazette.build;

import dev.gazette.config.PageKind;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.feeds.AliasPage;
import dev.gazette.feeds.FeedSpec;
import dev.gazette.feeds.Feeds;
import dev.gazette.feeds.NewsSitemap;
import dev.gazette.feeds.RobotsTxt;
import dev.gazette.feeds.Sitemap;
import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.render.OutputFile;
import dev.gazette.render.PageJob;
import dev.gazette.render.TemplateRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders pages, feeds and discovery files in parallel. A page or feed whose inputs equal the last
 * build's is taken from the cache instead of being rendered again.
 */
final class Rendering {
  private Rendering() {}

  /**
   * Renders page jobs in parallel. With {@code prune}, cached pages that are not among the jobs
   * are forgotten (a full build plans every page).
   */
  static List<OutputFile> pages(List<PageJob> jobs, TemplateRenderer templates, BuildCache cache, boolean prune,
      Diagnostics diagnostics) {
    var out = jobs.parallelStream().map(job -> page(job, templates, cache, diagnostics)).flatMap(Optional::stream).toList();
    if (prune) {
      var live = new java.util.HashSet<String>();
      jobs.forEach(j -> live.add(UrlPaths.file(j.path())));
      cache.pages.keySet().retainAll(live);
    }
    return out;
  }

  private static Optional<OutputFile> page(PageJob job, TemplateRenderer templates, BuildCache cache, Diagnostics diagnostics) {
    String file = UrlPaths.file(job.path());
    var hit = cache.pages.get(file);
    if (hit != null && hit.template().equals(job.template()) && hit.model().equals(job.model())) {
      return Optional.of(hit.file());
    }
    try {
      var out = OutputFile.text(file, templates.render(job.template(), job.model()), job.origin());
      if (cache.keepRendered) {
        cache.pages.put(file, new BuildCache.Page(job.template(), job.model(), out));
      }
      return Optional.of(out);
    } catch (SiteException e) {
      diagnostics.addAll(e.diagnostics());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      // OutputFile refuses an unsafe path; the input checks should have caught it earlier.
      diagnostics.error(job.origin().startsWith("content/") ? job.origin() : "content", 0, 0,
          "cannot write " + job.path() + ": " + e.getMessage(), "rename the article, tag, reporter or source");
      return Optional.empty();
    }
  }

  static List<OutputFile> feeds(Site site, BuildCache cache) {
    List<FeedSpec> specs = Feeds.specs(site);
    var seen = new java.util.HashSet<String>();
    var out = specs.parallelStream().flatMap(spec -> {
      var hit = cache.feeds.get(spec.dir());
      if (hit != null && hit.spec().equals(spec)) {
        return hit.files().stream();
      }
      var files = Feeds.render(spec, site.config());
      if (cache.keepRendered) {
        cache.feeds.put(spec.dir(), new BuildCache.Feed(spec, files));
      }
      return files.stream();
    }).toList();
    specs.forEach(s -> seen.add(s.dir()));
    cache.feeds.keySet().retainAll(seen);
    return out;
  }

  /**
   * Sitemaps, robots.txt and alias pages. With {@code newsOnly} (the structure is unchanged) only
   * the news sitemap, which depends on the time, is made again.
   */
  static List<OutputFile> discovery(Site site, Instant now, boolean newsOnly) {
    var c = site.config();
    var out = new ArrayList<OutputFile>();
    if (c.writes(PageKind.SITEMAP)) {
      out.add(OutputFile.text(NewsSitemap.FILE, NewsSitemap.render(site, now), "news sitemap"));
    }
    if (newsOnly) {
      return out;
    }
    if (c.writes(PageKind.SITEMAP)) {
      out.addAll(Sitemap.render(site));
    }
    if (c.writes(PageKind.ROBOTS)) {
      out.add(OutputFile.text(RobotsTxt.FILE, RobotsTxt.render(c.baseUrl(), c.writes(PageKind.SITEMAP)), "robots.txt"));
    }
    for (Article a : site.articles()) {
      aliases(site, a, out);
    }
    for (Article a : site.pages()) {
      aliases(site, a, out);
    }
    return out;
  }

  private static void aliases(Site site, Article a, List<OutputFile> out) {
    String target = site.config().baseUrl().abs(UrlPaths.encode(a.path()));
    for (String alias : a.aliases()) {
      out.add(OutputFile.text(AliasPage.file(alias), AliasPage.render(target, site.config().language()), a.relPath() + " (alias " + alias + ")"));
    }
  }
}
