package dev.gazette.build;

import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatterParser;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.source.ContentScanner;
import dev.gazette.source.SourceReader;
import dev.gazette.store.SourceHash;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and parses every content file in parallel. A file whose bytes hash as they did is not
 * parsed again (its cached document comes without text); with a watcher's hint, files the hint
 * does not name are not even read.
 */
final class Parsing {
  /** Below this many changed files, a hinted build works in one thread. */
  static final int PARALLEL_FROM = 16;

  private Parsing() {}

  /** @param hint the changed files' site-relative paths, or null when unknown */
  /**
   * @param prerender renders the body of a freshly parsed document while its text is at hand;
   *     true when it did, so the document is kept without its text
   */
  static List<ParsedDocument> parse(Path siteDir, List<Path> files, SiteConfig config, BuildCache cache,
      Set<String> hint, Predicate<ParsedDocument> prerender, Diagnostics diagnostics) {
    var parser = new FrontMatterParser(config);
    Object configKey = configKey(config);
    // With a watcher's hint nearly every file is a cache hit without I/O: a plain loop is faster
    // than spreading ten thousand map lookups over threads.
    boolean parallel = hint == null || hint.size() > PARALLEL_FROM;
    java.util.function.Function<Path, Optional<ParsedDocument>> parse =
        file -> one(siteDir, file, parser, configKey, config.maxArticleBytes(), cache, hint, prerender, diagnostics);
    var parsed = parallel ? Parallel.map(files, parse) : files.stream().map(parse).toList();
    return parsed.stream().flatMap(Optional::stream).toList();
  }

  /** What parsing depends on besides the file: channel ids, time zone, the size limit. */
  static String configKey(SiteConfig config) {
    return String.join(",", config.channelsById().keySet()) + "|" + config.timezone().getId() + "|" + config.maxArticleBytes();
  }

  /** One file read and parsed again, as {@link #parse} does it for a file the hint names. */
  static Optional<ParsedDocument> one(Path siteDir, String rel, SiteConfig config, BuildCache cache,
      Predicate<ParsedDocument> prerender, Diagnostics diagnostics) {
    return one(siteDir, siteDir.resolve(rel), new FrontMatterParser(config), configKey(config), config.maxArticleBytes(),
        cache, Set.of(rel), prerender, diagnostics);
  }

  private static Optional<ParsedDocument> one(Path siteDir, Path file, FrontMatterParser parser, Object configKey,
      long maxBytes, BuildCache cache, Set<String> hint, Predicate<ParsedDocument> prerender, Diagnostics diagnostics) {
    String rel = ContentScanner.relPath(siteDir, file);
    var known = cache.parsed.get(rel);
    boolean usable = known != null && Objects.equals(known.configKey(), configKey);
    // the watcher says it did not change, or the input check hashed it moments ago as it was
    if (usable && (hint != null && !hint.contains(rel) || known.hash().equals(cache.sourceHashes.get(rel)))) {
      return reuse(known, diagnostics);
    }
    var raw = SourceReader.readBytes(file, rel, maxBytes);
    if (raw instanceof SourceReader.Failed f) {
      cache.parsed.remove(rel);
      diagnostics.add(f.diagnostic());
      return Optional.empty();
    }
    byte[] bytes = ((SourceReader.Bytes) raw).bytes();
    String hash = cache.sourceHash.of(bytes);
    if (usable && known.hash().equals(hash)) {
      return reuse(known, diagnostics);
    }
    var local = new Diagnostics();
    ParsedDocument doc = null;
    var read = SourceReader.decode(file, rel, bytes, hash);
    if (read instanceof SourceReader.Failed f) {
      local.add(f.diagnostic());
    } else {
      doc = parser.parse(((SourceReader.Ok) read).file(), local).orElse(null);
    }
    var found = local.sorted();
    ParsedDocument kept = doc == null ? null : doc.withoutText();
    cache.parsed.put(rel, new BuildCache.Parsed(hash, configKey, kept, found));
    cache.fresh.add(rel);
    diagnostics.addAll(found);
    // Only documents whose body could not be rendered yet (it links to other content) keep their text.
    return Optional.ofNullable(doc != null && prerender.test(doc) ? kept : doc);
  }

  private static Optional<ParsedDocument> reuse(BuildCache.Parsed known, Diagnostics diagnostics) {
    diagnostics.addAll(known.diagnostics());
    return Optional.ofNullable(known.doc());
  }

  /** The document again with its text, for a body that must be rendered again; empty when it changed meanwhile. */
  static Optional<ParsedDocument> withText(ParsedDocument doc, SiteConfig config, SourceHash hash) {
    var raw = SourceReader.readBytes(doc.source().path(), doc.relPath(), config.maxArticleBytes());
    if (!(raw instanceof SourceReader.Bytes bytes) || !hash.of(bytes.bytes()).equals(doc.source().hash())) {
      return Optional.empty();
    }
    var read = SourceReader.decode(doc.source().path(), doc.relPath(), bytes.bytes(), doc.source().hash());
    if (!(read instanceof SourceReader.Ok ok)) {
      return Optional.empty();
    }
    return new FrontMatterParser(config).parse(ok.file(), new Diagnostics());
  }
}
