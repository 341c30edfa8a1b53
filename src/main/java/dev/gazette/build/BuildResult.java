package dev.gazette.build;

import dev.gazette.config.BaseUrl;
import dev.gazette.diag.Diagnostic;
import dev.gazette.output.OutputChanges;
import java.util.List;
import java.util.Map;

/**
 * A successful build.
 *
 * @param articles published articles (standalone pages not counted)
 * @param pages HTML pages in the site
 * @param files every file of the output
 * @param rendered pages and feeds rendered by this build
 * @param reused pages and feeds whose fingerprint was the last build's: kept without rendering
 * @param written files written anew into the output (the others are the last build's, untouched)
 * @param linked files kept from the last output as hard links (same bytes, inode and time)
 * @param bytesWritten bytes of the files written anew
 * @param changes the files added, changed and removed in the output (none when nothing was written)
 * @param warnings diagnostics that did not stop the build
 * @param timings per stage, in order
 * @param base the site's base URL, for the URLs of changed files
 * @param pagesByKind pages of the site by kind (article, channel, tag, ...)
 * @param slowestTemplates the templates that took longest, slowest first (at most ten)
 * @param photosEncoded photo derivatives encoded by this build (the others came from the cache)
 */
public record BuildResult(int articles, int pages, int files, int rendered, int reused, int written, int linked,
    long bytesWritten, OutputChanges changes, List<Diagnostic> warnings, List<Timing> timings, long millis, BaseUrl base,
    Map<String, Integer> pagesByKind, List<TemplateTime> slowestTemplates, int photosEncoded) {
  public BuildResult {
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
    pagesByKind = Map.copyOf(pagesByKind);
    slowestTemplates = List.copyOf(slowestTemplates);
  }

  /** Rendering time of one template: pages rendered with it and their total time. */
  public record TemplateTime(String template, int pages, long millis) {}

  /** @param name the stage */
  public record Timing(String name, long millis) {}

  BuildResult written(int fresh, int links, long bytes, OutputChanges changed) {
    return new BuildResult(articles, pages, files, rendered, reused, fresh, links, bytes, changed, warnings, timings, millis, base, pagesByKind,
        slowestTemplates, photosEncoded);
  }

  /** With the steps before and after the stages (input check, cache load, swap, save) timed and counted in. */
  BuildResult around(List<Timing> before, List<Timing> after) {
    var all = new java.util.ArrayList<Timing>(before);
    all.addAll(timings);
    all.addAll(after);
    long more = java.util.stream.Stream.concat(before.stream(), after.stream()).mapToLong(Timing::millis).sum();
    return new BuildResult(articles, pages, files, rendered, reused, written, linked, bytesWritten, changes, warnings, all,
        millis + more, base, pagesByKind, slowestTemplates, photosEncoded);
  }

  /** The absolute URL of an output file: {@code news/index.html} is {@code https://host/news/}. */
  public String url(String path) {
    String p = path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    return base.abs(dev.gazette.model.UrlPaths.encode(p));
  }

  /** {@code 31 articles, 214 pages, 402 files in 812 ms} */
  public String summary() {
    return articles + " articles, " + pages + " pages, " + files + " files in " + millis + " ms";
  }
}
