package dev.gazette.build;

import dev.gazette.config.Channel;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatter;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.ContentLinks;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.markdown.RenderedBody;
import dev.gazette.markdown.StoredBody;
import dev.gazette.markdown.Teaser;
import dev.gazette.model.Article;
import dev.gazette.model.Permalinks;
import dev.gazette.model.UrlPaths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders every body in parallel, puts its HTML in the cache's pack and builds the {@link
 * Article} records. A body is rendered again only when its source changed or a {@code .md} link
 * it resolved now resolves differently; a cached document without text is read again for that.
 */
final class Bodies {
  private Bodies() {}

  /**
   * @param contentFiles every content file of the site: one that is neither published nor
   *     excluded has errors of its own
   */
  static List<Article> render(List<ParsedDocument> docs, Map<String, String> paths, Map<String, String> excluded,
      Supplier<Set<String>> contentFiles, SiteConfig config, MarkdownRenderer markdown, BuildCache cache, Diagnostics diagnostics) {
    var links = links(paths, excluded, contentFiles, config);
    Map<String, Channel> channels = config.channelsById();
    String baseKey = baseKey(config);
    long toRender = docs.stream().filter(d -> !reusable(cache.bodies.get(d.relPath()), d, baseKey, links))
        .limit(Parsing.PARALLEL_FROM + 1).count();
    var stream = toRender > Parsing.PARALLEL_FROM ? docs.parallelStream() : docs.stream();
    return stream
        .filter(d -> paths.containsKey(d.relPath()))
        .map(d -> one(d, paths.get(d.relPath()), links, baseKey, config, channels, markdown, cache, diagnostics))
        .flatMap(Optional::stream)
        .toList();
  }

  /** How {@code .md} links resolve in a build with these URLs and left-out documents. */
  static ContentLinks links(Map<String, String> paths, Map<String, String> excluded, Supplier<Set<String>> contentFiles,
      SiteConfig config) {
    return new Links(paths, excluded, memo(contentFiles), config);
  }

  /** The article of one published document, with its body rendered again only when needed. */
  static Optional<Article> one(ParsedDocument doc, String path, ContentLinks links, String baseKey,
      SiteConfig config, Map<String, Channel> channels, MarkdownRenderer markdown, BuildCache cache, Diagnostics diagnostics) {
    var hit = cache.bodies.get(doc.relPath());
    StoredBody body;
    if (reusable(hit, doc, baseKey, links)) {
      body = hit.body();
      diagnostics.addAll(hit.diagnostics());
    } else {
      var local = new Diagnostics();
      var used = new Recording(links);
      RenderedBody rendered = null;
      ParsedDocument text = doc.hasText() ? doc : Parsing.withText(doc, config, cache.sourceHash).orElse(null);
      if (text == null) {
        local.add(Diagnostic.error(doc.relPath(), 0, 0, "the file changed while the site was being built", "build again"));
      } else {
        try {
          rendered = markdown.render(text, used, config.summaryLength(), local);
        } catch (StackOverflowError e) {
          local.add(Diagnostic.error(doc.relPath(), doc.bodyLine(), 0, "Markdown nested too deeply to render", "flatten the nested lists or quotes"));
        }
      }
      var found = local.sorted();
      diagnostics.addAll(found);
      if (rendered == null) {
        cache.bodies.remove(doc.relPath());
        return Optional.empty();
      }
      body = StoredBody.of(rendered, cache.store, id(doc, baseKey, used.seen));
      cache.bodies.put(doc.relPath(), new BuildCache.Body(doc.source().hash(), baseKey, Map.copyOf(used.seen), body, found));
      cache.fresh.add(doc.relPath());
    }
    // A renamed channel is a new record: cached articles must not keep the old one.
    Channel channel = doc.frontMatter().page() ? null : channels.get(doc.frontMatter().channel());
    var built = cache.articles.get(doc.relPath());
    if (built != null && built.doc().sameAs(doc) && built.body() == body && built.path().equals(path)
        && Objects.equals(built.article().channel(), channel)) {
      return Optional.of(built.article());
    }
    Article a = article(doc, body, path, channel);
    cache.articles.put(doc.relPath(), new BuildCache.Built(doc, body, path, a));
    return Optional.of(a);
  }

  /**
   * Renders a body as soon as its file is parsed, while the text is at hand, so no stage holds
   * the text of every article. A body that links to other content ({@code .md} links) waits for
   * the URLs of all documents: false, and the document keeps its text until {@link #render}.
   */
  static boolean prerender(ParsedDocument doc, SiteConfig config, MarkdownRenderer markdown, BuildCache cache) {
    if (doc.body().contains(".md") || doc.body().contains(".MD")) {
      return false;
    }
    String baseKey = baseKey(config);
    var hit = cache.bodies.get(doc.relPath());
    if (hit != null && hit.hash().equals(doc.source().hash()) && hit.baseKey().equals(baseKey) && hit.links().isEmpty()) {
      return true;
    }
    var local = new Diagnostics();
    RenderedBody rendered;
    try {
      rendered = markdown.render(doc, new NoContentLinks(config), config.summaryLength(), local);
    } catch (NoContentLinks.Used e) {
      return false;
    } catch (StackOverflowError e) {
      return false;
    }
    var body = StoredBody.of(rendered, cache.store, id(doc, baseKey, Map.of()));
    cache.bodies.put(doc.relPath(), new BuildCache.Body(doc.source().hash(), baseKey, Map.of(), body, local.sorted()));
    cache.fresh.add(doc.relPath());
    return true;
  }

  static String baseKey(SiteConfig config) {
    return config.baseUrl().full() + "|" + config.summaryLength();
  }

  /** Links for a body rendered before the URLs are known: any content link sends it back to wait. */
  private record NoContentLinks(SiteConfig config) implements ContentLinks {
    static final class Used extends RuntimeException {
      Used() {
        super(null, null, false, false);
      }
    }

    @Override
    public Target find(String relPath) {
      throw new Used();
    }

    @Override
    public String rootUrl(String path) {
      return config.baseUrl().rel(path);
    }
  }

  /** What a body is made from: its source's bytes, the settings it uses and the links it resolved. */
  private static String id(ParsedDocument doc, String baseKey, Map<String, ContentLinks.Target> links) {
    var sb = new StringBuilder(doc.source().hash()).append('|').append(baseKey);
    new java.util.TreeMap<>(links).forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
    return dev.gazette.store.Hashes.of(sb.toString());
  }

  /** Whether the cached body of {@code doc} can be used as it is. */
  private static boolean reusable(BuildCache.Body hit, ParsedDocument doc, String baseKey, ContentLinks links) {
    if (hit == null || !hit.hash().equals(doc.source().hash()) || !hit.baseKey().equals(baseKey)) {
      return false;
    }
    for (var e : hit.links().entrySet()) {
      if (!e.getValue().equals(links.find(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static Article article(ParsedDocument doc, StoredBody body, String path, Channel channel) {
    FrontMatter fm = doc.frontMatter();
    // a summary written over several lines (summary: |) is one paragraph: in meta, feeds and the 导读 box
    String summary = fm.summary() == null ? null : Teaser.oneLine(fm.summary());
    String teaser = summary != null ? summary : body.teaser();
    return new Article(doc.relPath(), fm.title(), channel,
        fm.date(), fm.updated(), fm.source(), fm.authors(), fm.tags(), summary, teaser, fm.image(),
        fm.headline(), fm.layout(), fm.aliases(), fm.editorial(), fm.topics(), fm.params(), path, body.html(), body.text(), body.stats().minutes(),
        body.stats().count(), fm.media(), body.images());
  }

  /**
   * Resolves {@code .md} links against the URLs of this build. A link finds its file also when
   * the two are written in different Unicode normalisations (a name made on macOS is NFD, a link
   * typed elsewhere NFC): both sides are compared in NFC when the written path misses.
   */
  private record Links(Map<String, String> paths, Map<String, String> excluded, Supplier<Set<String>> contentFiles,
      SiteConfig config, Supplier<Map<String, String>> byNfc) implements ContentLinks {
    Links(Map<String, String> paths, Map<String, String> excluded, Supplier<Set<String>> contentFiles, SiteConfig config) {
      this(paths, excluded, contentFiles, config, memo(() -> byNfc(paths.keySet(), excluded.keySet(), contentFiles.get())));
    }

    @Override
    public Target find(String relPath) {
      Target t = exactly(relPath);
      if (t instanceof Missing) {
        String written = byNfc.get().get(Permalinks.nfc(relPath));
        if (written != null && !written.equals(relPath)) {
          return exactly(written);
        }
      }
      return t;
    }

    private Target exactly(String relPath) {
      String path = paths.get(relPath);
      if (path != null) {
        return new Found(config.baseUrl().rel(UrlPaths.encode(path)));
      }
      String reason = excluded.get(relPath);
      if (reason != null) {
        return new NotBuilt(reason);
      }
      return contentFiles.get().contains(relPath) ? new Failed() : new Missing();
    }

    /** Every content file by its name in NFC (one of two that differ only so is an error of its own). */
    private static Map<String, String> byNfc(Set<String> published, Set<String> excluded, Set<String> all) {
      var map = new java.util.HashMap<String, String>();
      for (var names : List.of(all, excluded, published)) {
        names.forEach(n -> map.put(Permalinks.nfc(n), n));
      }
      return map;
    }

    @Override
    public String rootUrl(String path) {
      return config.baseUrl().rel(path);
    }
  }

  /** Made once, when a link first misses: most builds never need the set. */
  private static <T> Supplier<T> memo(Supplier<T> make) {
    var made = new java.util.concurrent.atomic.AtomicReference<T>();
    return () -> {
      T t = made.get();
      if (t == null) {
        made.compareAndSet(null, make.get());
        t = made.get();
      }
      return t;
    };
  }

  /** Remembers every content link a body resolved, so the body is rendered again when one changes. */
  private static final class Recording implements ContentLinks {
    private final ContentLinks links;
    final Map<String, Target> seen = new ConcurrentHashMap<>();

    Recording(ContentLinks links) {
      this.links = links;
    }

    @Override
    public Target find(String relPath) {
      Target t = links.find(relPath);
      seen.put(relPath, t);
      return t;
    }

    @Override
    public String rootUrl(String path) {
      return links.rootUrl(path);
    }
  }
}
