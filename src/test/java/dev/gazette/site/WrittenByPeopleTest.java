package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.newsArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies as newsroom writers write them, found in a black-box reading of built sites: URLs with
 * no space around them in Chinese prose, articles pasted from a WeChat editor as HTML, tables of
 * figures, note markers in brackets, footnotes and figure captions. What a reader sees on the page
 * is the text of the teaser, the description and the search index.
 */
class WrittenByPeopleTest {
  private static final String SEARCH_CONFIG = CONFIG.replace("title: 苏州都市网", "title: 苏州都市网\nsearch: true");
  private static final String PAGE = "public/news/2022/06/a/index.html";

  @Test
  void aBareUrlInChineseProseEndsWhereTheAsciiEnds(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + "-- content/a.md --\n" + newsArticle("办事指南", """
        详情请登录www.suzhou.gov.cn查询。

        官网：https://www.suzhou.gov.cn/zx/，或拨打12345。来信请寄联系news@suzhou.cn。

        英文句末的点不算：see https://example.com/a.html. 尖括号里的照旧：<https://example.com/苏州>。
        """));
    Document page = html(site, PAGE);
    assertThat(page.select("article a.url, .article-body a[href^=http], .article-body a[href^=mailto]").eachAttr("href"))
        .containsExactly("http://www.suzhou.gov.cn", "https://www.suzhou.gov.cn/zx/", "mailto:news@suzhou.cn",
            "https://example.com/a.html", "https://example.com/%E8%8B%8F%E5%B7%9E");
    assertThat(page.select(".article-body a").eachText()).containsExactly("www.suzhou.gov.cn",
        "https://www.suzhou.gov.cn/zx/", "news@suzhou.cn", "https://example.com/a.html", "https://example.com/苏州");
    // the words after a link are text again, as written
    assertThat(page.select(".article-body p").eachText()).contains("详情请登录www.suzhou.gov.cn查询。",
        "官网：https://www.suzhou.gov.cn/zx/，或拨打12345。来信请寄联系news@suzhou.cn。");
  }

  @Test
  void anArticlePastedAsHtmlHasATeaserADescriptionAndIsFound(@TempDir Path dir) {
    var site = TestSite.build(dir, SEARCH_CONFIG + "-- content/a.md --\n" + newsArticle("公众号粘贴", """
        <p style="text-align:justify">今年以来，园区累计新增市场主体两万余户&nbsp;。</p>
        <p style="text-align:justify">下一步，园区将<span style="color:red">继续</span>优化营商环境。</p>
        <script>var tracking = "不是正文";</script>
        <!-- 待核实：王局长手机 -->
        """));
    String description = html(site, PAGE).selectFirst("meta[name=description]").attr("content");
    assertThat(description).isEqualTo("今年以来，园区累计新增市场主体两万余户\u00a0。下一步，园区将继续优化营商环境。");
    site.assertFile("public/rss.xml", "<description>今年以来，园区累计新增市场主体两万余户");
    assertThat(searchTexts(site)).contains("园区累计新增市场主体两万余户").doesNotContain("不是正文", "王局长");
  }

  @Test
  void aTableIsCellsAndRowsInPlainTextWithoutItsDelimiterRow(@TempDir Path dir) {
    var site = TestSite.build(dir, SEARCH_CONFIG + "-- content/a.md --\n" + newsArticle("地铁时刻", """
        | 方向 | 首班车 | 末班车 |
        | --- | ---: | ---: |
        | 高铁新城站 | 06:00 | 22:30 |
        """));
    String description = html(site, PAGE).selectFirst("meta[name=description]").attr("content");
    assertThat(description).isEqualTo("方向 首班车 末班车 高铁新城站 06:00 22:30");
    assertThat(searchTexts(site)).contains("06:00 22:30").doesNotContain("---");
  }

  @Test
  void bracketsThatAreNoLinkStayAndAnAddressKeepsItsText(@TempDir Path dir) {
    var site = TestSite.build(dir, SEARCH_CONFIG + "-- content/a.md --\n" + newsArticle("统计", """
        据统计[1]，全市共有企业1,200家[2]（见图[表一][x]），未定义的注[^n]。详见<https://a.cn>，或写信news@a.cn。
        """));
    String description = html(site, PAGE).selectFirst("meta[name=description]").attr("content");
    assertThat(description).isEqualTo("据统计[1]，全市共有企业1,200家[2]（见图[表一][x]），未定义的注[^n]。详见https://a.cn，或写信news@a.cn。");
  }

  @Test
  void footnotesAndFigureCaptionsAreFoundButANoteNumberIsNoText(@TempDir Path dir) {
    var site = TestSite.build(dir, SEARCH_CONFIG + "-- content/a.md --\n" + newsArticle("推进会", """
        会议在园区召开[^1]。

        ![现场](https://img.example/a.jpg "推进会现场 摄影：赵焱")

        [^1]: 这是脚注内容。
        """));
    String description = html(site, PAGE).selectFirst("meta[name=description]").attr("content");
    assertThat(description).isEqualTo("会议在园区召开。推进会现场 摄影：赵焱 这是脚注内容。");
    assertThat(searchTexts(site)).contains("推进会现场", "这是脚注内容");
  }

  @Test
  void aSummaryWrittenOverSeveralLinesIsOneParagraph(@TempDir Path dir) {
    var site = TestSite.build(dir, SEARCH_CONFIG + Sites.article("content/a.md", "导读", "news", "2022-06-26",
        "summary: |\n  据苏州发布消息，\n  今年以来园区新增市场主体\n  两万余户。"));
    var page = html(site, "public/news/2022/06/a/index.html");
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("据苏州发布消息，今年以来园区新增市场主体两万余户。");
    site.assertFile("public/rss.xml", "<description>据苏州发布消息，今年以来园区新增市场主体两万余户。</description>");
  }

  private static String searchTexts(TestSite site) {
    try (var files = Files.list(site.dir().resolve("public/search/f"))) {
      var sb = new StringBuilder();
      for (Path p : (Iterable<Path>) files::iterator) {
        sb.append(Files.readString(p));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
