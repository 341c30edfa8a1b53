package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.render.OutputFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outputs that cannot all exist on disk: one file's path is a folder another file needs
 * ({@code static/news} against {@code news/index.html}). Found before anything is written, and
 * reported at the site file responsible, naming both.
 */
public final class OutputConflicts {
  private OutputConflicts() {}

  /** Throws when any output's path is a folder another output needs; the writer's last check. */
  static void check(List<OutputFile> files) {
    var diagnostics = new Diagnostics();
    find(files, diagnostics);
    diagnostics.throwIfErrors();
  }

  /** Reports every file whose path another output needs as a folder (for {@code gazette check} too). */
  public static void find(List<OutputFile> files, Diagnostics diagnostics) {
    Map<String, OutputFile> byPath = new HashMap<>();
    for (OutputFile f : files) {
      byPath.putIfAbsent(f.path(), f);
    }
    var reported = new java.util.HashSet<String>();
    for (OutputFile f : files) {
      String p = f.path();
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        OutputFile blocker = byPath.get(p.substring(0, slash));
        if (blocker != null && reported.add(blocker.path())) {
          OutputFile blame = isSiteFile(blocker.origin()) ? blocker : f;
          OutputFile other = blame == blocker ? f : blocker;
          diagnostics.add(Diagnostic.error(isSiteFile(blame.origin()) ? siteFile(blame.origin()) : blame.origin(), 0, 0,
              "/" + blocker.path() + " is a file (from " + blocker.origin() + "), but /" + p
                  + " (from " + f.origin() + ") needs it to be a folder",
              "rename or move " + siteFile(blame.origin()) + " so that it does not clash with " + other.origin()));
        }
      }
    }
  }

  static boolean isSiteFile(String origin) {
    return origin.startsWith("content/") || origin.startsWith("static/") || origin.startsWith("themes/");
  }

  /** {@code content/a.md (alias /x/)} is reported at {@code content/a.md}. */
  static String siteFile(String origin) {
    int space = origin.indexOf(' ');
    return space < 0 ? origin : origin.substring(0, space);
  }
}
