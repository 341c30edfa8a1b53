package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatterParser;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.source.ContentScanner;
import dev.gazette.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads and parses every content file in parallel; unchanged files come from the cache. */
final class Parsing {
  /** Below this many changed files, a hinted build works in one thread. */
  static final int PARALLEL_FROM = 16;

  private Parsing() {}

  /** @param hint the changed files' site-relative paths, or null when unknown */
  static List<ParsedDocument> parse(Path siteDir, List<Path> files, SiteConfig config, BuildCache cache,
      java.util.Set<String> hint, Diagnostics diagnostics) {
    var parser = new FrontMatterParser(config);
    Object configKey = List.of(List.copyOf(config.channelsById().keySet()), config.timezone(), config.maxArticleBytes());
    // With a watcher's hint nearly every file is a cache hit without I/O: a plain loop is faster
    // than spreading ten thousand map lookups over threads.
    boolean parallel = hint == null || hint.size() > PARALLEL_FROM;
    var stream = parallel ? files.parallelStream() : files.stream();
    return stream
        .map(file -> one(siteDir, file, parser, configKey, config.maxArticleBytes(), cache, hint, diagnostics))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<ParsedDocument> one(Path siteDir, Path file, FrontMatterParser parser, Object configKey,
      long maxBytes, BuildCache cache, java.util.Set<String> hint, Diagnostics diagnostics) {
    String rel = ContentScanner.relPath(siteDir, file);
    var known = cache.parsed.get(rel);
    if (hint != null && known != null && !hint.contains(rel) && Objects.equals(known.configKey(), configKey)) {
      diagnostics.addAll(known.diagnostics());
      return Optional.ofNullable(known.doc());
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      diagnostics.error(rel, 0, 0, "cannot read: " + e.getMessage(), "");
      return Optional.empty();
    }
    var hit = hint != null && hint.contains(rel) ? null : cache.parsed.get(rel);
    if (hit != null && hit.size() == attrs.size() && hit.mtime().equals(attrs.lastModifiedTime())
        && Objects.equals(hit.configKey(), configKey)) {
      diagnostics.addAll(hit.diagnostics());
      return Optional.ofNullable(hit.doc());
    }
    var local = new Diagnostics();
    ParsedDocument doc = null;
    var read = SourceReader.read(file, rel, maxBytes);
    if (read instanceof SourceReader.Failed f) {
      local.add(f.diagnostic());
    } else {
      doc = parser.parse(((SourceReader.Ok) read).file(), local).orElse(null);
    }
    var found = local.sorted();
    cache.parsed.put(rel, new BuildCache.Parsed(attrs.size(), attrs.lastModifiedTime(), configKey, doc, found));
    diagnostics.addAll(found);
    return Optional.ofNullable(doc);
  }
}
