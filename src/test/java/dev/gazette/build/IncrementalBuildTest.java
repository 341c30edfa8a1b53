package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild through the cache must give exactly the files a fresh build gives, whatever changed:
 * the cache may only skip work, never change the output.
 */
class IncrementalBuildTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/portal/
      paginate: 2
      channels:
        - {id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州资讯}]}
        - {id: house, name: 房产频道}
      -- content/news/a.md --
      ---
      title: 地铁八号线试运行
      channel: news/suzhou
      date: 2022-06-20 09:00
      source: 苏州日报
      author: 王敏
      tags: [交通, 民生]
      ---
      苏报讯　地铁八号线今天开始试运行。
      -- content/news/b.md --
      ---
      title: 平江路改造完成
      channel: news/suzhou
      date: 2022-06-21 10:00
      source: 姑苏晚报
      author: [李强, 张蕾]
      tags: [民生]
      headline: true
      ---
      平江路改造完成。详见[地铁](a.md)。
      -- content/news/c.md --
      ---
      title: 国内要闻
      channel: news
      date: 2022-06-22
      source: 新华社
      author: 刘洋
      ---
      要闻。
      -- content/house/d.md --
      ---
      title: 秋季房展会开幕
      channel: house
      date: 2022-06-23 15:30
      source: 城市商报
      author: 陈静
      tags: [楼市, 民生]
      image: /images/fair.svg
      ---
      房展会开幕。
      -- content/about.md --
      ---
      title: 关于我们
      layout: page
      ---
      关于本网。
      -- static/images/fair.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      """;

  @Test
  void everyKindOfChangeGivesTheFilesOfAFreshBuild(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE).with(o -> o.withOut(null));
    var build = Build.incremental();
    BuildOptions options = new BuildOptions(dir, null, false, false, TestSite.NOW, null, false);
    last = dev.gazette.Captured.run(build, options, null, null);

    step(build, options, dir, Set.of("content/news/a.md"), s -> site.edit("content/news/a.md", "今天开始试运行", "今天正式试运行"));
    step(build, options, dir, Set.of("content/news/a.md"), s -> site.edit("content/news/a.md", "地铁八号线试运行", "地铁8号线试运行"));
    step(build, options, dir, Set.of("content/news/b.md"), s -> site.edit("content/news/b.md", "tags: [民生]", "tags: [民生, 文旅]"));
    step(build, options, dir, Set.of("content/news/c.md"), s -> site.edit("content/news/c.md", "2022-06-22", "2022-06-19"));
    step(build, options, dir, Set.of("content/news/e.md"), s -> site.put("content/news/e.md", """
        ---
        title: 新增文章
        channel: news/suzhou
        date: 2022-06-24 08:00
        source: 本网
        author: 周杰
        ---
        新增。
        """));
    assertThat(site.with(o -> o.withOut(null)).build().ok()).isTrue();
    site.delete("content/news/a.md");
    assertThat(org.junit.jupiter.api.Assertions.assertThrows(dev.gazette.diag.SiteException.class,
        () -> build.run(options, Set.of(dir.resolve("content/news/a.md")), dev.gazette.output.OutputSink.NONE)).diagnostics().get(0).format())
        .startsWith("content/news/b.md:10:11: error: link to a missing file content/news/a.md");
    step(build, options, dir, Set.of("content/news/b.md"), s -> site.edit("content/news/b.md", "详见[地铁](a.md)。", ""));
    step(build, options, dir, Set.of("content/about.md"), s -> site.edit("content/about.md", "关于本网。", "本网简介。"));
    step(build, options, dir, Set.of("static/images/new.svg"), s -> site.put("static/images/new.svg", "<svg/>"));
    step(build, options, dir, Set.of("themes/default/templates/404.ftlh"),
        s -> site.edit("themes/default/templates/404.ftlh", "</", "<!-- changed --></"));
    step(build, options, dir, null, s -> site.edit("site-config.yml", "paginate: 2", "paginate: 3"));
    step(build, options, dir, Set.of("site-config.yml"), s -> site.edit("site-config.yml", "苏州资讯", "姑苏资讯"));
    step(build, options, dir, null, s -> site.edit("content/house/d.md", "房展会开幕。", "房展会今天开幕。"));
  }

  private dev.gazette.Captured last;

  private void step(Build build, BuildOptions options, Path dir, Set<String> changed, Consumer<Void> edit) {
    edit.accept(null);
    Set<Path> hint = changed == null ? null : changed.stream().map(dir::resolve).collect(java.util.stream.Collectors.toSet());
    try {
      last = dev.gazette.Captured.run(build, options, hint, last);
    } catch (dev.gazette.diag.SiteException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
    Map<String, String> incremental = last.texts();
    Map<String, String> fresh = dev.gazette.Captured.fresh(options).texts();
    assertThat(incremental.keySet()).containsExactlyInAnyOrderElementsOf(fresh.keySet());
    fresh.forEach((path, text) -> assertThat(incremental.get(path)).as(path).isEqualTo(text));
  }

  @Test
  void warningsOfUnchangedArticlesAreReportedAgainAndFollowStaticFiles(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE.replace("image: /images/fair.svg", "image: /images/missing.svg"));
    var build = Build.incremental();
    BuildOptions options = new BuildOptions(dir, null, false, false, TestSite.NOW, null, false);
    assertThat(build.run(options).warnings()).extracting(d -> d.format())
        .anySatisfy(w -> assertThat(w).startsWith("content/house/d.md:8:8: warning: image /images/missing.svg does not exist"));
    site.edit("content/news/a.md", "今天开始试运行", "今天正式试运行");
    assertThat(build.run(options, Set.of(dir.resolve("content/news/a.md")), dev.gazette.output.OutputSink.NONE).warnings()).hasSize(1);
    site.put("static/images/missing.svg", "<svg/>");
    assertThat(build.run(options, Set.of(dir.resolve("static/images/missing.svg")), dev.gazette.output.OutputSink.NONE).warnings()).isEmpty();
  }
}
