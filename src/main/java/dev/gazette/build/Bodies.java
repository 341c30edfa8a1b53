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
import dev.gazette.model.Article;
import dev.gazette.model.UrlPaths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders every body in parallel and builds the {@link Article} records. A body is re-rendered only
 * when its document changed or, for a body with {@code .md} links, when any URL changed.
 */
final class Bodies {
  private Bodies() {}

  static List<Article> render(List<ParsedDocument> docs, Map<String, String> paths, Map<String, String> excluded,
      SiteConfig config, MarkdownRenderer markdown, BuildCache cache, Diagnostics diagnostics) {
    var links = new Links(paths, excluded, config);
    Map<String, Channel> channels = config.channelsById();
    Object baseKey = List.of(config.baseUrl(), config.summaryLength());
    Object linksKey = List.of(paths, excluded);
    long toRender = docs.stream().filter(d -> !reusable(cache.bodies.get(d.relPath()), d, baseKey, linksKey)).limit(Parsing.PARALLEL_FROM + 1).count();
    var stream = toRender > Parsing.PARALLEL_FROM ? docs.parallelStream() : docs.stream();
    return stream
        .filter(d -> paths.containsKey(d.relPath()))
        .map(d -> one(d, paths.get(d.relPath()), links, baseKey, linksKey, config, channels, markdown, cache, diagnostics))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Article> one(ParsedDocument doc, String path, ContentLinks links, Object baseKey, Object linksKey,
      SiteConfig config, Map<String, Channel> channels,
      MarkdownRenderer markdown, BuildCache cache, Diagnostics diagnostics) {
    var hit = cache.bodies.get(doc.relPath());
    RenderedBody body;
    if (reusable(hit, doc, baseKey, linksKey)) {
      body = hit.body();
      diagnostics.addAll(hit.diagnostics());
    } else {
      var local = new Diagnostics();
      try {
        body = markdown.render(doc, links, config.summaryLength(), local);
      } catch (StackOverflowError e) {
        body = null;
        local.add(Diagnostic.error(doc.relPath(), doc.bodyLine(), 0, "Markdown nested too deeply to render", "flatten the nested lists or quotes"));
      }
      var found = local.sorted();
      cache.bodies.put(doc.relPath(), new BuildCache.Body(doc, baseKey, linksKey, body, found));
      diagnostics.addAll(found);
      if (body == null) {
        return Optional.empty();
      }
    }
    // A renamed channel is a new record: cached articles must not keep the old one.
    Channel channel = doc.frontMatter().page() ? null : channels.get(doc.frontMatter().channel());
    var built = cache.articles.get(doc.relPath());
    if (built != null && built.doc() == doc && built.body() == body && built.path().equals(path)
        && Objects.equals(built.article().channel(), channel)) {
      return Optional.of(built.article());
    }
    Article a = article(doc, body, path, channel);
    cache.articles.put(doc.relPath(), new BuildCache.Built(doc, body, path, a));
    return Optional.of(a);
  }

  /** Whether the cached body of {@code doc} can be used as it is. */
  private static boolean reusable(BuildCache.Body hit, ParsedDocument doc, Object baseKey, Object linksKey) {
    return hit != null && hit.doc() == doc && hit.body() != null && hit.baseKey().equals(baseKey)
        && (!hit.body().linksToContent() || hit.linksKey().equals(linksKey));
  }

  private static Article article(ParsedDocument doc, RenderedBody body, String path, Channel channel) {
    FrontMatter fm = doc.frontMatter();
    String teaser = fm.summary() != null ? fm.summary() : body.teaser();
    return new Article(doc.relPath(), fm.title(), channel,
        fm.date(), fm.updated(), fm.source(), fm.authors(), fm.tags(), fm.summary(), teaser, fm.image(),
        fm.headline(), fm.page(), fm.aliases(), fm.params(), path, body.html(), body.stats().minutes(),
        body.stats().count());
  }

  /** Resolves {@code .md} links against the URLs of this build. */
  private record Links(Map<String, String> paths, Map<String, String> excluded, SiteConfig config) implements ContentLinks {
    @Override
    public Target find(String relPath) {
      String path = paths.get(relPath);
      if (path != null) {
        return new Found(config.baseUrl().rel(UrlPaths.encode(path)));
      }
      String reason = excluded.get(relPath);
      return reason != null ? new NotBuilt(reason) : new Missing();
    }

    @Override
    public String rootUrl(String path) {
      return config.baseUrl().rel(path);
    }
  }
}
