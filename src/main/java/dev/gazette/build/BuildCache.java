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

  final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
  final Map<String, Body> bodies = new ConcurrentHashMap<>();
  final Map<String, Built> articles = new ConcurrentHashMap<>();
  final Map<String, Page> pages = new ConcurrentHashMap<>();
  final Map<String, Feed> feeds = new ConcurrentHashMap<>();
  ViewModels.Cache views = new ViewModels.Cache();
  SiteConfig config;
  Object templatesKey;
  TemplateRenderer templates;

  /** Forgets rendered pages and feeds, keeping parsed and rendered articles. */
  void dropRendered() {
    pages.clear();
    feeds.clear();
    views = new ViewModels.Cache();
  }
}
