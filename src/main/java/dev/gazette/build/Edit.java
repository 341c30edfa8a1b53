package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.ContentLinks;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.Publication;
import dev.gazette.model.Site;
import dev.gazette.output.OutputSink;
import dev.gazette.render.PageJob;
import dev.gazette.render.PagePlan;
import dev.gazette.render.ViewModels;
import dev.gazette.search.SearchIndex;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dev server's rebuild after a writer saved articles that were already published, without
 * touching what decides the site's shape (URL, date, channel, tags and the rest of {@link
 * Structure.Key}), with no warning about them before or after: it reads only the saved files and
 * renders only the pages that show them. Anything else, or any doubt, and the full build with its
 * caches runs instead ({@link #run} returns null), which gives the same files.
 *
 * <p>Why this stays beside the cached full build: at 100,000 articles that build, with every
 * file a cache hit and only the affected pages rendered ({@link Increment}), still walks every
 * document in each of its stages (scan, parse, select, URLs, bodies, structure, keep, checks): a
 * median 2.2 s from save to reload (bench/serve-latency.sh, busy machine). This path touches the
 * saved files, the lists that hold them and the pages that show them: a median 128.5 ms at
 * 100,000 articles (ServeLatencyBench, 30 edits, machine load 7 to 8). Its first stage is named
 * {@code edit} in the build's timings.
 */
final class Edit {
  private Edit() {}

  /**
   * What the edit path needs from the last good build besides {@link BuildCache.Last}.
   *
   * @param options that build's options with its "now" left out
   * @param paths relPath to site path of every published document
   * @param excluded the other documents with the reason
   * @param contentFiles every content file's relPath
   * @param byRel that build's articles (and pages) by relPath; each edit replaces its own
   * @param warnings every warning of that build
   * @param searchFiles the search index's files, written whole each time
   * @param run which run of the cache made that build ({@link BuildCache#runs}): a hint names
   *     what changed since the last run, so this path follows only a run that succeeded
   */
  record Frame(int run, BuildOptions options, Map<String, String> paths, Map<String, String> excluded,
      Set<String> contentFiles, Map<String, Article> byRel, List<Diagnostic> warnings, Set<String> searchFiles) {

    static Frame of(int run, BuildOptions o, Map<String, String> paths, Selection selection, Set<String> contentFiles,
        List<Article> articles, List<Diagnostic> warnings, Map<String, String> origins) {
      var byRel = new HashMap<String, Article>(articles.size() * 2);
      articles.forEach(a -> byRel.put(a.relPath(), a));
      var search = new HashSet<String>();
      origins.forEach((path, origin) -> {
        if (origin.equals(SearchIndex.ORIGIN)) {
          search.add(path);
        }
      });
      return new Frame(run, o.withNow(java.time.Instant.EPOCH), paths, selection.excluded(), contentFiles, byRel,
          List.copyOf(warnings), Set.copyOf(search));
    }
  }

  /** One saved article: the last build's document and article, and this build's. */
  private record Saved(ParsedDocument doc, Article before, Article after) {}

  /**
   * Rebuilds after the files of {@code hint} were saved, or returns null when this path does not
   * apply (nothing has been read or changed then but the cache entries of the saved files).
   */
  static BuildResult run(BuildOptions o, Set<String> hint, BuildCache cache, MarkdownRenderer markdown, OutputSink sink,
      Progress progress) {
    BuildCache.Last last = cache.last;
    if (hint == null || hint.isEmpty() || last == null || last.frame() == null || last.frame().run() != cache.runs - 1
        || cache.window == null
        || !cache.window.contains(o.now()) || !last.frame().options().equals(o.withNow(java.time.Instant.EPOCH))) {
      return null;
    }
    Frame frame = last.frame();
    SiteConfig config = last.structure().config();
    if (last.year() != o.now().atZone(config.timezone()).getYear()) {
      return null;
    }
    var steps = new Steps(progress);
    List<String> rels = steps.time("edit", () -> savedArticles(o.siteDir(), hint, frame));
    if (rels == null) {
      return null;
    }
    List<Saved> saved = steps.time("parse", () -> parse(o, rels, config, frame, cache, markdown));
    if (saved == null) {
      return null;
    }
    TimeWindow window = cache.window;
    for (Saved s : saved) {
      window = window.narrowed(TimeWindow.around(o.now(), config.timezone(), List.of(s.doc())));
    }
    if (!window.contains(o.now())) {
      return null;
    }
    cache.window = window;

    var replaced = new IdentityHashMap<Article, Article>();
    saved.stream().filter(s -> s.before() != s.after()).forEach(s -> replaced.put(s.before(), s.after()));
    Site site = steps.time("assemble", () -> Remap.site(last.site(), replaced, last.shownBy()));
    var images = last.structure().images();
    var photos = new dev.gazette.render.PhotoSet(last.structure().photos(), config.baseUrl(), cache.photoReads.helpers());
    var views = new ViewModels(site, last.year(), cache.views, images, photos);
    var plan = new PagePlan(site, views, last.templates());
    List<PageJob> jobs = steps.time("jobs", () -> Affected.jobs(site, plan, replaced.values(), last.shownBy(), rel -> {
      Article a = frame.byRel().get(rel);
      return replaced.getOrDefault(a, a);
    }));
    // a page that fails reports what the full build would have reported by then: every warning
    // of the last build but those of the whole-site checks, which come after the pages
    steps.diagnostics.addAll(beforePages(frame.warnings(), last.checked()));
    var out = new Outputs(sink);
    var fingerprints = cache.pageFingerprints();
    var stats = new TemplateStats();
    steps.time("render", () -> Rendering.pages(jobs, Map.of(), last.templates(), fingerprints, cache, out, stats, progress,
        steps.diagnostics));
    steps.diagnostics.throwIfErrors();
    steps.time("feeds", () -> {
      Rendering.feeds(site, replaced.values(), photos, last.templates(), views, fingerprints, cache, out, null, Map.of());
      Rendering.discovery(site, o.now(), false, fingerprints, cache, out);
    });
    if (config.search()) {
      steps.time("search", () -> SearchIndex.write(site, out::write));
    }
    Map<String, String> origins = last.origins();
    Set<String> search = frame.searchFiles();
    if (config.search()) {
      var now = new HashMap<>(origins);
      now.keySet().removeAll(search);
      var fresh = new HashSet<String>();
      out.origins().forEach((path, origin) -> {
        now.put(path, origin);
        if (origin.equals(SearchIndex.ORIGIN)) {
          fresh.add(path);
        }
      });
      origins = Map.copyOf(now);
      search = Set.copyOf(fresh);
    }
    sink.reuseRest(last.origins().keySet(), out.origins().keySet(), frame.searchFiles());
    List<Diagnostic> warnings = steps.time("finish", () -> Build.finish(frame.warnings(), o.strict()));

    // the build succeeded: the cache learns it
    cache.rendered.putAll(out.fingerprints());
    cache.photoReads = cache.photoReads.after(photos);
    saved.forEach(s -> frame.byRel().put(s.after().relPath(), s.after()));
    var articles = Remap.list(last.articles(), replaced);
    var nextFrame = new Frame(cache.runs, frame.options(), frame.paths(), frame.excluded(), frame.contentFiles(), frame.byRel(),
        frame.warnings(), search);
    cache.last = new BuildCache.Last(last.structure(), last.templates(), last.year(), articles, site, origins,
        last.pages(), last.shownBy(), last.checked(), nextFrame, last.shapeFrame(), last.signatures());
    return new BuildResult(site.articles().size(), last.pages(), origins.size(), out.rendered.get(), out.reused.get(),
        0, 0, 0, dev.gazette.output.OutputChanges.NONE, warnings, steps.timings, steps.millis(), config.baseUrl(),
        stats.pagesByKind(), stats.slowest(10), 0);
  }

  private static List<Diagnostic> beforePages(List<Diagnostic> warnings, Checks.Result checked) {
    var out = new java.util.LinkedHashSet<>(warnings);
    checked.warnings().values().forEach(out::removeAll);
    return List.copyOf(out);
  }

  /**
   * The saved content files, when every path of the hint is a published article's file that is
   * still a plain file, or an editor's temporary file below content/; null otherwise.
   */
  private static List<String> savedArticles(Path siteDir, Set<String> hint, Frame frame) {
    var out = new ArrayList<String>();
    for (String rel : hint) {
      Path file = siteDir.resolve(rel);
      if (frame.paths().containsKey(rel) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        out.add(rel);
      } else if (!rel.startsWith(dev.gazette.source.ContentScanner.CONTENT + "/") || !ChangeHint.hidden(rel)) {
        // an editor's swap or backup file is skipped by the scan, whether it is still there or not
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * Parses and renders the saved files; null when one of them changes what the path relies on:
   * it is no longer published, moves, changes the site's structure, its lead image or its gallery
   * (their photos are checked with all photos), or has a warning now or had one in the last build.
   */
  private static List<Saved> parse(BuildOptions o, List<String> rels, SiteConfig config, Frame frame, BuildCache cache,
      MarkdownRenderer markdown) {
    var publication = new Publication(o.drafts(), o.future(), o.now());
    var permalinks = new Permalinks(config);
    ContentLinks links = Bodies.links(frame.paths(), frame.excluded(), frame::contentFiles, config);
    String baseKey = Bodies.baseKey(config);
    var out = new ArrayList<Saved>();
    for (String rel : rels) {
      if (frame.warnings().stream().anyMatch(w -> w.file().equals(rel))) {
        return null;
      }
      var found = new Diagnostics();
      ParsedDocument doc = Parsing.one(o.siteDir(), rel, config, cache, d -> Bodies.prerender(d, config, markdown, cache), found)
          .orElse(null);
      if (doc == null || !found.sorted().isEmpty() || publication.excluded(doc.frontMatter()).isPresent()) {
        return null;
      }
      String path = cache.pathOf(doc, permalinks);
      if (!path.equals(frame.paths().get(rel))) {
        return null;
      }
      Article after = Bodies.one(doc, path, links, baseKey, config, config.channelsById(), markdown, cache, found)
          .orElse(null);
      Article before = frame.byRel().get(rel);
      if (after == null || !found.sorted().isEmpty() || before == null
          || !Structure.key(after).equals(Structure.key(before)) || !Objects.equals(after.image(), before.image())
          || !after.media().gallery().equals(before.media().gallery())) {
        return null;
      }
      var body = cache.bodies.get(rel);
      if (body == null || !Checks.article(after, doc, body.body(), cache.last.checked().paths(), config.summaryLength()).isEmpty()) {
        return null;
      }
      out.add(new Saved(doc, before, after));
    }
    return out;
  }
}
