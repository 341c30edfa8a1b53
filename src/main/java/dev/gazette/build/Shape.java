package dev.gazette.build;

import dev.gazette.diag.Diagnostic;
import dev.gazette.render.Fingerprints;
import java.util.List;
import java.util.Map;

/**
 * The shape of the last build, saved with the cache on disk so that a new {@code gazette build}
 * process can take the same shortcut as the dev server: when this build's {@link Structure}, its
 * templates and its year digest the same, every page exists where it did and lists what it did,
 * so only the pages that show an article parsed or rendered anew are planned, and the rest of the
 * last output is kept as it is.
 *
 * <p>Why it exists beside the page fingerprints: at 100,000 articles, planning and fingerprinting
 * all 174,000 pages took 13.8 s of a 42 s one-article rebuild (load 7–8).
 *
 * @param digest of the structure, the templates' key, the year and the Gazette version
 * @param frame of what every page reads alike ({@link #frame}): while it is the same, a page whose
 *     {@link dev.gazette.render.PageSignature} is in {@code signatures} is kept without being made
 * @param shownBy for each article, the articles whose page shows it ({@link Affected#shownBy})
 * @param origins every file the last build wrote or kept, with what made it
 * @param pages how many pages the last build had
 * @param staticPaths and {@code warnings}: what the last build's checks saw and found ({@link Checks})
 * @param signatures the signature of every signed page, by its file
 */
record Shape(String digest, String frame, Map<String, List<String>> shownBy, Map<String, String> origins, int pages,
    List<String> staticPaths, Map<String, List<Diagnostic>> warnings, Map<String, Long> signatures) {

  static String digest(Structure structure, String templatesKey, int year) {
    var fingerprints = new Fingerprints(templatesKey + "|" + year + "|" + CodeVersion.ID);
    // the articles' keys in chunks digested side by side (100,000 keys took up to 0.9 s on one
    // thread), then the chunks' digests in order with the rest; the walk takes unordered maps
    // (Map.copyOf's order changes between processes) in key order
    var keys = structure.articles();
    int chunk = 4096;
    var chunks = java.util.stream.IntStream.range(0, (keys.size() + chunk - 1) / chunk).parallel()
        .mapToObj(i -> fingerprints.of("keys", keys.subList(i * chunk, Math.min(keys.size(), (i + 1) * chunk))))
        .toList();
    return fingerprints.of("structure",
        List.of(structure.config(), structure.images(), structure.photos(), keys.size(), chunks));
  }

  /**
   * What every page's model reads alike, beyond its {@link dev.gazette.render.PageSignature}: the
   * config, the photos the templates' helpers read ({@link PhotoReads#helpers}; the photos an
   * article shows are in its token), and the standalone pages and topics, whose titles the footer
   * and the articles' topic links show; with the templates' key, the year and the Gazette version.
   */
  static String frame(Structure structure, String templatesKey, int year, String photoHelpers) {
    var standalone = structure.articles().stream().filter(k -> k.layout() != null && k.layout().standalone()).toList();
    return new Fingerprints(templatesKey + "|" + year + "|" + CodeVersion.ID)
        .of("frame", List.of(structure.config(), photoHelpers, standalone));
  }

  /**
   * One file of the last output as the cache saves it: what made it, and its signature when it is
   * a signed page or feed. The cache saves these apart from the shape's head, split by path, so a
   * publish writes again only the few shards whose pages changed.
   */
  record Page(String origin, Long signature) {}

  /** The files of the last output, by path, as the cache saves them. */
  Map<String, Page> files() {
    var out = new java.util.HashMap<String, Page>(origins.size() * 2);
    origins.forEach((path, origin) -> out.put(path, new Page(origin, signatures.get(path))));
    return out;
  }

  /** What the cache saves of this shape besides its files (in a section of their own). */
  Shape head() {
    return new Shape(digest, frame, shownBy, Map.of(), pages, staticPaths, warnings, Map.of());
  }

  /** This shape with its files as read from the cache. */
  Shape with(Map<String, Page> files) {
    var origins = new java.util.HashMap<String, String>(files.size() * 2);
    var signatures = new java.util.HashMap<String, Long>(files.size() * 2);
    files.forEach((path, f) -> {
      origins.put(path, f.origin());
      if (f.signature() != null) {
        signatures.put(path, f.signature());
      }
    });
    return new Shape(digest, frame, shownBy, origins, pages, staticPaths, warnings, signatures);
  }

  /** What the checks of the last build found, with its output paths as the paths they checked. */
  Checks.Result checked() {
    return new Checks.Result(staticPaths, origins.keySet(), warnings);
  }
}
