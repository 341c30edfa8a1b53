package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §6 through whole builds: teasers, reading time, CJK line joining. */
class ChineseTextTest {
  private static String site(int summaryLength, String frontMatter, String body) {
    return CONFIG.replace("timezone:", "summaryLength: " + summaryLength + "\ntimezone:") + """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 赵焱
        """ + frontMatter + "---\n" + body;
  }

  private static String teaser(TestSite site) {
    return html(site, "public/news/index.html").select(".teaser-summary").text();
  }

  @Test
  void theSummaryIsTheTeaser(@TempDir Path dir) {
    var site = TestSite.build(dir, site(10, "summary: 这是编辑写的导读，比摘要长度更长也照样完整显示。\n", "正文第一句。正文第二句。\n"));
    assertThat(teaser(site)).isEqualTo("这是编辑写的导读，比摘要长度更长也照样完整显示。");
    site.assertFile("public/rss.xml", "<description>这是编辑写的导读，比摘要长度更长也照样完整显示。</description>");
  }

  @Test
  void withoutASummaryTheTextBeforeMoreIsTheTeaser(@TempDir Path dir) {
    var site = TestSite.build(dir, site(120, "", """
        第一段**重点**内容。

        第二段也在导读里！

        <!--more-->

        第三段不在导读里。
        """));
    assertThat(teaser(site)).isEqualTo("第一段重点内容。第二段也在导读里！");
    // the marker itself is not shown, the whole body is
    var body = html(site, "public/news/2022/06/a/index.html").select(".article-body");
    assertThat(body.text()).contains("第一段", "第三段不在导读里。");
  }

  @Test
  void otherwiseThePlainTextIsCutAtTheLastSentenceEndWithAnEllipsis(@TempDir Path dir) {
    var site = TestSite.build(dir, site(25, "", """
        ## 小标题

        苏州工业园区召开推进会。**会议**强调[创新](https://example.com/)！之后还有很长很长的一段文字没有句号
        """));
    assertThat(teaser(site)).isEqualTo("小标题 苏州工业园区召开推进会。会议强调创新！");
  }

  @Test
  void noEllipsisWhenTheTextFits(@TempDir Path dir) {
    var site = TestSite.build(dir, site(120, "", "苏州工业园区召开推进会。\n"));
    assertThat(teaser(site)).isEqualTo("苏州工业园区召开推进会。");
  }

  @Test
  void aCharacterOutsideTheBmpAtTheBoundaryIsNeverSplit(@TempDir Path dir) {
    var site = TestSite.build(dir, site(10, "", "一二三四五六七八九𠮷😀好运连连\n"));
    assertThat(teaser(site)).isEqualTo("一二三四五六七八九𠮷…");
    site.assertFile("public/rss.xml", "<description>一二三四五六七八九𠮷…</description>");
  }

  @Test
  void readingTimeCountsCjkAndLatinSeparately(@TempDir Path dir) {
    // 1,000 CJK characters (2.5 minutes) and 100 Latin words (0.5 minutes): 3 minutes
    String body = "苏州工业园区创新".repeat(125) + "\n\n" + "Suzhou industrial park ".repeat(33) + "news\n";
    var site = TestSite.build(dir, site(120, "", body));
    assertThat(html(site, "public/news/2022/06/a/index.html").select(".meta-reading").text()).isEqualTo("阅读约 3 分钟");
  }

  @Test
  void aSoftBreakBetweenCjkCharactersRendersAsNothing(@TempDir Path dir) {
    var site = TestSite.build(dir, site(120, "", """
        苏州
        工业园区召开推进会，
        会议强调创新。English words
        wrap with a space.
        中文接
        English 与中文之间保留换行。

        > 引用里的
        > 中文也连起来。

        - 列表里的
          中文也连起来
        """));
    String body = site.read("public/news/2022/06/a/index.html");
    assertThat(body).contains("苏州工业园区召开推进会，会议强调创新。English words\nwrap with a space.");
    assertThat(body).contains("中文接\nEnglish 与中文之间保留换行。");
    assertThat(body).contains("引用里的中文也连起来。", "列表里的中文也连起来");
    assertThat(teaser(site)).startsWith("苏州工业园区召开推进会，会议强调创新。English words wrap with a space.");
  }

  @Test
  void aSoftBreakNextToMarkupOrPunctuationJoinsToo(@TempDir Path dir) {
    var site = TestSite.build(dir, site(120, "", """
        **苏州**
        工业园区，
        “[金鸡湖](https://example.com/)”
        畔的`代码`
        文字。
        """));
    String page = site.read("public/news/2022/06/a/index.html");
    assertThat(page).contains("<strong>苏州</strong>工业园区，“<a href=\"https://example.com/\">金鸡湖</a>”畔的<code>代码</code>文字。");
  }

  @Test
  void aSpaceTheWriterTypedBetweenChineseWordsStays(@TempDir Path dir) {
    var site = TestSite.build(dir, site(120, "", "苏报讯（记者 赵焱）昨天 上午，会议召开。\n"));
    assertThat(teaser(site)).isEqualTo("苏报讯（记者 赵焱）昨天 上午，会议召开。");
  }
}
