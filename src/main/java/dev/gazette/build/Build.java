package dev.gazette.build;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.markdown.RenderedBody;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Publication;
import dev.gazette.model.Site;
import dev.gazette.model.SiteAssembler;
import dev.gazette.output.OutputGuard;
import dev.gazette.output.SiteWriter;
import dev.gazette.render.OutputFile;
import dev.gazette.render.PagePlan;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import dev.gazette.source.ContentScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The recipe: config, scan, parse, select, permalinks, Markdown, assemble, render, check, write.
 * Each step is timed; the stages themselves live in their own classes and packages. A {@code
 * Build} keeps a {@link BuildCache}, so running it again (the dev server) redoes only what changed.
 */
public final class Build {
  private final BuildCache cache;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  public Build() {
    this.cache = new BuildCache();
  }

  /**
   * Builds the site and, when {@code options.outDir()} is set, writes it atomically.
   *
   * @throws SiteException with every diagnostic (errors and warnings) when the site has errors
   */
  public BuildResult run(BuildOptions o) {
    return run(o, null);
  }

  /**
   * Builds again after the given files changed (a file watcher's events): other content files
   * are taken from the cache without being read or even stat'ed.
   *
   * @param changed changed, added or deleted paths; null when unknown (everything is checked)
   */
  public BuildResult run(BuildOptions o, Set<Path> changed) {
    long start = System.nanoTime();
    var timings = new ArrayList<BuildResult.Timing>();
    var diagnostics = new Diagnostics();

    SiteConfig config = time(timings, "config", () -> config(o));
    if (o.outDir() != null) {
      OutputGuard.check(o.siteDir(), o.outDir());
    }
    Set<String> hint = ChangeHint.relPaths(o.siteDir(), changed);
    List<Path> files = time(timings, "scan", () -> scan(o.siteDir(), hint, diagnostics));
    List<ParsedDocument> docs = time(timings, "parse", () -> Parsing.parse(o.siteDir(), files, config, cache, hint, diagnostics));
    var excluded = new HashMap<String, String>();
    List<ParsedDocument> published = time(timings, "select", () -> select(docs, o, excluded));
    Map<String, String> paths = time(timings, "permalinks", () -> {
      var permalinks = new Permalinks(config);
      return Urls.assign(published, d -> cache.pathOf(d, permalinks), diagnostics);
    });
    List<Article> articles = time(timings, "markdown",
        () -> Bodies.render(published, paths, excluded, config, markdown, cache, diagnostics));
    diagnostics.throwIfErrors();

    TemplateRenderer templates = time(timings, "templates", () -> templates(o.siteDir(), config));
    int year = o.now().atZone(config.timezone()).getYear();
    Structure structure = Structure.of(config, articles);
    BuildCache.Last last = cache.last;
    boolean same = last != null && last.templates() == templates && last.year() == year && last.structure().equals(structure);
    Map<Article, Article> replaced = same ? Remap.changed(last.articles(), articles) : Map.of();
    Site site = time(timings, "assemble",
        () -> same ? Remap.site(last.site(), replaced) : SiteAssembler.assemble(config, articles));
    var plan = new PagePlan(site, new ViewModels(site, year, cache.views), templates);
    List<OutputFile> pages = time(timings, "render", () -> Rendering.pages(
        same ? Affected.jobs(site, plan, replaced.values()) : plan.all(), templates, cache, !same, diagnostics));
    diagnostics.throwIfErrors();
    var statics = time(timings, "static", () -> StaticFiles.collect(o.siteDir(), config.theme(), diagnostics));
    var outputs = time(timings, "feeds", () -> {
      var all = new LinkedHashMap<String, OutputFile>();
      if (same) {
        all.putAll(last.outputs());
      }
      pages.forEach(f -> all.put(f.path(), f));
      Rendering.feeds(site, cache).forEach(f -> all.put(f.path(), f));
      var discovery = Rendering.discovery(site, o.now(), same);
      discovery.forEach(f -> all.put(f.path(), f));
      return all;
    });
    var all = new ArrayList<>(outputs.values());
    all.addAll(statics);
    time(timings, "check", () -> check(published, articles, all, config, diagnostics));
    List<Diagnostic> warnings = finish(diagnostics, o.strict());
    if (o.outDir() != null) {
      time(timings, "write", () -> SiteWriter.write(o.outDir(), all));
    }
    int pageCount = same ? last.pages() : pages.size();
    cache.last = new BuildCache.Last(structure, templates, year, articles, site, outputs, pageCount);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(site.articles().size(), pageCount, all, warnings, timings, millis);
  }

  /** The content files: the last list patched with the changes when they are all plain files. */
  private List<Path> scan(Path siteDir, Set<String> hint, Diagnostics diagnostics) {
    var patched = ChangeHint.patch(siteDir, cache.files, cache.scanDiagnostics, hint);
    if (patched != null) {
      diagnostics.addAll(cache.scanDiagnostics);
      cache.files = patched;
      return patched;
    }
    var scanned = new Diagnostics();
    List<Path> files = ContentScanner.scan(siteDir, scanned);
    cache.files = files;
    cache.scanDiagnostics = scanned.sorted();
    diagnostics.addAll(cache.scanDiagnostics);
    return files;
  }

  private SiteConfig config(BuildOptions o) {
    SiteConfig config = ConfigLoader.load(o.siteDir());
    if (o.baseUrl() != null) {
      try {
        config = config.withBaseUrl(BaseUrl.parse(o.baseUrl()));
      } catch (IllegalArgumentException e) {
        throw new SiteException(Diagnostic.error("--base-url", 0, 0, "\"" + o.baseUrl() + "\" " + e.getMessage(),
            "write an absolute URL such as https://www.example.com/"));
      }
    }
    if (!config.equals(cache.config)) {
      cache.dropRendered();
      cache.config = config;
    }
    return config;
  }

  private static List<ParsedDocument> select(List<ParsedDocument> docs, BuildOptions o, Map<String, String> excluded) {
    var publication = new Publication(o.drafts(), o.future(), o.now());
    var out = new ArrayList<ParsedDocument>(docs.size());
    for (ParsedDocument d : docs) {
      var why = publication.excluded(d.frontMatter());
      if (why.isPresent()) {
        excluded.put(d.relPath(), why.get());
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private TemplateRenderer templates(Path siteDir, SiteConfig config) {
    Path dir = siteDir.resolve("themes").resolve(config.theme()).resolve("templates");
    Object key = List.of(TemplateFingerprint.of(dir), config.language(), config.timezone());
    if (cache.templates == null || !key.equals(cache.templatesKey)) {
      cache.templates = new TemplateRenderer(dir, "themes/" + config.theme() + "/templates",
          Locale.forLanguageTag(config.language()), TimeZone.getTimeZone(config.timezone()));
      cache.templatesKey = key;
      cache.pages.clear();
    }
    return cache.templates;
  }

  private void check(List<ParsedDocument> published, List<Article> articles, List<OutputFile> outputs,
      SiteConfig config, Diagnostics diagnostics) {
    var paths = Checks.collisions(outputs, diagnostics);
    var byPath = new LinkedHashMap<String, ParsedDocument>();
    published.forEach(d -> byPath.put(d.relPath(), d));
    var bodies = new HashMap<String, RenderedBody>();
    for (Article a : articles) {
      var b = cache.bodies.get(a.relPath());
      if (b != null && b.body() != null) {
        bodies.put(a.relPath(), b.body());
      }
    }
    Checks.localLinks(published, bodies, paths, diagnostics);
    Checks.articles(articles, byPath, bodies, paths, config.summaryLength(), diagnostics);
  }

  /** Fails with every diagnostic when there are errors (warnings too under strict). */
  private static List<Diagnostic> finish(Diagnostics diagnostics, boolean strict) {
    List<Diagnostic> all = diagnostics.sorted();
    if (strict && !all.isEmpty()) {
      throw new SiteException(all.stream().map(Diagnostic::asError).toList());
    }
    if (all.stream().anyMatch(Diagnostic::isError)) {
      throw new SiteException(all);
    }
    return all;
  }

  private static <T> T time(List<BuildResult.Timing> timings, String name, Supplier<T> step) {
    long t0 = System.nanoTime();
    T result = step.get();
    timings.add(new BuildResult.Timing(name, (System.nanoTime() - t0) / 1_000_000));
    return result;
  }

  private static void time(List<BuildResult.Timing> timings, String name, Runnable step) {
    time(timings, name, () -> {
      step.run();
      return null;
    });
  }
}
