package dev.gazette.site;

import static dev.gazette.site.LayoutProbe.num;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme as a browser lays it out, on a desktop and on a 390px phone: the visual
 * defects a review in headless Chromium found, and the WCAG AA text contrast axe-core checks.
 */
class ThemeLayoutTest {
  static final int DESKTOP = 1280;
  static final int PHONE = 390;

  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      search: true
      channels:
        - id: news
          name: 资讯中心
          children: [{id: suzhou, name: 苏州资讯}]
      -- content/news/suzhou/metro.md --
      ---
      title: 轨道交通8号线全线开启空载试运行
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [轨道交通]
      summary: 8号线全线进入空载试运行阶段，列车将按照正式运营图“跑图”。
      ---
      苏报讯（记者 赵焱）8号线全线进入空载试运行阶段[^1]。

      | 站点 | 首班车 | 全程（分钟） | 备注说明 |
      | --- | :---: | ---: | --- |
      | 苏州北站 | 6:00 | 0 | 与高铁换乘，换乘通道长约三百米，请预留时间 |
      | 金鸡湖东 | 6:30 | 30 | 可换乘1号线、3号线、5号线 |

      运营时间表见官网 https://www.example.com/a/very/long/url/without/spaces/that/might/overflow/the/layout/on/a/phone/screen/index.html 。

          curl https://www.example.com/api/metro/line8/timetable?station=all&format=json&lang=zh-CN&fields=first,last

      [^1]: 来源：苏州市轨道交通集团。
      -- content/news/suzhou/bus.md --
      ---
      title: 地铁接驳公交线路调整
      channel: news/suzhou
      date: 2022-06-25 09:00
      source: 姑苏晚报
      author: 王敏
      tags: [轨道交通]
      ---
      为配合地铁8号线试运行，多条公交线路调整。
      """;

  static final String ARTICLE = "news/suzhou/2022/06/metro/";

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(LayoutProbe.available(), "Chromium not installed (apt-get install -y chromium): layout tests skipped");
    Assumptions.assumeTrue(LayoutProbe.hasChineseFont(),
        "no Chinese font (apt-get install -y fonts-wqy-zenhei): layout tests of Chinese text skipped");
  }

  @Test
  void searchResultsStackTitleSummaryAndMetaLikeTheListPages(@TempDir Path dir) throws Exception {
    // the results are li.teaser, and .teaser is a flex row (thumbnail | text): title, summary
    // and meta stood side by side in three narrow columns
    var site = TestSite.build(dir, SITE);
    for (int width : List.of(DESKTOP, PHONE)) {
      var m = LayoutProbe.measure(site.dir().resolve("public"), "search/?q=%E5%9C%B0%E9%93%81", width,
          "document.querySelectorAll('#search-results li').length > 0",
          """
          (function () {
            var li = document.querySelector('#search-results li');
            var r = function (sel) { return li.querySelector(sel).getBoundingClientRect(); };
            return {titletop: r('.teaser-title').top, titlebottom: r('.teaser-title').bottom,
              summarytop: r('.teaser-summary').top, summaryh: r('.teaser-summary').height, metatop: r('.meta').top,
              titleleft: r('.teaser-title').left, metaleft: r('.meta').left,
              marker: getComputedStyle(li).listStyleType + ' ' + getComputedStyle(li.parentElement).listStyleType};
          })()""");
      assertThat(num(m, "metatop")).as("meta below the title at %d px: %s", width, m).isGreaterThanOrEqualTo(num(m, "titlebottom") - 1);
      assertThat(num(m, "metaleft")).as("meta under the title at %d px: %s", width, m).isEqualTo(num(m, "titleleft"));
      if (num(m, "summaryh") > 0) {  // phones hide teaser summaries
        assertThat(num(m, "summarytop")).as("summary below the title at %d px: %s", width, m).isGreaterThanOrEqualTo(num(m, "titlebottom") - 1);
      }
    }
  }

  @Test
  void onAPhoneATableKeepsNamesWholeAndScrollsInAFocusableBoxAndCodeWraps(@TempDir Path dir) throws Exception {
    // every CJK character is a break opportunity, so the table squeezed into the phone's width
    // with one character a line (苏/州/北/站); and a scroller must be reachable by keyboard
    var site = TestSite.build(dir, SITE);
    var m = LayoutProbe.measure(site.dir().resolve("public"), ARTICLE, PHONE, "document.readyState === 'complete'",
        """
        (function () {
          var td = document.querySelector('.article-body td');
          var range = document.createRange(); range.selectNodeContents(td);
          var wrap = document.querySelector('.article-body .table-wrap');
          var pre = document.querySelector('.article-body pre');
          return {lines: range.getClientRects().length, text: td.textContent,
            prescrollw: pre.scrollWidth, preclientw: pre.clientWidth,
            scrollw: wrap.scrollWidth, clientw: wrap.clientWidth, tabindex: wrap.tabIndex,
            pagew: document.documentElement.scrollWidth, vieww: document.documentElement.clientWidth};
        })()""");
    assertThat(m.get("text")).isEqualTo("苏州北站");
    assertThat(num(m, "lines")).as("苏州北站 on one line: %s", m).isEqualTo(1);
    assertThat(num(m, "scrollw")).as("the table scrolls in its box: %s", m).isGreaterThan(num(m, "clientw"));
    assertThat(num(m, "tabindex")).isEqualTo(0);
    assertThat(num(m, "pagew")).as("the page itself does not scroll sideways: %s", m).isLessThanOrEqualTo(num(m, "vieww"));
    // a code block wraps rather than becoming a scroller that keyboard users cannot reach
    // (axe-core scrollable-region-focusable)
    assertThat(num(m, "prescrollw")).as("code block wraps: %s", m).isLessThanOrEqualTo(num(m, "preclientw"));
  }

  @Test
  void tableColumnsFollowTheMarkdownAlignment(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, SITE);
    var m = LayoutProbe.measure(site.dir().resolve("public"), ARTICLE, DESKTOP, "document.readyState === 'complete'",
        """
        (function () {
          var cells = document.querySelectorAll('.article-body tbody tr:first-child td');
          var a = function (i) { return getComputedStyle(cells[i]).textAlign; };
          return {c0: a(0), c1: a(1), c2: a(2), h2: getComputedStyle(document.querySelectorAll('.article-body th')[2]).textAlign};
        })()""");
    assertThat(m.get("c0")).isEqualTo("left");
    assertThat(m.get("c1")).isEqualTo("center");
    assertThat(m.get("c2")).isEqualTo("right");
    assertThat(m.get("h2")).isEqualTo("right");
  }

  @Test
  void aLongBareUrlStartsOnTheLineOfTheTextBeforeIt(@TempDir Path dir) throws Exception {
    // an unbreakable URL dropped whole to the next line, and the justified line before it spread
    // its few characters across the column
    var site = TestSite.build(dir, SITE);
    for (int width : List.of(DESKTOP, PHONE)) {
      var m = LayoutProbe.measure(site.dir().resolve("public"), ARTICLE, width, "document.readyState === 'complete'",
          """
          (function () {
            var a = document.querySelector('.article-body a.url');
            var before = document.createRange(); before.selectNodeContents(a.previousSibling);
            var rects = before.getClientRects();
            return {texttop: rects[rects.length - 1].top, urltop: a.getClientRects()[0].top};
          })()""");
      assertThat(num(m, "urltop")).as("at %d px: %s", width, m).isCloseTo(num(m, "texttop"), org.assertj.core.data.Offset.offset(2.0));
    }
  }

  @Test
  void aFootnoteBackLinkFollowsItsNoteOnTheSameLine(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, SITE);
    var m = LayoutProbe.measure(site.dir().resolve("public"), ARTICLE, DESKTOP, "document.readyState === 'complete'",
        """
        (function () {
          var li = document.querySelector('.footnotes li');
          return {note: li.querySelector('p').getBoundingClientRect().top,
            back: li.querySelector('.footnote-backref').getBoundingClientRect().top};
        })()""");
    assertThat(num(m, "back")).as("%s", m).isCloseTo(num(m, "note"), org.assertj.core.data.Offset.offset(4.0));
  }

  @Test
  void secondaryTextMeetsWcagAaContrast(@TempDir Path dir) throws Exception {
    // the muted grey #777 gave 4.48:1 on white (4.29:1 on the prev/next box): below the 4.5:1 AA
    // minimum for the 13-15px dates, sources and labels; the RSS link's orange gave 3.2:1
    var site = TestSite.build(dir, SITE);
    String probe = """
        (function () {
          var worst = 99, what = '';
          document.querySelectorAll('time, .meta, .meta *, .article-meta, .article-meta *, .more, .rss, .tags-label, '
              + '.prev-next .label, .prev-next .none, .breadcrumb a, .breadcrumb [aria-current], .pager-info, .fs-switch, '
              + '.list-feed a, .search-status, .copyright, .footer-links a').forEach(function (el) {
            if (!el.textContent.trim() || el.closest('[aria-hidden=true]')) return;
            var c = gzContrast(el);
            if (c < worst) { worst = c; what = el.className || el.tagName; }
          });
          return {worst: worst.toFixed(2), what: what};
        })()""";
    for (String page : List.of("", "news/", "tags/%E8%BD%A8%E9%81%93%E4%BA%A4%E9%80%9A/", ARTICLE, "404.html")) {
      var m = LayoutProbe.measure(site.dir().resolve("public"), page, DESKTOP, "document.readyState === 'complete'", probe);
      assertThat(num(m, "worst")).as("lowest contrast on /%s: %s", page, m).isGreaterThanOrEqualTo(4.5);
    }
  }
}
