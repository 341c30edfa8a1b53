package dev.gazette.build;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.feeds.SearchIndex;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Publication;
import dev.gazette.model.Site;
import dev.gazette.output.OutputGuard;
import dev.gazette.output.SiteWriter;
import dev.gazette.render.OutputFile;
import dev.gazette.render.PagePlan;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** A build for one run (the CLI): caches only what the run itself needs. */
  public Build() {
    this(false);
  }

  private Build(boolean incremental) {
    this.cache = new BuildCache(incremental);
  }

  /**
   * A build meant to run again and again (the dev server): it keeps parsed files, rendered
   * bodies, pages and feeds, so each run redoes only what changed.
   */
  public static Build incremental() {
    return new Build(true);
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
    var steps = new Steps();
    SiteConfig config = steps.time("config", () -> config(o));
    if (o.outDir() != null) {
      OutputGuard.check(o.siteDir(), o.outDir());
    }
    Set<String> hint = ChangeHint.relPaths(o.siteDir(), changed);
    List<Path> files = steps.time("scan", () -> ChangeHint.scan(o.siteDir(), hint, cache, steps.diagnostics));
    List<ParsedDocument> docs = steps.time("parse",
        () -> Parsing.parse(o.siteDir(), files, config, cache, hint, steps.diagnostics));
    Selection selection = steps.time("select", () -> Selection.of(docs, new Publication(o.drafts(), o.future(), o.now())));
    Map<String, String> paths = steps.time("permalinks", () -> {
      var permalinks = new Permalinks(config);
      return Urls.assign(selection.published(), d -> cache.pathOf(d, permalinks), steps.diagnostics);
    });
    List<Article> articles = steps.time("markdown", () -> Bodies.render(selection.published(), paths,
        selection.excluded(), config, markdown, cache, steps.diagnostics));
    steps.diagnostics.throwIfErrors();

    TemplateRenderer templates = steps.time("templates", () -> templates(o.siteDir(), config));
    int year = o.now().atZone(config.timezone()).getYear();
    Structure structure = steps.time("structure", () -> Structure.of(config, articles));
    Increment increment = steps.time("compare", () -> Increment.of(cache.last, structure, templates, year, articles));
    Site site = steps.time("assemble", () -> increment.site(config, articles));
    var plan = steps.time("plan", () -> new PagePlan(site, new ViewModels(site, year, cache.views), templates));
    List<OutputFile> pages = steps.time("render",
        () -> Rendering.pages(increment.jobs(site, plan), templates, cache, increment.full(), steps.diagnostics));
    steps.diagnostics.throwIfErrors();
    List<OutputFile> fresh = steps.time("feeds", () -> {
      var out = new ArrayList<>(pages);
      out.addAll(Rendering.feeds(site, cache));
      out.addAll(Rendering.discovery(site, o.now(), !increment.full()));
      if (config.search()) {
        out.add(SearchIndex.render(site));
      }
      return out;
    });
    LinkedHashMap<String, OutputFile> generated = steps.time("merge", () -> {
      var out = increment.base();
      fresh.forEach(f -> out.put(f.path(), f));
      return out;
    });
    // A full build checks its raw list, so two outputs on one path are caught before merging.
    var all = new ArrayList<>(increment.full() ? fresh : generated.values());
    var statics = steps.time("static", () -> StaticFiles.collect(o.siteDir(), config.theme(), steps.diagnostics));
    all.addAll(statics);
    Checks.Result checked = steps.time("check", () -> Checks.run(selection.published(), articles, all,
        statics.stream().map(OutputFile::path).toList(), increment, cache, config.summaryLength(), steps.diagnostics));
    List<Diagnostic> warnings = steps.time("finish", () -> finish(steps.diagnostics, o.strict()));
    if (o.outDir() != null) {
      steps.time("write", () -> SiteWriter.write(o.outDir(), all));
    }
    int pageCount = increment.pages(pages.size());
    if (cache.keepRendered) {
      cache.last = new BuildCache.Last(structure, templates, year, articles, site, generated, pageCount,
          increment.shownBy(site), checked);
    }
    return new BuildResult(site.articles().size(), pageCount, all, warnings, steps.timings, steps.millis());
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

  private TemplateRenderer templates(Path siteDir, SiteConfig config) {
    boolean builtin = BuiltinTheme.usedBy(siteDir, config.theme());
    Path dir = siteDir.resolve("themes").resolve(config.theme()).resolve("templates");
    Object key = List.of(builtin ? List.of("built-in") : TemplateFingerprint.of(dir), config.language(), config.timezone());
    if (cache.templates == null || !key.equals(cache.templatesKey)) {
      var locale = Locale.forLanguageTag(config.language());
      var zone = TimeZone.getTimeZone(config.timezone());
      cache.templates = builtin
          ? new TemplateRenderer(BuiltinTheme.templates(), "(built-in theme)/templates", locale, zone)
          : new TemplateRenderer(dir, "themes/" + config.theme() + "/templates", locale, zone);
      cache.templatesKey = key;
      cache.pages.clear();
    }
    return cache.templates;
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

  /** The timings and diagnostics of one run. */
  private static final class Steps {
    final long start = System.nanoTime();
    final List<BuildResult.Timing> timings = new ArrayList<>();
    final Diagnostics diagnostics = new Diagnostics();

    <T> T time(String name, Supplier<T> step) {
      long t0 = System.nanoTime();
      T result = step.get();
      timings.add(new BuildResult.Timing(name, (System.nanoTime() - t0) / 1_000_000));
      return result;
    }

    void time(String name, Runnable step) {
      time(name, () -> {
        step.run();
        return null;
      });
    }

    long millis() {
      return (System.nanoTime() - start) / 1_000_000;
    }
  }
}
