package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves in the site folder, seen through the server: rebuilds, reload events, the error overlay. */
class LiveReloadTest {
  static final String ARTICLE = "/news/suzhou/2022/06/cluster/";

  @TempDir Path dir;
  Served served;

  @AfterEach
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void editingAnArticleServesTheNewTextAndSendsReload() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.edit("content/news/cluster.md", "原始正文。", "修改后的正文。");
      events.await("reload");
      served.awaitBody(ARTICLE, b -> b.contains("修改后的正文。"), "showed the edit");
      assertThat(served.get(ARTICLE).body()).doesNotContain("原始正文");
    }
    assertThat(served.log).anyMatch(l -> l.matches("rebuilt \\(content: content/news/cluster\\.md\\) in \\d+ ms"));
  }

  @Test
  void brokenFrontMatterShowsTheOverlayUntilFixed() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.edit("content/news/cluster.md", "channel: news/suzhou", "channel: news/suzho");
      var error = events.await("error");
      assertThat(error.data()).startsWith("content/news/cluster.md:3:").contains("error:", "news/suzho", "hint:");

      // The last good site is still served, now with the overlay in every page.
      var page = served.get(ARTICLE);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("原始正文");
      var overlay = Jsoup.parse(page.body()).getElementById(PageInjector.OVERLAY_ID);
      assertThat(overlay).isNotNull();
      assertThat(overlay.text()).contains("content/news/cluster.md:3:", "news/suzho");
      assertThat(Jsoup.parse(served.get("/").body()).getElementById(PageInjector.OVERLAY_ID)).isNotNull();
      assertThat(served.log).anyMatch(l -> l.startsWith("rebuild failed (content: content/news/cluster.md)"));

      served.site.edit("content/news/cluster.md", "channel: news/suzho", "channel: news/suzhou");
      events.await("reload");
      assertThat(Jsoup.parse(served.get(ARTICLE).body()).getElementById(PageInjector.OVERLAY_ID)).isNull();
    }
  }

  @Test
  void invalidYamlIsReportedWithItsLine() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.edit("content/news/metro.md", "title: 地铁新线开通运营", "title: \"地铁新线开通运营");
      assertThat(events.await("error").data()).startsWith("content/news/metro.md:");
      assertThat(served.get("/news/suzhou/2022/06/metro/").body()).contains(PageInjector.OVERLAY_TITLE);
    }
  }

  @Test
  void addingAndDeletingAnArticleUpdatesTheChannelIndex() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.put("content/news/late/bridge.md", """
          ---
          title: 新大桥合龙
          channel: news/suzhou
          date: 2022-06-27 10:00
          source: 苏州日报
          author: 周杰
          tags: [交通]
          ---
          大桥今天合龙。
          """);
      events.await("reload");
      served.awaitBody("/news/suzhou/", b -> b.contains("新大桥合龙"), "listed the new article");
      assertThat(served.get("/news/").body()).containsSubsequence("新大桥合龙", "生物医药产业集群推进会召开");
      assertThat(served.get("/news/suzhou/2022/06/bridge/").statusCode()).isEqualTo(200);
      assertThat(served.get("/tags/%E4%BA%A4%E9%80%9A/").body()).contains("新大桥合龙");

      served.site.delete("content/news/late/bridge.md");
      events.await("reload");
      served.awaitBody("/news/suzhou/", b -> !b.contains("新大桥合龙"), "dropped the deleted article");
      assertThat(served.get("/news/suzhou/2022/06/bridge/").statusCode()).isEqualTo(404);
      assertThat(served.get("/news/").body()).doesNotContain("新大桥合龙");
    }
  }

  @Test
  void aFolderCreatedLaterIsWatchedToo() throws Exception {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      Files.createDirectories(dir.resolve("content/house/2022"));
      events.await("reload");
      served.site.put("content/house/2022/flat.md", """
          ---
          title: 新楼盘开盘
          channel: life
          date: 2022-06-21
          source: 城市商报
          author: 李娜
          ---
          开盘当天人气旺。
          """);
      served.awaitBody("/life/", b -> b.contains("新楼盘开盘"), "listed the article in the new folder");
    }
  }

  @Test
  void aRenamedFolderIsWatchedUnderItsNewName() throws Exception {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      Files.move(dir.resolve("content/news"), dir.resolve("content/archive"));
      events.await("reload");
      served.site.edit("content/archive/cluster.md", "原始正文。", "搬家后的正文。");
      served.awaitBody(ARTICLE, b -> b.contains("搬家后的正文。"), "showed the edit in the renamed folder");
      // the page is served before the rebuild's line is printed: wait for the line too
      served.awaitLog(l -> l.startsWith("rebuilt (content: content/archive/cluster.md)"), "told of the rebuild in the renamed folder");
    }
  }

  @Test
  void aStaticFileChangeIsServedWithoutARebuild() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.put("static/files/notice.txt", "通知：第二版。\n");
      events.await("reload");
      assertThat(served.get("/files/notice.txt").body()).isEqualTo("通知：第二版。\n");
      assertThat(served.log).anyMatch(l -> l.startsWith("reloaded (static: static/files/notice.txt)"));

      served.site.put("static/files/new.txt", "新文件\n");
      events.await("reload");
      served.awaitBody("/files/new.txt", b -> b.equals("新文件\n"), "served the new static file");
      assertThat(served.log).anyMatch(l -> l.startsWith("rebuilt (static: static/files/new.txt)"));
    }
  }

  @Test
  void aGifChangeIsRebuiltThoughTheSiteServesItsOriginal() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.putBytes("static/images/anim.gif", dev.gazette.photos.TestImages.of("anim.gif", 40, 30));
      events.await("reload");
      served.awaitBody("/images/anim.gif", b -> !b.isEmpty(), "served the new GIF");

      // its original is what /images/anim.gif serves; its derivatives (and pages' srcset) change with it
      served.site.putBytes("static/images/anim.gif", dev.gazette.photos.TestImages.of("anim.gif", 60, 30));
      events.await("reload");
      served.awaitLog(l -> l.startsWith("rebuilt (static: static/images/anim.gif)"), "told of the rebuild");
      assertThat(served.log).anyMatch(l -> l.startsWith("rebuilt (static: static/images/anim.gif)"));
      assertThat(served.log).noneMatch(l -> l.startsWith("reloaded (static: static/images/anim.gif)"));
    }
  }

  @Test
  void aTemplateChangeRerendersEveryPage() {
    served = Served.start(dir, Sites.PORTAL);
    try (var events = served.events()) {
      served.site.edit("themes/default/templates/base.ftlh", "跳到正文", "跳到正文内容");
      events.await("reload");
      served.awaitBody("/", b -> b.contains("跳到正文内容"), "used the new template");
      assertThat(served.get("/life/").body()).contains("跳到正文内容");
      assertThat(served.log).anyMatch(l -> l.startsWith("rebuilt (template: themes/default/templates/base.ftlh)"));
    }
  }

  @Test
  void aPageThatMissedABuildIsToldOnConnecting() {
    served = Served.start(dir, Sites.PORTAL);
    long before = served.server.snapshot().generation();
    try (var events = served.events()) {
      served.site.edit("content/news/cluster.md", "原始正文。", "又一版正文。");
      events.await("reload");
    }
    // A page loaded before that edit connects late, naming the build it came from.
    try (var late = Events.open(served.http, served.uri, "?gen=" + before)) {
      late.await("reload");
    }
  }

  @Test
  void aSiteThatFailsFromTheStartIsStillServedWithTheOverlay() {
    served = Served.start(dir, Sites.PORTAL.replace("channel: life\n", "channel: lfe\n"));
    var r = served.get("/");
    // no good build yet: 503 and Retry-After (a link checker must not count the page missing), with the errors
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).contains("1");
    assertThat(r.body()).contains("The site has errors", PageInjector.OVERLAY_TITLE, "content/life/food.md:3:", "lfe");
    try (var events = served.events()) {
      served.site.edit("content/life/food.md", "channel: lfe", "channel: life");
      events.await("reload");
      served.awaitBody("/", b -> b.contains("平江路美食节开幕"), "served the fixed site");
    }
  }

  @Test
  void aBrowserThatLeavesIsForgotten() {
    served = Served.start(dir, Sites.PORTAL);
    var events = served.events();
    assertThat(served.server.liveReloadClients()).isEqualTo(1);
    events.close();
    long deadline = System.nanoTime() + Events.TIMEOUT.toNanos();
    for (int i = 0; served.server.liveReloadClients() > 0 && System.nanoTime() < deadline; i++) {
      served.site.put("static/files/notice.txt", "通知：第" + i + "版。\n");
      Served.sleep(100);
    }
    assertThat(served.server.liveReloadClients()).isZero();
  }

  @Test
  void draftsAndFutureArticlesAreServedOnlyWithTheirFlags() {
    String site = Sites.PORTAL + """
        -- content/news/draft.md --
        ---
        title: 尚未定稿的稿件
        channel: news
        date: 2022-06-24
        source: 本网
        author: 甲
        draft: true
        ---
        草稿。
        -- content/news/later.md --
        ---
        title: 预约发布的稿件
        channel: news
        date: 2099-01-01
        source: 本网
        author: 乙
        ---
        未来。
        """;
    served = Served.start(dir, site);
    assertThat(served.get("/news/").body()).doesNotContain("尚未定稿的稿件", "预约发布的稿件");
    served.close();

    var options = new ServeOptions(dir, "127.0.0.1", 0, true, true, ServeOptions.DEFAULT_QUIET, false);
    served = Served.start(dir, site, options);
    assertThat(served.get("/news/").body()).contains("尚未定稿的稿件", "预约发布的稿件");
  }

  @Test
  void closingEndsTheEventStreams() {
    served = Served.start(dir, Sites.PORTAL);
    var events = served.events();
    assertThat(served.server.liveReloadClients()).isEqualTo(1);
    served.server.close();
    events.await(":end");
  }
}
