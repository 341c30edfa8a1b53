package dev.gazette.serve;

import dev.gazette.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds the live-reload script, and while the last build failed the error overlay, to HTML pages
 * as they are served. Built files are never touched: {@code gazette build} output has neither.
 */
final class PageInjector {
  static final String OVERLAY_ID = "gazette-overlay";
  static final String OVERLAY_TITLE = "gazette: the site has errors; still serving the last good build";
  private static final String OVERLAY_STYLE = "position:fixed;z-index:2147483647;left:1rem;right:1rem;top:1rem;"
      + "max-height:80vh;overflow:auto;padding:1rem 1.25rem;background:#fff5f5;color:#222;"
      + "border:2px solid #c00;border-radius:6px;box-shadow:0 4px 24px rgba(0,0,0,.3);"
      + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left";

  /**
   * Listens on the events endpoint: {@code reload} reloads the page, an {@code error} event that
   * carries data shows (or replaces) the overlay. The browser's own connection errors are events
   * named {@code error} too, but without data, and are left to EventSource's reconnection.
   */
  private static final String SCRIPT = """
      <script data-gazette-live-reload>
      (function () {
        var es = new EventSource("%s?gen=%d");
        es.addEventListener("reload", function () { location.reload(); });
        es.addEventListener("error", function (e) {
          if (typeof e.data !== "string") { return; }
          var box = document.getElementById("%s");
          if (!box) {
            box = document.createElement("div");
            box.id = "%s";
            box.setAttribute("role", "alert");
            box.setAttribute("style", "%s");
            document.body.appendChild(box);
          }
          box.textContent = "";
          var title = document.createElement("strong");
          title.textContent = "%s";
          var pre = document.createElement("pre");
          pre.setAttribute("style", "white-space:pre-wrap;margin:.5rem 0 0");
          pre.textContent = e.data;
          box.appendChild(title);
          box.appendChild(pre);
        });
      })();
      </script>
      """;

  private PageInjector() {}

  static byte[] inject(byte[] html, Snapshot snapshot) {
    String page = new String(html, StandardCharsets.UTF_8);
    String snippet = (snapshot.isFailed() ? overlay(snapshot.errors()) : "") + script(snapshot.generation());
    int at = lastIndexOfIgnoreCase(page, "</body>");
    String out = at < 0 ? page + snippet : page.substring(0, at) + snippet + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** The page served when the site has no such file and no 404.html of its own. */
  static byte[] fallbackPage(Snapshot snapshot, String title) {
    String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n</body>\n</html>\n";
    return inject(page.getBytes(StandardCharsets.UTF_8), snapshot);
  }

  /** One formatted diagnostic per entry, hints on their own indented line. */
  static String text(List<Diagnostic> errors) {
    return errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  static String overlay(List<Diagnostic> errors) {
    return "<div id=\"" + OVERLAY_ID + "\" role=\"alert\" style=\"" + OVERLAY_STYLE + "\"><strong>" + OVERLAY_TITLE
        + "</strong><pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">" + escape(text(errors)) + "</pre></div>\n";
  }

  static String script(long generation) {
    return SCRIPT.formatted(LiveReload.PATH, generation, OVERLAY_ID, OVERLAY_ID, OVERLAY_STYLE, OVERLAY_TITLE);
  }

  static String escape(String s) {
    var sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int lastIndexOfIgnoreCase(String s, String needle) {
    for (int i = s.length() - needle.length(); i >= 0; i--) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
