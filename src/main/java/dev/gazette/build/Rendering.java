package dev.gazette.build;

import dev.gazette.config.FeedFormat;
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
import dev.gazette.model.Listing;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Site;
import dev.gazette.model.UrlPaths;
import dev.gazette.output.OutputFile;
import dev.gazette.render.DataModel;
import dev.gazette.render.Fingerprints;
import dev.gazette.render.PageJob;
import dev.gazette.render.PageSignature;
import dev.gazette.render.PhotoSet;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders pages, feeds and discovery files in parallel, each handed to the output as soon as it
 * is made and then dropped. A page or feed whose fingerprint equals the last build's is not
 * rendered: the last build's file is kept. A page whose {@link PageSignature} is the last build's
 * (under the same frame) is kept without its model being made.
 */
final class Rendering {
  private Rendering() {}

  /** @param signed the last build's page signatures, when this build has its frame; else empty */
  static void pages(List<PageJob> jobs, Map<String, Long> signed, TemplateRenderer templates, Fingerprints fingerprints,
      BuildCache cache, Outputs out, TemplateStats stats, Progress progress, Diagnostics diagnostics) {
    var done = new java.util.concurrent.atomic.AtomicInteger();
    Parallel.forEach(jobs, job -> {
      page(job, signed, templates, fingerprints, cache, out, stats, diagnostics);
      progress.update("render", done.incrementAndGet(), jobs.size());
    });
  }

  private static void page(PageJob job, Map<String, Long> signed, TemplateRenderer templates, Fingerprints fingerprints,
      BuildCache cache, Outputs out, TemplateStats stats, Diagnostics diagnostics) {
    stats.page(job.kind());
    String file = UrlPaths.file(job.path());
    if (keptBySignature(file, job.origin(), job.signature(), signed, out)) {
      return;
    }
    var model = job.model();
    String fingerprint = fingerprints.of(job.template(), model);
    if (reused(file, job.origin(), fingerprint, cache, out)) {
      return;
    }
    try {
      long t0 = System.nanoTime();
      String html = templates.render(job.template(), model);
      stats.rendered(job.template(), System.nanoTime() - t0);
      var f = OutputFile.text(file, html, job.origin());
      written(f, fingerprint, cache, out);
    } catch (SiteException e) {
      diagnostics.addAll(e.diagnostics());
    } catch (IllegalArgumentException e) {
      // OutputFile refuses an unsafe path; the input checks should have caught it earlier.
      diagnostics.error(job.origin().startsWith("content/") ? job.origin() : "content", 0, 0,
          "cannot write " + job.path() + ": " + e.getMessage(),
          dev.gazette.diag.FileNameCharset.hint(e).orElse("rename the article, tag, reporter or source"));
    }
  }

  /**
   * Records a page's or feed's signature for the shape this build saves, and keeps the last
   * build's file when the signature is the last build's (and the output still has the file).
   */
  private static boolean keptBySignature(String file, String origin, PageSignature signature, Map<String, Long> signed,
      Outputs out) {
    if (signature == PageSignature.NONE) {
      return false;
    }
    out.signed(file, signature.value());
    if (signature.same(signed.get(file)) && out.reuse(file, origin)) {
      out.reused.incrementAndGet();
      return true;
    }
    return false;
  }

  private static boolean reused(String file, String origin, String fingerprint, BuildCache cache, Outputs out) {
    var last = cache.rendered.get(file);
    if (last != null && last.fingerprint().equals(fingerprint) && out.reuse(file, origin)) {
      out.reused.incrementAndGet();
      return true;
    }
    return false;
  }

  private static void written(OutputFile f, String fingerprint, BuildCache cache, Outputs out) {
    out.write(f);
    out.rendered.incrementAndGet();
    out.rendered(f.path(), new BuildCache.Rendered(fingerprint));
  }

  /**
   * @param changed with an unchanged structure, the articles that changed: only the feeds that can
   *     show them are looked at (the others are kept); null for all feeds
   */
  static void feeds(Site site, java.util.Collection<Article> changed, PhotoSet photos, TemplateRenderer templates,
      ViewModels views, Fingerprints fingerprints, BuildCache cache, Outputs out, PageSignature.Tokens tokens,
      Map<String, Long> signed) {
    List<FeedSpec> specs = changed == null ? Feeds.specs(site) : affected(site, changed);
    var config = site.config();
    Parallel.forEach(specs, spec -> {
      // signed as in the last build (same folder, titles and items): kept without the fingerprint
      PageSignature signature = PageSignature.feed(tokens, List.of(spec.dir(), spec.title(), spec.pageUrl(), spec.description()),
          spec.items());
      for (FeedFormat format : config.feed().formats()) {
        String file = Feeds.file(spec, format, config);
        if (keptBySignature(file, "feed", signature, signed, out)) {
          continue;
        }
        // a feed shows its items' lead images (a photo's widest derivative): it depends on those
        // photos; one the theme writes also shows what its template sees
        List<Object> inputs = List.of(spec, format, config.feed(), config.baseUrl(), config.title(), config.language(),
            spec.items().stream().map(photos::articleKey).toList());
        String fingerprint = Feeds.themed(format, templates)
            ? fingerprints.of(format.template(), List.of(inputs, DataModel.Globals.of(views), views.articles(spec.items())))
            : fingerprints.of("feed", inputs);
        if (!reused(file, "feed", fingerprint, cache, out)) {
          written(Feeds.render(spec, format, config, photos, templates, views), fingerprint, cache, out);
        }
      }
    });
  }

  private static List<FeedSpec> affected(Site site, java.util.Collection<Article> changed) {
    var byDir = new java.util.LinkedHashMap<String, FeedSpec>();
    for (Article a : changed) {
      for (FeedSpec spec : Feeds.specsShowing(site, a)) {
        byDir.putIfAbsent(spec.dir(), spec);
      }
    }
    return List.copyOf(byDir.values());
  }

  /**
   * Sitemaps, robots.txt, alias pages and the lists' {@code page/1/} redirects. With {@code all}
   * false (the structure is unchanged: every URL, date and alias is the last build's) only the news
   * sitemap and robots.txt, which names it only while it has articles, are made again: both depend
   * on the time. The others are kept.
   */
  static void discovery(Site site, Instant now, boolean all, Fingerprints fingerprints, BuildCache cache, Outputs out) {
    var c = site.config();
    var news = c.writes(PageKind.SITEMAP) ? NewsSitemap.articles(site, now) : List.<Article>of();
    if (!news.isEmpty()) {
      out.write(OutputFile.text(NewsSitemap.FILE, NewsSitemap.render(site, news), NewsSitemap.ORIGIN));
    }
    if (c.writes(PageKind.ROBOTS) && RobotsTxt.written(c.baseUrl())) {
      out.write(OutputFile.text(RobotsTxt.FILE, RobotsTxt.render(c.baseUrl(), c.writes(PageKind.SITEMAP), !news.isEmpty()),
          "robots.txt"));
    }
    if (!all) {
      return;
    }
    if (c.writes(PageKind.SITEMAP)) {
      var parts = Sitemap.parts(site);
      // a part whose URLs and dates are the last build's is kept without formatting 50,000 of them
      Parallel.forEach(parts, part -> {
        String fingerprint = fingerprints.of("sitemap", List.of(c.baseUrl(), part));
        if (!reused(part.file(), "sitemap", fingerprint, cache, out)) {
          written(Sitemap.render(part, c.baseUrl()), fingerprint, cache, out);
        }
      });
      OutputFile index = Sitemap.index(parts, c.baseUrl());
      if (index != null) {
        out.write(index);
      }
    }
    for (Article a : site.articles()) {
      aliases(site, a, out);
    }
    for (Article a : site.pages()) {
      aliases(site, a, out);
    }
    firstPages(site, out);
  }

  private static void aliases(Site site, Article a, Outputs out) {
    for (String alias : a.aliases()) {
      redirect(site, alias, a.path(), a.relPath() + " (alias " + alias + ")", out);
    }
  }

  /**
   * {@code page/1/} of every list with a {@code page/2/}, as a redirect to its index (Hugo writes
   * it too), so that the URL a reader or crawler makes from the others is no 404. With stable
   * archive pages {@code page/1/} is the oldest archive page instead.
   */
  private static void firstPages(Site site, Outputs out) {
    if (site.config().stablePages()) {
      return;
    }
    for (Listing list : Listing.of(site)) {
      if (list.paged(site.config().paginate())) {
        String from = Permalinks.numbered(list.index(), 1);
        redirect(site, from, list.index(), "the redirect from /" + from + " to /" + list.index(), out);
      }
    }
  }

  private static void redirect(Site site, String from, String targetPath, String origin, Outputs out) {
    String target = site.config().baseUrl().abs(UrlPaths.encode(targetPath));
    out.write(OutputFile.text(AliasPage.file(from), AliasPage.render(target, site.config().language()), origin));
  }
}
