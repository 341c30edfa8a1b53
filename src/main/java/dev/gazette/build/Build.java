package dev.gazette.build;

import dev.gazette.config.BaseUrl;
import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.diag.SiteException;
import dev.gazette.search.SearchIndex;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Publication;
import dev.gazette.model.Site;
import dev.gazette.output.OutputGuard;
import dev.gazette.output.OutputChanges;
import dev.gazette.output.OutputFile;
import dev.gazette.output.OutputSink;
import dev.gazette.output.OutputState;
import dev.gazette.output.Staging;
import dev.gazette.render.Fingerprints;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import dev.gazette.store.CorruptStoreException;
import dev.gazette.store.PackStore;
import dev.gazette.store.SourceHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The recipe: config, scan, parse, select, permalinks, Markdown, assemble, render, check, write.
 * Each step is timed; the stages themselves live in their own classes and packages. A {@code
 * Build} keeps a {@link BuildCache}, so running it again (the dev server) redoes only what changed.
 */
public final class Build implements AutoCloseable {
  private BuildCache cache;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  /** The cache on disk ({@code gazette build}), or null. */
  private final PersistedCache persisted;
  private final Path cacheDir;
  private final Consumer<String> notes;
  private Progress progress = Progress.NONE;
  /** The derivative store of a build without a cache on disk, made on first use; deleted by {@link #close}. */
  private Path temporaryPhotos;
  /**
   * The hash of what this build is made from besides the content files, read before it started
   * (a build with a cache on disk), or null.
   */
  private String frame;

  /** A build for one run without a cache on disk: bodies go to a temporary pack. */
  public Build() {
    this(new BuildCache(false, PackStore.temporary("gazette-bodies-"), SourceHash.random()), null, null, s -> {});
  }

  private Build(BuildCache cache, PersistedCache persisted, Path cacheDir, Consumer<String> notes) {
    this.cache = cache;
    this.persisted = persisted;
    this.cacheDir = cacheDir;
    this.notes = notes;
  }

  /**
   * A build that starts from the cache in {@code cacheDir} and saves it when it succeeds, so a
   * rebuild redoes only what changed (CI restores the folder between runs). A cache that cannot
   * be used is reported through {@code notes} in one line and rebuilt; the output is the same.
   */
  public static Build persistent(Path cacheDir, BuildOptions o, Consumer<String> notes) {
    if (o.outDir() != null) {
      OutputGuard.check(o.siteDir(), o.outDir());
    }
    if (!Files.isRegularFile(o.siteDir().resolve(ConfigLoader.FILE))) {
      // not a site: the build reports that, and no cache folder appears in a stray place
      return new Build();
    }
    var persisted = PersistedCache.open(cacheDir, notes);
    if (persisted == null) {
      return new Build(new BuildCache(false, PackStore.temporary("gazette-bodies-"), SourceHash.random()), null, null, notes);
    }
    // the index is read only when the inputs changed (run)
    return new Build(null, persisted, cacheDir, notes);
  }

  /** Tells {@code progress} what the build is doing (a progress line on a terminal). */
  public Build progress(Progress progress) {
    this.progress = progress;
    return this;
  }

  /**
   * Where derivatives are kept: {@code photos/} in the cache folder, so an unchanged photo is
   * never encoded again; a temporary folder for a build without one (the dev server keeps it for
   * its whole run).
   */
  private Path photoStore() {
    if (persisted != null) {
      return cacheDir.resolve(PersistedCache.PHOTOS);
    }
    if (temporaryPhotos == null) {
      try {
        temporaryPhotos = Files.createTempDirectory("gazette-photos-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return temporaryPhotos;
  }

  @Override
  public void close() {
    if (temporaryPhotos != null) {
      try (var files = Files.list(temporaryPhotos)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
        Files.deleteIfExists(temporaryPhotos);
      } catch (IOException e) {
        // a temporary folder left behind is the system's to clean
      }
    }
    if (persisted == null) {
      cache.store.delete();
    } else if (cache != null) {
      cache.store.close();
    }
    if (persisted != null) {
      persisted.close();
    }
  }

  /**
   * A build meant to run again and again (the dev server): it keeps parsed files, rendered
   * bodies, page fingerprints and the last site, so each run redoes only what changed.
   */
  public static Build incremental() {
    return new Build(new BuildCache(true, PackStore.temporary("gazette-bodies-"), SourceHash.random()), null, null, s -> {});
  }

  /**
   * Builds the site and, when {@code options.outDir()} is set, writes it atomically: pages are
   * streamed into a staging folder as they are rendered, files equal to the last build's are
   * hard links to them, and the staging folder is swapped in only when the whole build succeeded.
   *
   * @throws SiteException with every diagnostic (errors and warnings) when the site has errors
   */
  public BuildResult run(BuildOptions o) {
    if (o.outDir() == null) {
      return run(o, null, OutputSink.NONE);
    }
    OutputGuard.check(o.siteDir(), o.outDir());
    before.clear();
    if (persisted != null && cache == null) {
      long start = System.nanoTime();
      SiteKey.Saved saved = SiteKey.load(cacheDir);
      frame = SiteKey.frame(o, persisted.sourceHash);
      SiteKey.Content content = null;
      if (saved != null && frame != null && saved.frame().equals(frame) && saved.window().contains(o.now())) {
        // only the content can differ: hash it (parsing then reads only the files that changed)
        content = SiteKey.content(o.siteDir(), persisted.sourceHash);
        if (content != null && saved.key().equals(SiteKey.key(frame, content.hashes(), persisted.sourceHash))) {
          var output = saved.output().get();
          if (output != null && OutputState.unchanged(o.outDir(), output)) {
            return unchanged(o, saved, output.size(), start);
          }
        }
      }
      try {
        SiteKey.forget(cacheDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long loading = lap(before, "inputs", start);
      progress.update("load", 0, 0);
      cache = persisted.load(o.siteDir(), o.outDir(), notes);
      lap(before, "load", loading);
      if (content != null) {
        cache.sourceHashes = content.hashes();
        cache.scanned = content.files();
      }
    }
    try {
      return write(o);
    } catch (Increment.Lost e) {
      // a file of the last output went missing: build everything, once
      cache.shape = null;
      return write(o);
    } catch (CorruptStoreException e) {
      if (persisted == null) {
        throw e;
      }
      // A pack damaged on disk is found when a body is read: start the cache afresh, once.
      notes.accept("gazette: the build cache in " + cacheDir + " is damaged (" + e.getMessage() + "); rebuilding it");
      cache.store.close();
      cache = new BuildCache(false, PackStore.create(cacheDir.resolve(persisted.packName())), persisted.sourceHash);
      return write(o);
    }
  }

  private BuildResult write(BuildOptions o) {
    var after = new ArrayList<BuildResult.Timing>();
    BuildResult result;
    long t0;
    try (Staging staging = Staging.open(o.outDir(), cache.output, cache.spare, o.inPlace())) {
      // staged in the spare or not, it is gone from there: a failed build leaves none
      cache.spare = null;
      result = run(o, null, staging);
      progress.update("swap", 0, 0);
      t0 = System.nanoTime();
      cache.output = staging.commit();
      cache.spare = staging.spare();
      t0 = lap(after, "swap", t0);
      if (persisted != null) {
        progress.update("save", 0, 0);
        Set<String> live = PersistedCache.names(cache.files, o.siteDir());
        if (persisted.save(cache, o.outDir(), live, notes)) {
          saveKey(result, live);
        }
        t0 = lap(after, "save", t0);
      }
      result = result.written(staging.freshFiles(), staging.linkedFiles(), staging.bytesWritten(), staging.changes());
      progress.update("cleanup", 0, 0);
    }
    // closing the staging waited for the previous output's deletion
    lap(after, "cleanup", t0);
    return result.around(before, after);
  }

  /** What the build did before its stages ran: the input check and the cache's load. */
  private final List<BuildResult.Timing> before = new ArrayList<>();

  private static long lap(List<BuildResult.Timing> timings, String name, long since) {
    long now = System.nanoTime();
    timings.add(new BuildResult.Timing(name, (now - since) / 1_000_000));
    return now;
  }

  /**
   * The result of a build whose inputs are those of the last one, with the output folder as that
   * build left it: its counts and warnings again, nothing read beyond the inputs, nothing written.
   */
  private BuildResult unchanged(BuildOptions o, SiteKey.Saved saved, int files, long start) {
    long checked = (System.nanoTime() - start) / 1_000_000;
    List<Diagnostic> warnings = finish(saved.warnings(), o.strict());
    var config = loadConfig(o);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(saved.articles(), saved.pages(), files, 0, saved.jobs(), 0, files, 0,
        OutputChanges.NONE, warnings, List.of(new BuildResult.Timing("inputs", checked)), millis, config.baseUrl(),
        saved.pagesByKind(), List.of(), 0);
  }

  /** Saves the key of this build's inputs: what it parsed, and the rest as read when it started. */
  private void saveKey(BuildResult result, Set<String> live) {
    if (frame == null || cache.window == null) {
      return;
    }
    var content = new java.util.HashMap<String, String>();
    for (String rel : live) {
      BuildCache.Parsed p = cache.parsed.get(rel);
      if (p == null) {
        return;
      }
      content.put(rel, p.hash());
    }
    var output = cache.output;
    var saved = new SiteKey.Saved(frame, SiteKey.key(frame, content, persisted.sourceHash), cache.window, result.articles(), result.pages(),
        result.rendered() + result.reused(), result.pagesByKind(), result.warnings(), () -> output);
    try {
      SiteKey.save(cacheDir, saved);
    } catch (IOException e) {
      notes.accept("gazette: cannot save the build key in " + cacheDir + " (" + e.getMessage() + "); the next build checks every page");
    }
  }

  /**
   * Builds again after the given files changed (a file watcher's events), streaming every file
   * into {@code sink}: other content files are taken from the cache without being read.
   *
   * @param changed changed, added or deleted paths; null when unknown (everything is checked)
   */
  public BuildResult run(BuildOptions o, Set<Path> changed, OutputSink sink) {
    if (cache == null) {
      cache = persisted.load(o.siteDir(), o.outDir(), notes);
    }
    Set<String> hint = ChangeHint.relPaths(o.siteDir(), changed);
    cache.runs++;
    cache.fresh.clear();
    BuildResult edited = Edit.run(o, hint, cache, markdown, sink, progress);
    if (edited != null) {
      return edited;
    }
    var steps = new Steps(progress);
    SiteConfig config = steps.time("config", () -> config(o));
    List<Path> files = steps.time("scan", () -> ChangeHint.scan(o.siteDir(), hint, cache, steps.diagnostics));
    List<ParsedDocument> docs = steps.time("parse",
        () -> Parsing.parse(o.siteDir(), files, config, cache, hint, d -> Bodies.prerender(d, config, markdown, cache),
            steps.diagnostics));
    cache.sourceHashes = Map.of();
    Selection selection = steps.time("select", () -> Selection.of(docs, new Publication(o.drafts(), o.future(), o.now()),
        steps.diagnostics));
    steps.time("topics", () -> dev.gazette.model.Topics.check(config, selection.published(), steps.diagnostics));
    cache.window = TimeWindow.around(o.now(), config.timezone(), docs);
    Map<String, String> paths = steps.time("permalinks", () -> {
      var permalinks = new Permalinks(config);
      return Urls.assign(selection.published(), d -> cache.pathOf(d, permalinks), steps.diagnostics);
    });
    List<Article> articles = steps.time("markdown", () -> Bodies.render(selection.published(), paths,
        selection.excluded(), () -> ChangeHint.relPathSet(o.siteDir(), files), config, markdown, cache, steps.diagnostics));
    steps.diagnostics.throwIfErrors();

    ThemeChain theme = steps.time("theme", () -> ThemeChain.of(o.siteDir(), config.theme()));
    TemplateRenderer templates = steps.time("templates", () -> templates(theme, config));
    int year = o.now().atZone(config.timezone()).getYear();
    Photos.Result photos = steps.time("photos", () -> Photos.make(o.siteDir(), theme, selection.published(), cache,
        config.images(), photoStore(), steps.diagnostics));
    steps.diagnostics.throwIfErrors();
    var images = steps.time("images", () -> ImageSizes.of(o.siteDir(), theme, articles));
    PhotoReads photoReads = cache.photoReads.next(photos.photos());
    var photoSet = new dev.gazette.render.PhotoSet(photos.photos(), config.baseUrl(), photoReads.helpers());
    Structure structure = steps.time("structure", () -> Structure.of(config, articles, images, photos.photos()));
    String digest = persisted == null ? null : steps.time("shape", () -> Shape.digest(structure, cache.templatesKey, year));
    // only a build with a shape on disk or a last site in memory compares frames
    String frame = persisted != null || cache.keepSite ? Shape.frame(structure, cache.templatesKey, year, photoReads.helpers()) : null;
    Increment increment = steps.time("compare", () -> Increment.of(cache, structure, templates, year, articles, digest, frame));
    Site site = steps.time("assemble", () -> increment.site(config, articles));
    // pages are signed for the shape on disk, or the last site in memory (the dev server), which
    // the next build compares them with; fresh is relative to that build (the last successful one)
    var tokens = persisted != null ? ArticleTokens.of(articles, images, photoSet, a -> cache.fresh.contains(a.relPath()), cache.sourceHash)
        : cache.keepSite ? ArticleTokens.of(articles, images, photoSet, unchangedSince(cache.last).negate(), cache.sourceHash) : null;
    var views = new ViewModels(site, year, cache.views, images, photoSet);
    var plan = steps.time("plan", () -> new PagePlan(site, views, templates, tokens));
    var out = new Outputs(sink);
    var fingerprints = cache.pageFingerprints();
    // "affected": only the pages that show a changed article are planned; "signed": every page is,
    // and those signed as in the last build are kept without their models being made
    String planned = !increment.full() ? "affected" : increment.signed().isEmpty() ? "jobs" : "signed";
    List<PageJob> jobs = steps.time(planned, () -> increment.jobs(site, plan));
    var stats = new TemplateStats();
    steps.time("render", () -> Rendering.pages(jobs, increment.signed(), templates, fingerprints, cache, out, stats, progress,
        steps.diagnostics));
    steps.diagnostics.throwIfErrors();
    steps.time("feeds", () -> {
      Rendering.feeds(site, increment.full() ? null : increment.changed(), photoSet, templates, views, fingerprints, cache,
          out, tokens, increment.signed());
      Rendering.discovery(site, o.now(), increment.full(), fingerprints, cache, out);
    });
    if (config.search()) {
      steps.time("search", () -> SearchIndex.write(site, out::write));
    }
    var statics = steps.time("static", () -> {
      var all = new ArrayList<OutputFile>(photos.files());
      StaticFiles.collect(o.siteDir(), theme, steps.diagnostics).stream().filter(f -> !photos.replaces(f.path())).forEach(all::add);
      return all;
    });
    statics.parallelStream().forEach(out::write);
    steps.time("keep", () -> increment.keepRest(out));
    Checks.Result checked = steps.time("check", () -> Checks.run(selection.published(), articles, out,
        statics.stream().map(OutputFile::path).toList(), increment, cache, config.summaryLength(), steps.diagnostics));
    List<Diagnostic> warnings = steps.time("finish", () -> finish(steps.diagnostics, o.strict()));
    cache.rendered.putAll(out.fingerprints());
    cache.photoReads = photoReads.after(photoSet);
    if (increment.full()) {
      cache.rendered.keySet().retainAll(out.origins().keySet());
    }
    int pageCount = increment.pages(jobs.size());
    if (digest != null) {
      // saved split by path: the save writes again only the shards whose entries changed
      cache.shape = new Shape(digest, frame, increment.shownBy(site), Map.copyOf(out.origins()), pageCount,
          checked.staticPaths(), checked.warnings(), increment.signatures(out));
    }
    if (cache.keepSite) {
      var origins = Map.copyOf(out.origins());
      cache.last = new BuildCache.Last(structure, templates, year, articles, site, origins, pageCount,
          increment.shownBy(site), checked, Edit.Frame.of(cache.runs, o, paths, selection, ChangeHint.relPathSet(o.siteDir(), files),
              articles, warnings, origins), frame, increment.signatures(out));
    }
    return new BuildResult(site.articles().size(), pageCount, out.origins().size(), out.rendered.get(), out.reused.get(),
        0, 0, 0, OutputChanges.NONE, warnings, steps.timings, steps.millis(), config.baseUrl(),
        stats.pagesByKind(), stats.slowest(10), photos.encoded());
  }

  /**
   * Whether an article is the very one of the last successful build (an article whose file did
   * not change is the same instance): false for every article when there is none.
   */
  private static java.util.function.Predicate<Article> unchangedSince(BuildCache.Last last) {
    if (last == null) {
      return a -> false;
    }
    var same = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Article, Boolean>(last.articles().size() * 2));
    same.addAll(last.articles());
    return same::contains;
  }

  private SiteConfig config(BuildOptions o) {
    SiteConfig config = loadConfig(o);
    String fingerprint = new Fingerprints("config").of("site-config", config);
    if (!fingerprint.equals(cache.configFingerprint)) {
      // every page shows the config (site title, channels, URLs)
      cache.dropRendered();
      cache.configFingerprint = fingerprint;
    }
    return config;
  }

  private static SiteConfig loadConfig(BuildOptions o) {
    SiteConfig config = ConfigLoader.load(o.siteDir());
    if (o.baseUrl() != null) {
      try {
        config = config.withBaseUrl(BaseUrl.parse(o.baseUrl()));
      } catch (IllegalArgumentException e) {
        throw new SiteException(Diagnostic.error("--base-url", 0, 0, "\"" + o.baseUrl() + "\" " + e.getMessage(),
            "write an absolute URL such as https://www.example.com/"));
      }
    }
    return config;
  }

  private TemplateRenderer templates(ThemeChain theme, SiteConfig config) {
    String themeKey = theme.key();
    String locale = config.language() + "|" + config.timezone().getId();
    String key = themeKey + "|" + locale;
    if (cache.templates == null || !key.equals(cache.templatesKey)) {
      var layers = theme.templates();
      if (layers.isEmpty()) {
        throw new SiteException(Diagnostic.error("themes/" + config.theme() + "/templates", 0, 0,
            "theme \"" + config.theme() + "\" has no templates", "add templates/, or extend another theme: extends: default in theme.yml"));
      }
      Locale language = Locale.forLanguageTag(config.language());
      cache.templates = new TemplateRenderer(layers, language, TimeZone.getTimeZone(config.timezone()));
      cache.templatesKey = key;
      cache.templateKeys = TemplateKeys.of(theme, cache.templates, themeKey, language);
      cache.templatesLocale = locale;
    }
    return cache.templates;
  }


  /** Fails with every diagnostic when there are errors (warnings too under strict). */
  private static List<Diagnostic> finish(Diagnostics diagnostics, boolean strict) {
    return finish(diagnostics.sorted(), strict);
  }

  static List<Diagnostic> finish(List<Diagnostic> all, boolean strict) {
    if (strict && !all.isEmpty()) {
      throw new SiteException(all.stream().map(Diagnostic::asError).toList());
    }
    if (all.stream().anyMatch(Diagnostic::isError)) {
      throw new SiteException(all);
    }
    return all;
  }
}
