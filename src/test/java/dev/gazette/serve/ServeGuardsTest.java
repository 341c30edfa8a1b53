package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server answers only requests addressed to it (DNS rebinding: a page on evil.example
 * whose name resolves to 127.0.0.1 must not read the preview), and a request that comes while the
 * site is first built never gets a 404 for a page the build is about to write.
 */
class ServeGuardsTest {
  @Test
  void aForeignHostOrOriginGets403AndOneLine(@TempDir Path dir) {
    try (var s = Served.start(dir, Sites.PORTAL)) {
      int port = s.uri.getPort();
      assertThat(request(port, "/", "127.0.0.1:" + port, null)).startsWith("HTTP/1.1 200");
      assertThat(request(port, "/", "localhost:" + port, null)).startsWith("HTTP/1.1 200");
      for (String foreign : List.of("evil.example.com", "127.0.0.1.nip.io:" + port, "localhost.evil.example")) {
        String r = request(port, "/", foreign, null);
        assertThat(r).as(foreign).startsWith("HTTP/1.1 403");
        String body = r.substring(r.indexOf("\r\n\r\n") + 4);
        assertThat(body.lines()).as(foreign).hasSize(1);
        assertThat(body).contains("not Host \"" + foreign + "\"", "--allowed-host");
      }
      assertThat(request(port, LiveReload.PATH, "evil.example.com", null)).startsWith("HTTP/1.1 403");
      assertThat(request(port, LiveReload.PATH, "127.0.0.1:" + port, "http://evil.example.com"))
          .startsWith("HTTP/1.1 403").contains("not Origin \"http://evil.example.com\"")
          .contains("--allowed-host evil.example.com").doesNotContain("--allowed-host 127.0.0.1");
      // a page opened from a file or a sandboxed frame: no name to allow
      assertThat(request(port, LiveReload.PATH, "127.0.0.1:" + port, "null"))
          .startsWith("HTTP/1.1 403").contains("not Origin \"null\"").doesNotContain("--allowed-host");
    }
  }

  @Test
  void allowedHostAddsANameToAnswer(@TempDir Path dir) {
    var options = new ServeOptions(dir, "127.0.0.1", 0, false, false, ServeOptions.DEFAULT_QUIET, false,
        List.of("preview.example"));
    try (var s = Served.start(dir, Sites.PORTAL, options)) {
      int port = s.uri.getPort();
      assertThat(request(port, "/", "preview.example:" + port, null)).startsWith("HTTP/1.1 200");
      assertThat(request(port, "/", "other.example", null)).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void requestsDuringTheFirstBuildNeverGet404ForAPageThatWillExist(@TempDir Path dir) throws Exception {
    var text = new StringBuilder(Sites.PORTAL);
    for (int i = 0; i < 400; i++) {
      text.append("-- content/news/bulk").append(i).append(".md --\n").append("""
          ---
          title: 批量稿件
          channel: news
          date: 2022-06-20
          source: 苏州日报
          author: 甲
          ---
          """).append("正文段落。\n".repeat(50));
    }
    TestSite.write(dir, text.toString());
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    var server = new DevServer(ServeOptions.of(dir).withPort(port), line -> {});
    try {
      CompletableFuture<URI> started = CompletableFuture.supplyAsync(() -> {
        try {
          return server.start();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      var answers = new ArrayList<String>();
      while (!started.isDone()) {
        String r = request(port, "/news/2022/06/bulk7/", "127.0.0.1:" + port, null);
        if (!r.isEmpty()) {
          answers.add(r.lines().findFirst().orElse("") + (r.contains("Retry-After: 1") ? " Retry-After" : ""));
        }
      }
      started.get(60, TimeUnit.SECONDS);
      assertThat(request(port, "/news/2022/06/bulk7/", "127.0.0.1:" + port, null)).startsWith("HTTP/1.1 200");
      System.out.println("ServeGuardsTest: answers during the first build: " + answers);
      assertThat(answers).as("requests during the first build").isNotEmpty()
          .allMatch(a -> a.startsWith("HTTP/1.1 200") || a.equals("HTTP/1.1 503 Service Unavailable Retry-After"));
    } finally {
      server.close();
    }
  }

  /** One raw request; "" when nothing listens yet. */
  private static String request(int port, String target, String host, String origin) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n"
          + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      var out = new ByteArrayOutputStream();
      if (target.equals(LiveReload.PATH)) {
        byte[] b = new byte[512];
        int n = socket.getInputStream().read(b);
        return n < 0 ? "" : new String(b, 0, n, StandardCharsets.UTF_8);
      }
      socket.getInputStream().transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
