package dev.gazette.build;

import dev.gazette.diag.Diagnostic;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.markdown.ContentLinks;
import dev.gazette.markdown.StoredBody;
import dev.gazette.model.Article;
import dev.gazette.model.Site;
import dev.gazette.output.OutputRecord;
import dev.gazette.render.TemplateRenderer;
import dev.gazette.render.ViewModels;
import dev.gazette.store.PackStore;
import dev.gazette.store.SourceHash;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves for the next, keyed by content hashes: a file is parsed again only when
 * its bytes changed, a body rendered again only when its text or a link it resolves changed, and a
 * page rendered again only when the fingerprint of its model changed. Every stage still runs the
 * same code; the cache only skips work. {@link PersistedCache} saves it between runs of {@code
 * gazette build}; the dev server keeps it in memory.
 *
 * <p>Nothing here holds article text: parsed documents are kept without it and bodies live in
 * {@link #store}, so memory follows the number of articles, not their size.
 */
final class BuildCache {
  /** A parsed file: valid while the file's bytes hash to {@code hash} and the config key is equal. */
  record Parsed(String hash, Object configKey, ParsedDocument doc, List<Diagnostic> diagnostics) {}

  /**
   * A rendered body: valid while the source hash and {@code baseKey} are equal and every content
   * link it resolved resolves the same.
   */
  record Body(String hash, Object baseKey, Map<String, ContentLinks.Target> links, StoredBody body,
      List<Diagnostic> diagnostics) {}

  record Built(ParsedDocument doc, StoredBody body, String path, Article article) {}

  record Url(ParsedDocument doc, String path) {}

  /** The last output of a page or feed: the fingerprint of what it was rendered from. */
  record Rendered(String fingerprint) {}

  /**
   * Whether the last site is kept for rebuilds whose structure did not change (the dev server).
   * A one-shot build does not keep it: it would only hold memory.
   */
  final boolean keepSite;
  final PackStore store;
  /** The hash of source files' bytes: under the persisted cache's own key, or a random one. */
  final SourceHash sourceHash;

  BuildCache(boolean keepSite, PackStore store, SourceHash sourceHash) {
    this.keepSite = keepSite;
    this.store = store;
    this.sourceHash = sourceHash;
  }

  final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
  final Map<String, Url> urls = new ConcurrentHashMap<>();
  final Map<String, Body> bodies = new ConcurrentHashMap<>();
  final Map<String, Built> articles = new ConcurrentHashMap<>();
  final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
  /** What the last build left in the output folder (for {@code gazette build}). */
  Map<String, OutputRecord> output = Map.of();
  /** The site before that, kept beside the output for the next build to stage in, or null. */
  dev.gazette.output.Spare spare;
  ViewModels.Cache views = new ViewModels.Cache();
  /** How many times a build ran with this cache, failed runs too. */
  int runs;
  /** The last successful build, for rebuilds whose structure did not change. */
  Last last;
  /**
   * The last build's shape as the cache on disk saved it ({@code gazette build}), or null; after
   * a build, the shape it saves.
   */
  Shape shape;

  /**
   * The content files this run parsed or rendered anew: with an unchanged {@link Shape}, the
   * articles that changed since the build that saved it.
   */
  final java.util.Set<String> fresh = ConcurrentHashMap.newKeySet();

  /**
   * @param frame what a rebuild after plain article edits needs besides ({@link Edit})
   * @param shapeFrame the build's {@link Shape#frame}, and {@code signatures} its pages' and feeds'
   *     signatures by file: a build whose structure changed under the same frame keeps what they sign
   */
  record Last(Structure structure, TemplateRenderer templates, int year, List<Article> articles, Site site,
      Map<String, String> origins, int pages, Map<String, List<String>> shownBy, Checks.Result checked, Edit.Frame frame,
      String shapeFrame, Map<String, Long> signatures) {}

  /**
   * The content files' hashes as this build's input check read them ({@link SiteKey}): a file
   * whose hash is its cached one is not read again. Empty after parsing.
   */
  Map<String, String> sourceHashes = Map.of();
  /** The content files as that input check found them, without a problem; null after the scan. */
  List<Path> scanned;
  /** When the last build's moment stops deciding the same site ({@link SiteKey}). */
  TimeWindow window;

  /** The fingerprint of the config the cached pages were made with. */
  String configFingerprint;
  /** What the templates' photo helpers read, as of the last successful build. */
  PhotoReads photoReads = PhotoReads.NONE;
  /** The content files of the last scan, and what the scan reported. */
  List<Path> files;
  List<Diagnostic> scanDiagnostics = List.of();
  String templatesKey;
  /** What each template of {@link #templates} is made of, for page fingerprints; made with it. */
  TemplateKeys templateKeys;
  /** The templates' language and time zone, which every page's rendering depends on. */
  String templatesLocale;
  TemplateRenderer templates;

  /** The document's path, computed again only when the document or the config changed. */
  String pathOf(ParsedDocument doc, dev.gazette.model.Permalinks permalinks) {
    Url hit = urls.get(doc.relPath());
    if (hit != null && hit.doc().sameAs(doc)) {
      return hit.path();
    }
    String path = permalinks.of(doc.frontMatter(), doc.source());
    urls.put(doc.relPath(), new Url(doc, path));
    return path;
  }

  /** Forgets what depends on the config, keeping parsed files and rendered bodies. */
  void dropRendered() {
    urls.clear();
    rendered.clear();
    views = new ViewModels.Cache();
    last = null;
    shape = null;
  }

  /**
   * The fingerprints of pages: each depends on the Gazette version, the templates' language and
   * time zone, and the template it is rendered with together with what that one imports.
   */
  dev.gazette.render.Fingerprints pageFingerprints() {
    return new dev.gazette.render.Fingerprints(templatesLocale + "|" + CodeVersion.ID, templateKeys);
  }
}
