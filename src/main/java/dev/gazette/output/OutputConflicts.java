package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import java.util.Map;

/**
 * Outputs that cannot all exist on disk: one file's path is a folder another file needs
 * ({@code static/news} against {@code news/index.html}). Found before anything is written, and
 * reported at the site file responsible, naming both.
 */
public final class OutputConflicts {
  private OutputConflicts() {}

  /**
   * Reports every file whose path another output needs as a folder (for {@code gazette check} too).
   *
   * @param origins every output path with what produced it
   */
  public static void find(Map<String, String> origins, Diagnostics diagnostics) {
    // the few paths below another output's file, in path order (not all 174,000 sorted to find none)
    var clashing = new java.util.ArrayList<String>();
    for (String p : origins.keySet()) {
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        if (origins.containsKey(p.substring(0, slash))) {
          clashing.add(p);
          break;
        }
      }
    }
    java.util.Collections.sort(clashing);
    var reported = new java.util.HashSet<String>();
    for (String p : clashing) {
      var e = Map.entry(p, origins.get(p));
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        String blockerPath = p.substring(0, slash);
        String blocker = origins.get(blockerPath);
        if (blocker != null && reported.add(blockerPath)) {
          boolean blameBlocker = isSiteFile(blocker);
          String blame = blameBlocker ? blocker : e.getValue();
          String other = blameBlocker ? e.getValue() : blocker;
          diagnostics.add(Diagnostic.error(isSiteFile(blame) ? siteFile(blame) : blame, 0, 0,
              "/" + blockerPath + " is a file (from " + blocker + "), but /" + p
                  + " (from " + e.getValue() + ") needs it to be a folder",
              "rename or move " + siteFile(blame) + " so that it does not clash with " + other));
        }
      }
    }
  }

  static boolean isSiteFile(String origin) {
    return origin.startsWith("content/") || origin.startsWith("static/") || origin.startsWith("themes/");
  }

  /** {@code content/a.md (alias /x/)} is reported at {@code content/a.md}. */
  public static String siteFile(String origin) {
    // "content/a b.md (alias /old/)": the file name may hold spaces, the suffix is the last " ("
    int cut = origin.endsWith(")") ? origin.lastIndexOf(" (") : -1;
    return cut < 0 ? origin : origin.substring(0, cut);
  }

  /** Whether an output is an alias page (a redirect from an old URL), by its origin. */
  public static boolean isAlias(String origin) {
    return origin.endsWith(")") && origin.contains(" (alias ");
  }
}
