package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.ParsedDocument;
import dev.gazette.frontmatter.Position;
import dev.gazette.markdown.StoredBody;
import dev.gazette.model.Article;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import dev.gazette.diag.Diagnostic;
import java.util.ArrayList;
import dev.gazette.output.OutputConflicts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Whole-site checks that need every output: collisions, dead root links, missing images. */
final class Checks {
  private Checks() {}

  /**
   * Whole-site checks. When the structure and the static files are those of the last build, the
   * output paths are too: the path checks are skipped and only changed articles are checked
   * again, the others' warnings are the last build's.
   */
  static Result run(List<ParsedDocument> published, List<Article> articles, Outputs outputs,
      List<String> staticPaths, Increment increment, BuildCache cache, int summaryLength, Diagnostics diagnostics) {
    var last = increment.checked();
    // the static files are collected in parallel: their order is no content
    staticPaths = staticPaths.stream().sorted().toList();
    boolean sameOutputs = last != null && last.staticPaths().equals(staticPaths);
    var docs = new HashMap<String, ParsedDocument>(published.size() * 2);
    published.forEach(d -> docs.put(d.relPath(), d));
    Set<String> paths;
    outputs.reportClashes(diagnostics, rel -> docs.containsKey(rel) ? docs.get(rel).frontMatter().position("aliases") : null);
    if (sameOutputs) {
      paths = last.paths();
    } else {
      paths = Set.copyOf(outputs.origins().keySet());
      OutputConflicts.find(outputs.origins(), diagnostics);
    }
    var changed = new HashSet<String>();
    increment.changed().forEach(a -> changed.add(a.relPath()));
    var warnings = new HashMap<String, List<Diagnostic>>();
    for (Article a : articles) {
      List<Diagnostic> found = sameOutputs && !changed.contains(a.relPath()) ? last.warnings().get(a.relPath()) : null;
      if (found == null) {
        var body = cache.bodies.get(a.relPath());
        found = body == null ? List.of() : article(a, docs.get(a.relPath()), body.body(), paths, summaryLength);
      }
      if (!found.isEmpty()) {
        warnings.put(a.relPath(), found);
        diagnostics.addAll(found);
      }
    }
    return new Result(staticPaths, paths, warnings);
  }

  /** What the checks of a build found, for the next build with the same outputs. */
  record Result(List<String> staticPaths, Set<String> paths, Map<String, List<Diagnostic>> warnings) {}

  /**
   * The warnings about one article: root-relative links and images that match no output file, a
   * missing lead image, a summary longer than {@code summaryLength}, an empty body.
   */
  static List<Diagnostic> article(Article a, ParsedDocument d, StoredBody body, Set<String> outputs, int summaryLength) {
    var out = new ArrayList<Diagnostic>(0);
    for (var link : body.rootLinks()) {
      // a missing photo is an error of the photos step
      if (!exists(link.path(), outputs) && !Photos.raster(link.path())) {
        out.add(Diagnostic.warning(a.relPath(), link.line(), link.col(), "link to " + link.path() + ", which the site does not have",
            "put the file under static/ (static/images/a.jpg is /images/a.jpg) or fix the path"));
      }
    }
    if (a.image() != null && a.image().startsWith("/") && !a.image().startsWith("//") && !exists(a.image(), outputs)
        && !Photos.raster(a.image())) {
      Position at = d.frontMatter().position("image");
      out.add(Diagnostic.warning(a.relPath(), at.line(), at.col(), "image " + a.image() + " does not exist",
          "put it under static/ (static/images/a.jpg is /images/a.jpg)"));
    }
    if (a.lead() != null && a.lead().codePointCount(0, a.lead().length()) > summaryLength) {
      Position at = d.frontMatter().position("summary");
      out.add(Diagnostic.warning(a.relPath(), at.line(), at.col(),
          "summary is " + a.lead().codePointCount(0, a.lead().length()) + " characters, longer than summaryLength " + summaryLength,
          "shorten it; lists and feeds show it whole"));
    }
    if (d.blankBody()) {
      out.add(Diagnostic.warning(a.relPath(), d.bodyLine() - 1, 1, "the article has no body", "write the text below the closing ---"));
    }
    return out;
  }

  static boolean exists(String link, Set<String> outputs) {
    String p;
    try {
      p = URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      p = link;
    }
    p = p.startsWith("/") ? p.substring(1) : p;
    return p.isEmpty() || outputs.contains(p) || outputs.contains(p + (p.endsWith("/") ? "" : "/") + "index.html");
  }
}
