package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader searches from the header of any page, reads ranked, highlighted results and follows one. */
class SearchPageTest {
  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
  }

  @Test
  void typeAQuerySeeRankedHighlightedResultsAndFollowOne(@TempDir Path dir) throws Exception {
    var text = new StringBuilder("""
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
        八号线今天开始试运行。
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
    for (int i = 1; i <= 12; i++) {
      // newer than a.md, with 地铁 only in the body
      text.append("-- content/m").append(i).append(".md --\n---\ntitle: 城市交通第").append(i)
          .append("期\nchannel: news\ndate: 2022-07-").append(10 + i).append("\nsource: 本网\nauthor: 甲\n---\n")
          .append("公交线路调整后，乘坐地铁的市民越来越多。\n");
    }
    TestSite.build(dir, text.toString());
    // The site lives under /portal/, as on the real host; the static server maps it back.
    try (var server = new StaticServer(dir.resolve("public"), "/portal"); var browser = new Chromium()) {
      browser.open(server.url("/portal/"));
      assertThat(browser.eval("performance.getEntriesByType('resource').filter(r => r.name.includes('/search/')).length"))
          .as("nothing of the index loads before the reader searches").isEqualTo("0");
      browser.click("#site-search");
      browser.type("地铁");
      browser.pressEnter();
      browser.waitFor("location.pathname === '/portal/search/' && document.querySelectorAll('#search-results li').length > 0",
          Duration.ofSeconds(20));
      assertThat(browser.eval("location.search")).isEqualTo("?q=%E5%9C%B0%E9%93%81");
      assertThat(browser.eval("document.getElementById('site-search').value")).isEqualTo("地铁");
      assertThat(browser.eval("document.getElementById('search-q').value")).isEqualTo("地铁");
      assertThat(browser.eval("document.getElementById('search-status').textContent")).isEqualTo("找到 13 篇与“地铁”相关的文章。");
      // the title match first, though twelve body matches are newer; ten shown, then more
      assertThat(browser.eval("document.querySelector('#search-results h2').innerHTML"))
          .isEqualTo("<a href=\"/portal/news/2022/06/a/\"><mark>地铁</mark>八号线试运行</a>");
      assertThat(browser.eval("document.querySelectorAll('#search-results li').length")).isEqualTo("10");
      assertThat(browser.eval("document.querySelectorAll('#search-results li')[1].querySelector('.teaser-summary').innerHTML"))
          .isEqualTo("公交线路调整后，乘坐<mark>地铁</mark>的市民越来越多。");
      assertThat(browser.eval("document.querySelector('#search-results li .meta').textContent")).isEqualTo("资讯中心 2022-06-26");
      assertThat(browser.eval("document.querySelector('#search-results').innerText")).doesNotContain("大闸蟹");
      browser.eval("document.getElementById('search-more').scrollIntoView({block: 'center'}); 1");
      browser.click("#search-more");
      browser.waitFor("document.querySelectorAll('#search-results li').length === 13", Duration.ofSeconds(10));
      assertThat(browser.eval("document.getElementById('search-more').hidden")).isEqualTo("true");

      browser.eval("scrollTo(0, 0); 1");
      browser.click("#search-results li a");
      // the location changes when the navigation commits, before the new page's body is parsed
      browser.waitFor("location.pathname === '/portal/news/2022/06/a/' && document.querySelector('h1') !== null",
          Duration.ofSeconds(10));
      assertThat(browser.eval("document.querySelector('h1').textContent")).contains("地铁八号线试运行");

      browser.open(server.url("/portal/search/"));
      browser.eval("document.getElementById('search-q').focus(); 1");
      browser.type("不存在的词");
      browser.pressEnter();
      browser.waitFor("document.getElementById('search-status').innerText.includes('没有找到')", Duration.ofSeconds(10));
      assertThat(browser.eval("location.search")).isEqualTo("?q=" + java.net.URLEncoder.encode("不存在的词", "UTF-8"));
    }
  }

  @Test
  void queriesFindTheirTokensInEveryShardAndFetchOnlyThoseShards(@TempDir Path dir) throws Exception {
    var text = new StringBuilder("""
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://www.example.com/
        search: true
        channels: [{id: news, name: 资讯中心}]
        """);
    var random = new java.util.Random(9);
    var bodies = new java.util.ArrayList<String>();
    for (int i = 0; i < 150; i++) {
      var body = new StringBuilder();
      for (int c = 0; c < 120; c++) {
        body.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
      }
      bodies.add(body.toString());
      text.append("-- content/a").append(i).append(".md --\n---\ntitle: 第").append(i).append("篇\nchannel: news\n")
          .append("date: 2022-01-01\nsource: 本网\nauthor: 甲\n---\n").append(body).append("\n");
    }
    TestSite.build(dir, text.toString());
    long shards;
    try (var files = java.nio.file.Files.list(dir.resolve("public/search/s"))) {
      shards = files.count();
    }
    assertThat(shards).as("the test needs several shards").isGreaterThan(5);
    try (var server = new StaticServer(dir.resolve("public")); var browser = new Chromium()) {
      for (int i = 0; i < 150; i += 7) {
        String q = bodies.get(i).substring(50, 54);
        browser.open(server.url("/search/?q=" + java.net.URLEncoder.encode(q, "UTF-8")));
        browser.waitFor("performance.getEntriesByName('gazette-search-shown').length > 0", Duration.ofSeconds(20));
        assertThat(browser.eval("Array.from(document.querySelectorAll('#search-results h2 a')).map(a => a.getAttribute('href')).join(' ')"))
            .as(q).contains("/a" + i + "/");
        // three pairs of characters: at most three shards
        assertThat(Integer.parseInt(browser.eval("performance.getEntriesByType('resource').filter(r => r.name.includes('/search/s/')).length")))
            .as(q).isBetween(1, 3);
      }
    }
  }
}
