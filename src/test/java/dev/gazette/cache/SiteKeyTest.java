package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code gazette build} whose inputs are the last successful build's does nothing but check
 * them: these are the ways the inputs, the moment and the output folder can differ, each of which
 * must make the build run and give the files of a fresh build.
 */
class SiteKeyTest {
  /** 2030-01-01 09:00 in Shanghai: an hour after TestSite.NOW. */
  static final Instant SOON = Instant.parse("2030-01-01T01:00:00Z");

  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      summaryLength: 20
      channels:
        - {id: news, name: 资讯中心}
      -- static/images/a.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/news/a.md --
      ---
      title: 地铁8号线开通
      channel: news
      date: 2029-12-31 20:00
      source: 苏州日报
      author: 赵焱
      summary: 这是一段超过二十个字的导读，列表和订阅里会整段显示出来。
      ---
      地铁8号线今天开通。
      -- content/news/b.md --
      ---
      title: 古城保护新规
      channel: news
      date: 2030-01-01 09:00
      source: 姑苏晚报
      author: 王强
      ---
      新规发布。
      """;

  private final List<String> notes = new ArrayList<>();

  private BuildResult build(Path dir, Instant now, boolean strict) {
    var options = new BuildOptions(dir, dir.resolve("public"), false, false, now, null, strict);
    try (var build = Build.persistent(dir.resolve(".gazette/cache"), options, notes::add)) {
      return build.run(options);
    }
  }

  private BuildResult build(Path dir, Instant now) {
    return build(dir, now, false);
  }

  private static Map<String, String> fresh(Path dir, Instant now, Path elsewhere) {
    try (var build = new Build()) {
      build.run(new BuildOptions(dir, elsewhere, false, false, now, null, false));
    }
    return SiteFolders.read(elsewhere);
  }

  private static boolean checkedOnly(BuildResult r) {
    return r.timings().stream().map(BuildResult.Timing::name).toList().equals(List.of("inputs"));
  }

  @Test
  void theLastInputsGiveTheLastResultWithoutReadingOrWritingAnything(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var first = build(dir, TestSite.NOW);
    assertThat(checkedOnly(first)).isFalse();
    assertThat(first.warnings()).extracting(Diagnostic::message).singleElement().asString().contains("summaryLength 20");
    var identities = SiteFolders.identities(dir.resolve("public"));
    var second = build(dir, TestSite.NOW.plusSeconds(60));
    assertThat(checkedOnly(second)).isTrue();
    assertThat(second.warnings()).isEqualTo(first.warnings());
    assertThat(List.of(second.articles(), second.pages(), second.files(), second.reused(), second.rendered(), second.written()))
        .containsExactly(first.articles(), first.pages(), first.files(), first.rendered(), 0, 0);
    assertThat(second.pagesByKind()).isEqualTo(first.pagesByKind());
    assertThat(second.changes().isEmpty()).isTrue();
    assertThat(SiteFolders.identities(dir.resolve("public"))).isEqualTo(identities);
    assertThat(notes).isEmpty();
  }

  @Test
  void aMomentThatPublishesAnArticleOrMovesTheNewsSitemapMakesTheBuildRun(@TempDir Path dir, @TempDir Path other) {
    TestSite.write(dir, SITE);
    build(dir, TestSite.NOW);
    assertThat(dir.resolve("public/news/2030/01/b/index.html")).doesNotExist();
    // b is dated 09:00 in Shanghai, SOON: before it nothing differs, at it b is published
    assertThat(checkedOnly(build(dir, SOON.minusSeconds(1)))).isTrue();
    assertThat(checkedOnly(build(dir, SOON))).isFalse();
    assertThat(dir.resolve("public/news/2030/01/b/index.html")).exists();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, SOON, other.resolve("at")));
    // exactly at a moment the build compares with, no other moment is the same
    assertThat(checkedOnly(build(dir, SOON.plusSeconds(1)))).isFalse();
    assertThat(checkedOnly(build(dir, SOON.plusSeconds(2)))).isTrue();
    // a, from 20:00 the day before, leaves the news sitemap 48 hours later
    Instant aLeaves = Instant.parse("2029-12-31T12:00:00Z").plus(Duration.ofHours(48));
    assertThat(checkedOnly(build(dir, aLeaves.plusSeconds(1)))).isFalse();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, aLeaves.plusSeconds(1), other.resolve("later")));
    assertThat(SiteFolders.read(dir.resolve("public")).get("news-sitemap.xml")).doesNotContain("地铁8号线开通");
  }

  @Test
  void theNewsSitemapLeavesWithItsLastArticleAndComesBackWithTheNextAndTheChangeListSaysSo(@TempDir Path dir,
      @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    build(dir, SOON);
    assertThat(dir.resolve("public/news-sitemap.xml")).exists();
    // b, the newer, leaves the news sitemap 48 hours after SOON: nothing is left in it
    Instant empty = SOON.plus(Duration.ofHours(48)).plusSeconds(1);
    var left = build(dir, empty);
    assertThat(left.changes().removed()).containsExactly("news-sitemap.xml");
    assertThat(left.changes().changed()).containsExactly("robots.txt");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, empty, other.resolve("empty")))
        .doesNotContainKey("news-sitemap.xml");
    site.put("content/news/c.md", "---\ntitle: 新闻\nchannel: news\ndate: 2030-01-03 08:00\nsource: 苏州日报\nauthor: 赵焱\n---\n正文。\n");
    var back = build(dir, empty);
    assertThat(back.changes().added()).contains("news-sitemap.xml");
    assertThat(back.changes().changed()).contains("robots.txt");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, empty, other.resolve("back")));
  }

  @Test
  void aNewYearMakesTheBuildRun(@TempDir Path dir, @TempDir Path other) {
    TestSite.write(dir, SITE);
    Instant lastDay = Instant.parse("2030-12-31T15:00:00Z");
    build(dir, lastDay);
    Instant newYear = Instant.parse("2030-12-31T16:00:00Z");
    assertThat(checkedOnly(build(dir, newYear.minusSeconds(1)))).isTrue();
    assertThat(checkedOnly(build(dir, newYear.plusSeconds(1)))).isFalse();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, newYear.plusSeconds(1), other.resolve("p")));
  }

  @Test
  void everyKindOfInputCounts(@TempDir Path dir, @TempDir Path other) throws IOException {
    var site = TestSite.write(dir, SITE);
    build(dir, TestSite.NOW);
    int n = 0;
    for (String change : List.of("content", "static", "template", "config", "new static file", "hidden static file")) {
      switch (change) {
        case "content" -> site.edit("content/news/a.md", "今天开通", "今日开通");
        case "static" -> Files.writeString(dir.resolve("static/images/a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n");
        case "template" -> {
          Path t = dir.resolve("themes/default/templates/article.ftlh");
          Files.writeString(t, Files.readString(t) + "<#-- changed -->\n");
        }
        case "config" -> site.edit("site-config.yml", "title: 苏州都市网", "title: 姑苏新闻网");
        case "new static file" -> Files.writeString(dir.resolve("static/robots-extra.txt"), "x\n");
        default -> Files.writeString(dir.resolve("static/.hidden"), "x\n");
      }
      assertThat(checkedOnly(build(dir, TestSite.NOW))).as(change).isFalse();
      assertThat(SiteFolders.read(dir.resolve("public"))).as(change).isEqualTo(fresh(dir, TestSite.NOW, other.resolve("f" + n++)));
      assertThat(checkedOnly(build(dir, TestSite.NOW))).as("again after " + change).isTrue();
    }
  }

  @Test
  void anOutputChangedByHandIsBuiltAgain(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, SITE);
    build(dir, TestSite.NOW);
    var expected = fresh(dir, TestSite.NOW, other.resolve("p"));
    Path out = dir.resolve("public");
    Files.writeString(out.resolve("extra.html"), "added by hand\n");
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(out)).isEqualTo(expected);
    Files.delete(out.resolve("news/index.html"));
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(out)).isEqualTo(expected);
    Path page = out.resolve("news/2029/12/a/index.html");
    Files.writeString(page, Files.readString(page).replace("地铁", "铁路"));
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(out)).isEqualTo(expected);
  }

  @Test
  void strictTurnsTheLastWarningsIntoErrorsAsAFullBuildWould(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var first = build(dir, TestSite.NOW);
    var identities = SiteFolders.identities(dir.resolve("public"));
    assertThatThrownBy(() -> build(dir, TestSite.NOW, true)).isInstanceOf(SiteException.class)
        .satisfies(e -> assertThat(((SiteException) e).diagnostics())
            .isEqualTo(first.warnings().stream().map(Diagnostic::asError).toList()));
    assertThat(SiteFolders.identities(dir.resolve("public"))).isEqualTo(identities);
  }

  @Test
  void aFailedBuildForgetsTheKeySoRevertingRebuilds(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    build(dir, TestSite.NOW);
    site.edit("content/news/a.md", "channel: news", "channel: nws");
    assertThatThrownBy(() -> build(dir, TestSite.NOW)).isInstanceOf(SiteException.class);
    site.edit("content/news/a.md", "channel: nws", "channel: news");
    assertThat(dir.resolve(".gazette/cache/site-key")).doesNotExist();
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, TestSite.NOW, other.resolve("p")));
  }

  @Test
  void aDamagedKeyIsIgnoredWithoutANote(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, SITE);
    build(dir, TestSite.NOW);
    Path key = dir.resolve(".gazette/cache/site-key");
    byte[] b = Files.readAllBytes(key);
    b[b.length / 2] ^= 0x5a;
    Files.write(key, b);
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, TestSite.NOW, other.resolve("p")));
    assertThat(notes).isEmpty();
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isTrue();
  }

  @Test
  void aSymlinkAmongTheInputsIsNeverTrusted(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, SITE);
    Path target = other.resolve("logo.svg");
    Files.writeString(target, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Files.createSymbolicLink(dir.resolve("static/images/logo.svg"), target);
    build(dir, TestSite.NOW);
    assertThat(dir.resolve(".gazette/cache/site-key")).doesNotExist();
    // the link's target changes, the link does not: the build must see it
    Files.writeString(target, "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>\n");
    assertThat(checkedOnly(build(dir, TestSite.NOW))).isFalse();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, TestSite.NOW, other.resolve("p")));
  }
}
