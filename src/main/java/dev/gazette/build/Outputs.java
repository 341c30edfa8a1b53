package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.Position;
import dev.gazette.output.OutputConflicts;
import dev.gazette.output.OutputFile;
import dev.gazette.output.OutputSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file of this build as it goes to the sink, by path with what produced it: two outputs on
 * one path are an error naming both (found while streaming, reported with the other checks).
 */
final class Outputs {
  private final OutputSink sink;
  private final Map<String, String> origins = new ConcurrentHashMap<>();
  private final Map<String, String> clashes = new ConcurrentHashMap<>();
  final AtomicInteger rendered = new AtomicInteger();
  final AtomicInteger reused = new AtomicInteger();

  Outputs(OutputSink sink) {
    this.sink = sink;
  }

  void write(OutputFile f) {
    register(f.path(), f.origin());
    sink.write(f);
  }

  /** Keeps the last build's file; false when the sink no longer has it (then write it). */
  boolean reuse(String path, String origin) {
    if (!sink.reuse(path)) {
      return false;
    }
    register(path, origin);
    return true;
  }

  private void register(String path, String origin) {
    String other = origins.putIfAbsent(path, origin);
    if (other != null) {
      clashes.put(path + "\n" + origin, other);
    }
  }

  private final Map<String, BuildCache.Rendered> fingerprints = new ConcurrentHashMap<>();

  /** Remembers what a page was rendered from; the cache learns it only if the build succeeds. */
  void rendered(String path, BuildCache.Rendered r) {
    fingerprints.put(path, r);
  }

  /**
   * The fingerprints of the pages this build rendered. A failed build must not record them: the
   * sink keeps the last good files, which the next build would then take for the new ones.
   */
  Map<String, BuildCache.Rendered> fingerprints() {
    return fingerprints;
  }

  private final Map<String, Long> signatures = new ConcurrentHashMap<>();

  /** Remembers a page's {@link dev.gazette.render.PageSignature} for the shape this build saves. */
  void signed(String path, long signature) {
    signatures.put(path, signature);
  }

  /** The signatures of the pages this build made or kept, by file. */
  Map<String, Long> signatures() {
    return signatures;
  }

  /** Every path written or kept, with its origin. */
  Map<String, String> origins() {
    return origins;
  }

  /**
   * Two outputs on one path: an error at the site file responsible, naming both. An alias that
   * takes another page's URL is reported at the {@code aliases} field of its article ({@code
   * aliasAt} gives it by relPath, or null).
   */
  void reportClashes(Diagnostics diagnostics, java.util.function.Function<String, Position> aliasAt) {
    clashes.forEach((key, first) -> {
      String path = key.substring(0, key.indexOf('\n'));
      String second = key.substring(key.indexOf('\n') + 1);
      String alias = OutputConflicts.isAlias(second) ? second : OutputConflicts.isAlias(first) ? first : null;
      if (alias != null) {
        String other = alias.equals(second) ? first : second;
        String rel = OutputConflicts.siteFile(alias);
        Position at = aliasAt.apply(rel);
        diagnostics.error(rel, at == null ? 0 : at.line(), at == null ? 0 : at.col(),
            "the alias /" + path.replaceFirst("index\\.html$", "") + " is the URL of " + OutputConflicts.siteFile(other)
                + ", so its redirect would replace that page",
            "an alias is an old URL of this article that no other page has: remove it from aliases");
        return;
      }
      String file = isSiteFile(second) ? second : first;
      String otherName = file.equals(second) ? first : second;
      diagnostics.error(OutputConflicts.siteFile(file), 0, 0,
          "writes /" + path + ", which " + otherName + " also writes", "rename or move one of them");
    });
  }

  private static boolean isSiteFile(String origin) {
    return origin.startsWith("content/") || origin.startsWith("static/");
  }
}
