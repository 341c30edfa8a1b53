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
import dev.gazette.render.TemplateRenderer;
import dev.gazette.source.ContentScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    long start = System.nanoTime();
    var timings = new ArrayList<BuildResult.Timing>();
    var diagnostics = new Diagnostics();

    SiteConfig config = time(timings, "config", () -> config(o));
    if (o.outDir() != null) {
      OutputGuard.check(o.siteDir(), o.outDir());
    }
    List<Path> files = time(timings, "scan", () -> ContentScanner.scan(o.siteDir(), diagnostics));
    List<ParsedDocument> docs = time(timings, "parse", () -> Parsing.parse(o.siteDir(), files, config, cache, diagnostics));
    var excluded = new HashMap<String, String>();
    List<ParsedDocument> published = time(timings, "select", () -> select(docs, o, excluded));
    Map<String, String> paths = time(timings, "permalinks", () -> Urls.assign(published, new Permalinks(config), diagnostics));
    List<Article> articles = time(timings, "markdown",
        () -> Bodies.render(published, paths, excluded, config, markdown, cache, diagnostics));
    diagnostics.throwIfErrors();

    Site site = time(timings, "assemble", () -> SiteAssembler.assemble(config, articles));
    TemplateRenderer templates = time(timings, "templates", () -> templates(o.siteDir(), config));
    int year = o.now().atZone(config.timezone()).getYear();
    List<OutputFile> pages = time(timings, "render", () -> Rendering.pages(site, templates, cache, year, diagnostics));
    diagnostics.throwIfErrors();
    List<OutputFile> outputs = time(timings, "feeds", () -> {
      var all = new ArrayList<>(pages);
      all.addAll(Rendering.feeds(site, cache));
      all.addAll(Rendering.discovery(site, o.now()));
      all.addAll(StaticFiles.collect(o.siteDir(), config.theme(), diagnostics));
      return all;
    });
    time(timings, "check", () -> check(published, articles, outputs, config, diagnostics));
    List<Diagnostic> warnings = finish(diagnostics, o.strict());
    if (o.outDir() != null) {
      time(timings, "write", () -> SiteWriter.write(o.outDir(), outputs));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(site.articles().size(), pages.size(), outputs, warnings, timings, millis);
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
    Checks.collisions(outputs, diagnostics);
    var byPath = new LinkedHashMap<String, ParsedDocument>();
    published.forEach(d -> byPath.put(d.relPath(), d));
    var bodies = new HashMap<String, RenderedBody>();
    for (Article a : articles) {
      var b = cache.bodies.get(a.relPath());
      if (b != null && b.body() != null) {
        bodies.put(a.relPath(), b.body());
      }
    }
    var paths = Checks.paths(outputs);
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
