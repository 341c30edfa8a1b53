package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site search page finds articles by Chinese substrings, in a real browser. */
class SearchPageTest {
  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
  }

  @Test
  void findsArticlesByTitleTagAndSource(@TempDir Path dir) throws Exception {
    TestSite.build(dir, """
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://www.example.com/portal/
        search: true
        channels: [{id: news, name: 资讯中心}]
        -- content/a.md --
        ---
        title: 地铁八号线试运行
        channel: news
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 赵焱
        tags: [轨道交通]
        ---
        地铁八号线今天开始试运行。
        -- content/b.md --
        ---
        title: 阳澄湖大闸蟹开捕
        channel: news
        date: 2022-09-20
        source: 姑苏晚报
        author: 王敏
        tags: [美食]
        ---
        今年的大闸蟹个头更大。
        """);
    // The site lives under /portal/, as on the real host; the static server maps it back.
    try (var server = new StaticServer(dir.resolve("public"), "/portal"); var browser = new Chromium()) {
      browser.open(server.url("/portal/search/?q=%E5%9C%B0%E9%93%81"));
      browser.waitFor("document.querySelectorAll('#search-results li').length > 0", Duration.ofSeconds(10));
      assertThat(browser.eval("document.querySelector('#search-results').innerText")).contains("地铁八号线试运行").doesNotContain("大闸蟹");
      assertThat(browser.eval("document.querySelector('#search-results a').getAttribute('href')"))
          .isEqualTo("/portal/news/2022/06/a/");

      browser.eval("document.getElementById('search-q').value = '美食 姑苏晚报'; document.querySelector('.search-page form').requestSubmit(); 1");
      browser.waitFor("document.querySelector('#search-results').innerText.includes('阳澄湖大闸蟹开捕')", Duration.ofSeconds(10));
      assertThat(browser.eval("document.querySelectorAll('#search-results li').length")).isEqualTo("1");

      browser.eval("document.getElementById('search-q').value = '不存在的词'; document.querySelector('.search-page form').requestSubmit(); 1");
      browser.waitFor("document.getElementById('search-status').innerText.includes('没有找到')", Duration.ofSeconds(10));
    }
  }
}
