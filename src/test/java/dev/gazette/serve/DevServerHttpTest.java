package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the dev server answers, through real HTTP; one server for the class, nothing edited. */
class DevServerHttpTest {
  @TempDir static Path dir;
  @TempDir static Path outside;
  static Served served;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(outside.resolve("secret.txt"), "TOP-SECRET-OUTSIDE");
    served = Served.start(dir, Sites.PORTAL);
    assertThat(served.log).anyMatch(l -> l.startsWith("built "));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void homePageIsHtmlWithCharsetNoStoreAndTheLiveReloadScript() {
    var r = served.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.body()).contains("测试都市网", "生物医药产业集群推进会召开");
    var doc = Jsoup.parse(r.body());
    var script = doc.select("body > script[data-gazette-live-reload]");
    assertThat(script).hasSize(1);
    assertThat(script.html()).contains("/__gazette/events?gen=");
    assertThat(doc.getElementById(PageInjector.OVERLAY_ID)).isNull();
  }

  @Test
  void linksPointAtTheLocalServerNotTheConfiguredBaseUrl() {
    var doc = Jsoup.parse(served.get("/news/").body());
    assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(served.uri + "news/");
    assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/style.css");
    assertThat(served.get("/css/style.css").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/rss.xml=application/xml; charset=utf-8",
      "/sitemap.xml=application/xml; charset=utf-8",
      "/css/style.css=text/css; charset=utf-8",
      "/js/app.js=text/javascript; charset=utf-8",
      "/data/info.json=application/json; charset=utf-8",
      "/robots.txt=text/plain; charset=utf-8",
      "/files/notice.txt=text/plain; charset=utf-8",
      "/img/logo.svg=image/svg+xml; charset=utf-8",
      "/favicon.svg=image/svg+xml; charset=utf-8",
      "/files/blob.bin=application/octet-stream"})
  void contentTypes(String pathAndType) {
    String path = pathAndType.substring(0, pathAndType.indexOf('='));
    var r = served.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue(pathAndType.substring(path.length() + 1));
    assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
  }

  @Test
  void staticFilesAreServedAsTheyAreWithoutInjection() {
    var r = served.get("/files/notice.txt");
    assertThat(r.body()).isEqualTo("通知：第一版。\n");
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(served.get("/rss.xml").body()).doesNotContain("gazette-live-reload");
  }

  @Test
  void prettyUrlsServeTheFoldersIndex() {
    var r = served.get("/news/suzhou/2022/06/cluster/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("推进会在苏州工业园区召开。原始正文。");
    assertThat(served.get("/news/suzhou/2022/06/cluster/index.html").body()).contains("原始正文");
  }

  @Test
  void aFolderWithoutTheSlashRedirectsPermanently() {
    var r = served.get("/news/suzhou");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/news/suzhou/");
    var q = served.get("/life?x=1");
    assertThat(q.headers().firstValue("Location")).hasValue("/life/?x=1");
  }

  @Test
  void chineseTagUrlsArePercentDecoded() {
    var r = served.get("/tags/%E7%94%9F%E7%89%A9/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("生物医药产业集群推进会召开").doesNotContain("地铁新线开通运营");
    var redirect = served.get("/tags/%E7%94%9F%E7%89%A9");
    assertThat(redirect.statusCode()).isEqualTo(301);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/tags/%E7%94%9F%E7%89%A9/");
  }

  @Test
  void unknownPathsGetTheSites404PageWithStatus404() {
    var r = served.get("/no/such/page/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.body()).isEqualTo(served.get("/404.html").body());
    assertThat(r.body()).contains("页面未找到", "data-gazette-live-reload");
  }

  @Test
  void foldersAreNeverListed() {
    String notFound = served.get("/404.html").body();
    for (String path : new String[] {"/files/", "/css/", "/tags/", "/news/suzhou/2022/"}) {
      var r = served.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo(notFound).doesNotContain("notice.txt", "blob.bin");
    }
  }

  @Test
  void headAnswersHeadersWithoutABody() {
    var get = served.get("/news/");
    var head = served.head("/news/");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(served.head("/files/blob.bin").headers().firstValueAsLong("Content-Length")).hasValue(7);
    assertThat(served.head("/missing").statusCode()).isEqualTo(404);
  }

  @Test
  void otherMethodsAreNotAllowed() throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(served.uri.resolve("/news/"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build();
    var r = served.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../site-config.yml",
      "/%2e%2e/site-config.yml",
      "/%2E%2E/%2e%2e/site-config.yml",
      "/..%2fsite-config.yml",
      "/css/..%2f..%2fsite-config.yml",
      "/static/..\\..\\site-config.yml",
      "/..\\site-config.yml",
      "/%5c..%5csite-config.yml",
      "/files/notice.txt%00.html",
      "/%00",
      "/news/./../../site-config.yml",
      "/news/%2e/index.html",
      "//site-config.yml",
      "/content/news/cluster.md",
      "/site-config.yml",
      "/themes/default/templates/base.ftlh",
      "/%E7%94"})
  void traversalAndOddPathsNeverAnswerWithASourceFile(String target) {
    String response = served.raw(target);
    String status = response.substring(0, response.indexOf("\r\n"));
    assertThat(status).as(target).matches("HTTP/1\\.1 (400|404) .*");
    assertThat(response).as(target)
        .doesNotContain("baseUrl: https://news.example/")
        .doesNotContain("原始正文")
        .doesNotContain("<#macro")
        .doesNotContain("TOP-SECRET");
  }

  @Test
  void symlinkOutOfTheSiteIsNotFollowed() throws IOException {
    // Made after the first build: the next build (from the watcher) sees the link, leaves it out
    // of the site (a warning), and the server must not read through it either.
    Path link = dir.resolve("static/files/leak.txt");
    try {
      Files.createSymbolicLink(link, outside.resolve("secret.txt"));
    } catch (UnsupportedOperationException e) {
      return;
    }
    try {
      Served.sleep(300);
      assertThat(served.server.snapshot().files().get("files/leak.txt")).isNull();
      var r = served.get("/files/leak.txt");
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("TOP-SECRET");
    } finally {
      Files.deleteIfExists(link);
    }
  }
}
