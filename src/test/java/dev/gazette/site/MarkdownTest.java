package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.HashSet;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CommonMark plus tables, strikethrough, autolinks, footnotes, heading ids; raw HTML passes. */
class MarkdownTest {
  private static Element body(Path dir, String markdown) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        """ + markdown);
    return html(site, "public/news/2022/06/a/index.html").selectFirst(".article-body");
  }

  @Test
  void tables(@TempDir Path dir) {
    var body = body(dir, """
        | 板块 | 项目数 |
        | --- | ---: |
        | 园区 | 12 |
        | 新区 | 8 |
        """);
    assertThat(body.select("table th").eachText()).containsExactly("板块", "项目数");
    assertThat(body.select("table tbody tr")).hasSize(2);
    assertThat(body.select("table td").eachText()).containsExactly("园区", "12", "新区", "8");
  }

  @Test
  void columnAlignmentIsAClassNotTheObsoleteAlignAttribute(@TempDir Path dir) {
    // html-validate (no-deprecated-attr) and the W3C validator reject align on th/td, and the
    // theme's text-align on cells overrode it anyway: right-aligned numbers showed left-aligned
    var body = body(dir, """
        | 板块 | 时间 | 项目数 |
        | :--- | :---: | ---: |
        | 园区 | 6:00 | 12 |
        """);
    assertThat(body.select("[align]")).isEmpty();
    assertThat(body.select("[style]")).isEmpty();
    assertThat(body.select("th").eachAttr("class")).containsExactly("align-left", "align-center", "align-right");
    assertThat(body.select("td").eachAttr("class")).containsExactly("align-left", "align-center", "align-right");
    // a cell a line, as goldmark writes them: the row's text, tags stripped, keeps its cells apart
    assertThat(body.selectFirst("tbody tr").wholeText()).isEqualTo("园区\n6:00\n12\n");
  }

  @Test
  void tablesSitInALabelledFocusableRegionThatCanScroll(@TempDir Path dir) {
    // a wide table scrolls sideways on a phone: keyboard users must be able to reach the scroller
    // (axe scrollable-region-focusable), and two regions need different names (landmark-unique)
    var body = body(dir, """
        | 板块 | 项目数 |
        | --- | --- |
        | 园区 | 12 |

        中间一段。

        | 站点 | 首班车 |
        | --- | --- |
        | 苏州北站 | 6:00 |
        """);
    var wraps = body.select("section.table-wrap");
    assertThat(wraps).hasSize(2);
    assertThat(wraps.eachAttr("tabindex")).containsExactly("0", "0");
    assertThat(wraps.eachAttr("aria-label")).containsExactly("表格 1", "表格 2");
    assertThat(body.select("section.table-wrap > table")).hasSize(2);
    assertThat(body.select("table").parents()).allMatch(p -> !p.is("p"));
  }

  @Test
  void tableNumbersStartAgainInEveryArticle(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 甲
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        | a | b |
        | --- | --- |
        | 1 | 2 |
        -- content/b.md --
        ---
        title: 乙
        channel: news
        date: 2022-06-27
        source: 苏州日报
        author: 赵焱
        ---
        | a | b |
        | --- | --- |
        | 1 | 2 |
        """);
    for (String slug : new String[] {"a", "b"}) {
      assertThat(html(site, "public/news/2022/06/" + slug + "/index.html").select("section.table-wrap").eachAttr("aria-label"))
          .containsExactly("表格 1");
    }
  }

  @Test
  void bareUrlsAreMarkedSoTheThemeCanBreakThem(@TempDir Path dir) {
    // a long URL with no break opportunity dropped to the next line and left a gaping justified
    // line before it; the theme breaks a.url anywhere
    var body = body(dir, """
        详见 https://www.suzhou.gov.cn/a/very/long/path/index.html 或[公告](https://www.suzhou.gov.cn/notice)。
        """);
    assertThat(body.select("a.url").eachText()).containsExactly("https://www.suzhou.gov.cn/a/very/long/path/index.html");
    assertThat(body.select("a:not(.url)").eachText()).containsExactly("公告");
  }

  @Test
  void angleBracketAutolinksAreNotMarkedAsBareUrls(@TempDir Path dir) {
    var body = body(dir, """
        见 <https://www.suzhou.gov.cn/notice> 和 https://www.suzhou.gov.cn/bare 。
        """);
    assertThat(body.select("a.url").eachText()).containsExactly("https://www.suzhou.gov.cn/bare");
    assertThat(body.select("a:not(.url)").eachAttr("href")).containsExactly("https://www.suzhou.gov.cn/notice");
  }

  @Test
  void linkAndImageUrlsArePercentEncodedAsCommonMarkSays(@TempDir Path dir) {
    // CommonMark 0.31 examples 502 and 603: a browser reads foo\bar as foo/bar
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        [a](/föö "föö") [b](foo\\bar) [c](https://host/已%20编码) ![图](/images/苏州 1.svg)
        -- static/images/苏州 1.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>
        """.replace("苏州 1.svg)", "苏州%201.svg)"));
    String page = site.read("public/news/2022/06/a/index.html");
    assertThat(page).contains("<a href=\"/f%C3%B6%C3%B6\" title=\"föö\">a</a>", "<a href=\"foo%5Cbar\">b</a>",
        "<a href=\"https://host/%E5%B7%B2%20%E7%BC%96%E7%A0%81\">c</a>",
        "<img src=\"/images/%E8%8B%8F%E5%B7%9E%201.svg\" alt=\"图\" />");
  }

  @Test
  void gfmTaskListsRenderAsCheckboxes(@TempDir Path dir) {
    var body = body(dir, """
        - [ ] 采访市民
        - [x] 联系地铁公司
        """);
    assertThat(body.select("li").eachText()).containsExactly("采访市民", "联系地铁公司");
    assertThat(body.select("li input[type=checkbox]")).hasSize(2);
    assertThat(body.select("li input[checked]")).hasSize(1);
    assertThat(body.select("input").eachAttr("disabled")).containsOnly("disabled");
    assertThat(body.text()).doesNotContain("[ ]", "[x]");
  }

  @Test
  void aHeadingNeverTakesTheIdOfTheMainElementOrOfAFootnote(@TempDir Path dir) {
    // the default theme's <main id="main"> (skip-link target) and the footnotes' fn-N / fnref-N
    // are on the same page: a duplicate id is invalid HTML and sends #main to the wrong place
    var site = TestSite.build(dir, CONFIG + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        见注释[^1]。

        ## Main

        ## FN 1

        ## fnref 1

        ## fn

        ## fn

        ## fn

        [^1]: 注释。
        """);
    var page = html(site, "public/news/2022/06/a/index.html");
    assertThat(page.select(".article-body h2").eachAttr("id"))
        .containsExactly("main-1", "fn-1-1", "fnref-1-1", "fn", "fn-2", "fn-3");
    var ids = page.select("[id]").eachAttr("id");
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(page.select("main#main")).hasSize(1);
  }

  @Test
  void strikethroughAndAutolinks(@TempDir Path dir) {
    var body = body(dir, """
        原价~~100元~~，详见 https://www.suzhou.gov.cn/notice 或 www.example.com 。
        """);
    assertThat(body.select("del").text()).isEqualTo("100元");
    assertThat(body.select("a").eachAttr("href")).contains("https://www.suzhou.gov.cn/notice");
    assertThat(body.select("a").eachText()).contains("https://www.suzhou.gov.cn/notice", "www.example.com");
  }

  @Test
  void footnotes(@TempDir Path dir) {
    var body = body(dir, """
        数据来自统计局[^1]。

        [^1]: 2022年统计公报。
        """);
    var ref = body.selectFirst("sup a.footnote-ref");
    assertThat(ref).isNotNull();
    String target = ref.attr("href").substring(1);
    assertThat(body.getElementById(target)).isNotNull();
    assertThat(body.getElementById(target).text()).contains("2022年统计公报。");
  }

  @Test
  void headingIdsAreNonEmptyAndUnique(@TempDir Path dir) {
    var body = body(dir, """
        ## 招生对象和时间

        ## 招生对象和时间

        ## Metro Line 8

        ## ？？？

        ## 🎉

        ## ！

        ### 1. 概况

        ## 招生对象和时间-1

        ## 𠮷野家
        """);
    var ids = body.select("h2, h3").eachAttr("id");
    assertThat(ids).containsExactly("招生对象和时间", "招生对象和时间-1", "metro-line-8", "section",
        "section-1", "section-2", "1-概况", "招生对象和时间-1-1", "𠮷野家");
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
  }

  @Test
  void rawHtmlPassesThrough(@TempDir Path dir) {
    var body = body(dir, """
        <div class="note" data-x="1">
        <p>编者按：<span style="color:red">重要</span></p>
        </div>

        正文里有 <kbd>Ctrl</kbd> 和 <video src="https://cdn.example/v.mp4" controls></video>。
        """);
    assertThat(body.select("div.note[data-x=1] span[style]").text()).isEqualTo("重要");
    assertThat(body.select("kbd").text()).isEqualTo("Ctrl");
    assertThat(body.select("video").attr("src")).isEqualTo("https://cdn.example/v.mp4");
  }

  @Test
  void rootRelativeLinksAndImagesAreKept(@TempDir Path dir) {
    var body = body(dir, """
        ![会场](/images/a.svg "现场") 见[本站](/news/)与[外站](https://example.com/)。
        -- static/images/a.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>
        """);
    assertThat(body.select("img").attr("src")).isEqualTo("/images/a.svg");
    assertThat(body.select("img").attr("alt")).isEqualTo("会场");
    assertThat(body.select("a").eachAttr("href")).containsExactly("/news/", "https://example.com/");
  }
}
