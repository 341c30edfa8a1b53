package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostic;
import dev.gazette.feeds.FeedSpec;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.RenderedBody;
import dev.gazette.model.Article;
import dev.gazette.render.OutputFile;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves for the next, so repeated builds (the dev server) redo only what changed:
 * a file is re-parsed only when its size or mtime changed, a body re-rendered only when its text
 * or the links it resolves changed, and a page re-rendered only when its model is not equal to
 * the last one. Every stage still runs the same code; the cache only skips work.
 */
public final class BuildCache {
  record Parsed(long size, FileTime mtime, Object configKey, ParsedDocument doc, List<Diagnostic> diagnostics) {}

  record Body(ParsedDocument doc, Object baseKey, Object linksKey, RenderedBody body, List<Diagnostic> diagnostics) {}

  record Built(ParsedDocument doc, RenderedBody body, String path, Article article) {}

  record Page(String template, Map<String, Object> model, OutputFile file) {}

  record Feed(FeedSpec spec, List<OutputFile> files) {}

  record Url(ParsedDocument doc, String path) {}

  /**
   * Whether rendered pages, feeds and the last site are kept for the next run. A one-shot build
   * (the CLI) does not keep them: they would only hold memory.
   */
  final boolean keepRendered;

  BuildCache(boolean keepRendered) {
    this.keepRendered = keepRendered;
  }

  final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
  final Map<String, Url> urls = new ConcurrentHashMap<>();
  final Map<String, Body> bodies = new ConcurrentHashMap<>();
  final Map<String, Built> articles = new ConcurrentHashMap<>();
  final Map<String, Page> pages = new ConcurrentHashMap<>();
  final Map<String, Feed> feeds = new ConcurrentHashMap<>();
  ViewModels.Cache views = new ViewModels.Cache();
  /** The last successful build, for rebuilds whose structure did not change. */
  Last last;

  record Last(Structure structure, TemplateRenderer templates, int year, List<Article> articles,
      dev.gazette.model.Site site, java.util.LinkedHashMap<String, OutputFile> outputs, int pages,
      Map<String, List<String>> shownBy, Checks.Result checked) {}
  SiteConfig config;
  /** The content files of the last scan, and what the scan reported. */
  List<java.nio.file.Path> files;
  List<Diagnostic> scanDiagnostics = List.of();
  Object templatesKey;
  TemplateRenderer templates;

  /** The document's path, computed again only when the document or the config changed. */
  String pathOf(ParsedDocument doc, dev.gazette.model.Permalinks permalinks) {
    Url hit = urls.get(doc.relPath());
    if (hit != null && hit.doc() == doc) {
      return hit.path();
    }
    String path = permalinks.of(doc.frontMatter(), doc.source());
    urls.put(doc.relPath(), new Url(doc, path));
    return path;
  }

  /** Forgets rendered pages and feeds, keeping parsed and rendered articles. */
  void dropRendered() {
    urls.clear();
    pages.clear();
    feeds.clear();
    views = new ViewModels.Cache();
    last = null;
  }
}
