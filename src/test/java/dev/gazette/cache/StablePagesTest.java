package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StablePagesTest {
  private static String article(int day) {
    return "-- content/news/a" + day + ".md --\n---\ntitle: 新闻" + day + "\nchannel: news\ndate: 2022-06-" + (10 + day)
        + "\nsource: 苏州日报\nauthor: 甲\n---\n正文" + day + "。\n";
  }

  private static BuildResult build(Path dir) {
    var options = new BuildOptions(dir, dir.resolve("public"), false, false, TestSite.NOW, null, false);
    try (var build = Build.persistent(dir.resolve(".gazette/cache"), options, s -> {})) {
      return build.run(options);
    }
  }

  private static String titles(TestSite site, String file) {
    return String.join(",", Jsoup.parse(site.read(file)).select(".teaser-title a").eachText());
  }

  @Test
  void archivePagesCountFromTheOldestAndANewArticleChangesOnlyTheNewest(@TempDir Path dir) {
    var text = new StringBuilder("""
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        paginate: {size: 2, stable: true}
        channels: [{id: news, name: 资讯}]
        """);
    for (int d = 1; d <= 7; d++) {
      text.append(article(d));
    }
    var site = TestSite.write(dir, text.toString());
    build(dir);
    assertThat(titles(site, "public/news/index.html")).isEqualTo("新闻7,新闻6");
    assertThat(titles(site, "public/news/page/1/index.html")).isEqualTo("新闻2,新闻1");
    assertThat(titles(site, "public/news/page/3/index.html")).isEqualTo("新闻6,新闻5");
    assertThat(titles(site, "public/news/page/4/index.html")).isEqualTo("新闻7");
    site.assertNoFile("public/news/page/5/index.html");
    assertThat(site.read("public/news/page/1/index.html")).contains("href=\"/news/page/2/\"").contains("较新");

    site.put("content/news/a8.md", article(8).substring(article(8).indexOf("---")));
    var result = build(dir);
    assertThat(titles(site, "public/news/index.html")).isEqualTo("新闻8,新闻7");
    assertThat(titles(site, "public/news/page/4/index.html")).isEqualTo("新闻8,新闻7");
    assertThat(result.changes().changed()).contains("news/index.html", "news/page/4/index.html")
        .doesNotContain("news/page/1/index.html", "news/page/2/index.html", "news/page/3/index.html");
  }
}
