package dev.gazette.build;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.source.ContentScanner;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a watcher's changed paths into site-relative names, and patches the content file list. */
final class ChangeHint {
  private ChangeHint() {}

  /** Site-relative paths with forward slashes, or null when the changes are unknown. */
  static Set<String> relPaths(Path siteDir, Set<Path> changed) {
    if (changed == null) {
      return null;
    }
    Path site = siteDir.toAbsolutePath().normalize();
    var out = new HashSet<String>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (abs.startsWith(site)) {
        out.add(site.relativize(abs).toString().replace('\\', '/'));
      }
    }
    return out;
  }

  /**
   * The previous file list with added and deleted articles applied, or null when a full scan is
   * needed: no previous list, a scan problem to re-check, or a change that is not a plain,
   * non-symlinked {@code .md} file (a folder, a skipped name, another kind of file).
   */
  static List<Path> patch(Path siteDir, List<Path> previous, List<Diagnostic> previousProblems, Set<String> hint) {
    if (hint == null || previous == null || !previousProblems.isEmpty()) {
      return null;
    }
    var byRel = new java.util.LinkedHashMap<String, Path>();
    for (Path p : previous) {
      byRel.put(ContentScanner.relPath(siteDir, p), p);
    }
    boolean changedList = false;
    for (String rel : hint) {
      if (!rel.startsWith(ContentScanner.CONTENT + "/")) {
        continue;
      }
      Path file = siteDir.resolve(rel);
      boolean plain = rel.endsWith(".md") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !hidden(rel);
      if (plain) {
        if (!byRel.containsKey(rel)) {
          byRel.put(rel, file);
          changedList = true;
        }
      } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && byRel.containsKey(rel)) {
        byRel.remove(rel);
        changedList = true;
      } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && hidden(rel)) {
        continue;
      } else {
        return null;
      }
    }
    if (!changedList) {
      return previous;
    }
    return ContentScanner.sortedByRelPath(siteDir, byRel.values());
  }

  /** The site-relative paths of the content files. */
  static Set<String> relPathSet(Path siteDir, List<Path> files) {
    var out = new HashSet<String>(files.size() * 2);
    for (Path p : files) {
      out.add(ContentScanner.relPath(siteDir, p));
    }
    return out;
  }

  /** A path below content/ that the scanner skips (editors' temp and backup files among them). */
  static boolean hidden(String rel) {
    for (String part : rel.split("/")) {
      if (ContentScanner.ignored(part)) {
        return true;
      }
    }
    return false;
  }

  /** The content files: the last list patched with the changes when they are all plain files. */
  static List<Path> scan(Path siteDir, Set<String> hint, BuildCache cache, Diagnostics diagnostics) {
    var patched = patch(siteDir, cache.files, cache.scanDiagnostics, hint);
    if (patched != null) {
      diagnostics.addAll(cache.scanDiagnostics);
      cache.files = patched;
      return patched;
    }
    if (hint == null && cache.scanned != null) {
      // the input check scanned the content moments ago, without a problem
      cache.files = cache.scanned;
      cache.scanned = null;
      cache.scanDiagnostics = List.of();
      return cache.files;
    }
    var scanned = new Diagnostics();
    List<Path> files = ContentScanner.scan(siteDir, scanned);
    cache.files = files;
    cache.scanDiagnostics = scanned.sorted();
    diagnostics.addAll(cache.scanDiagnostics);
    return files;
  }
}
