package dev.gazette.site;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Measures a built page as headless Chromium lays it out, at a given window width: a probe script
 * is added to the page, waits until {@code ready} is true, evaluates {@code probe} (an object of
 * strings and numbers) and writes each entry as a {@code data-probe-*} attribute of the top
 * page's {@code body}; Chromium's {@code --dump-dom} hands that page back. The page is shown in an
 * iframe of the asked width. The site is served over HTTP from 127.0.0.1,
 * so scripts can fetch. Tests skip when there is no Chromium.
 */
final class LayoutProbe {
  static final Path CHROMIUM = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
      .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);

  /** Contrast ratio (WCAG 2) of an element's text colour on its nearest opaque background. */
  static final String CONTRAST_JS = """
      function gzLum(c) {
        var m = c.match(/[\\d.]+/g).map(Number);
        var ch = m.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
      }
      function gzBg(el) {
        for (var e = el; e; e = e.parentElement) {
          var b = getComputedStyle(e).backgroundColor;
          var m = b.match(/[\\d.]+/g);
          if (m && (m.length < 4 || Number(m[3]) > 0)) return b;
        }
        return 'rgb(255, 255, 255)';
      }
      function gzContrast(el) {
        var a = gzLum(getComputedStyle(el).color), b = gzLum(gzBg(el));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }
      """;

  private LayoutProbe() {}

  static boolean available() {
    return CHROMIUM != null;
  }

  /**
   * Whether the system has a font with Chinese glyphs: without one Chromium draws boxes of other
   * widths, and measurements of Chinese text mean nothing (fonts-wqy-zenhei or fonts-noto-cjk).
   */
  static boolean hasChineseFont() {
    try {
      var p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 && !out.isBlank();
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * @param site the built output folder ({@code public/})
   * @param page the page's path under it, with a query if any: {@code search/?q=地铁}
   * @param ready a JavaScript expression that is true once the page is ready to measure
   * @param probe a JavaScript expression giving an object of the values to read back
   */
  static Map<String, String> measure(Path site, String page, int width, String ready, String probe) throws Exception {
    String path = URLDecoder.decode(page.contains("?") ? page.substring(0, page.indexOf('?')) : page, StandardCharsets.UTF_8);
    Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    String html = Files.readString(file);
    String script = "<script>" + CONTRAST_JS + """
        (function gzWait(n) {
          if (!(READY) && n < 200) { setTimeout(function () { gzWait(n + 1); }, 25); return; }
          var r;
          try { r = (PROBE); } catch (e) { r = {error: String(e)}; }
          var out = window.top.document.body;
          Object.keys(r).forEach(function (k) { out.setAttribute('data-probe-' + k, String(r[k])); });
          out.setAttribute('data-probe-done', n < 200 ? 'ready' : 'timed-out');
        })(0);
        </script>""".replace("READY", ready).replace("PROBE", probe);
    Files.writeString(file, html.replace("</body>", script + "</body>"));
    // headless Chromium's window is at least 500px wide: the page goes into an iframe of the width
    // asked for, whose media queries see that width; the probe writes into this top page
    Path frame = Files.createTempFile(site, "probe-frame-", ".html");
    Files.writeString(frame, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        + "<iframe src=\"/" + page + "\" style=\"border:0;width:" + width + "px;height:900px\"></iframe></body></html>");

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String p = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path f = site.resolve(p.substring(1)).normalize();
      if (Files.isDirectory(f)) {
        f = f.resolve("index.html");
      }
      boolean found = f.startsWith(site) && Files.isRegularFile(f);
      byte[] body = found ? Files.readAllBytes(f) : new byte[0];
      String name = f.getFileName() == null ? "" : f.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".css") ? "text/css; charset=utf-8"
          : name.endsWith(".js") ? "text/javascript; charset=utf-8"
          : name.endsWith(".json") ? "application/json"
          : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
      exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    Path profile = Files.createTempDirectory("gazette-probe");
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + frame.getFileName();
      Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
              "--window-size=" + Math.max(width, 500) + ",900", "--virtual-time-budget=10000", "--dump-dom", url)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String dom;
      try (InputStream in = chromium.getInputStream()) {
        dom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
        chromium.destroyForcibly();
        throw new IOException("chromium did not finish");
      }
      var body = Jsoup.parse(dom).body();
      var out = new LinkedHashMap<String, String>();
      body.attributes().forEach(a -> {
        if (a.getKey().startsWith("data-probe-")) {
          out.put(a.getKey().substring("data-probe-".length()), a.getValue());
        }
      });
      if (!"ready".equals(out.get("done"))) {
        throw new AssertionError("page never became ready (" + ready + "): " + out);
      }
      return out;
    } finally {
      server.stop(0);
      Files.deleteIfExists(frame);
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static double num(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new AssertionError("no probe value " + key + " in " + m);
    }
    return Double.parseDouble(v);
  }
}
