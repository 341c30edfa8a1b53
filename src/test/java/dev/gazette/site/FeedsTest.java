package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** RSS for the site, each channel and each tag; Atom and JSON Feed beside them when asked. */
class FeedsTest {
  private static final String ALL_FORMATS =
      CONFIG.replace("timezone:", "feed: {items: 50, formats: [rss, atom, json]}\ntimezone:");

  @Test
  void aChannelFeedIncludesItsSubChannelsAndNothingElse(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG
        + article("content/a.md", "资讯", "news", "2022-06-20")
        + article("content/b.md", "苏州", "news/suzhou", "2022-06-22")
        + article("content/c.md", "国内", "news/china", "2022-06-21")
        + article("content/d.md", "房产", "house", "2022-06-23"));
    assertThat(titles(site.read("public/news/rss.xml"))).containsExactly("苏州", "国内", "资讯");
    assertThat(titles(site.read("public/news/suzhou/rss.xml"))).containsExactly("苏州");
    assertThat(titles(site.read("public/house/rss.xml"))).containsExactly("房产");
    assertThat(titles(site.read("public/rss.xml"))).containsExactly("房产", "苏州", "国内", "资讯");
    site.assertFile("public/news/rss.xml",
        "<title>苏州都市网 - 资讯中心</title>",
        "<link>https://news.example/news/</link>",
        "<atom:link href=\"https://news.example/news/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>");
    // RSS only, by default
    site.assertNoFile("public/atom.xml");
    site.assertNoFile("public/feed.json");
  }

  @Test
  void aFeedHoldsAtMostFeedItemsNewestFirst(@TempDir Path dir) {
    var text = new StringBuilder(CONFIG.replace("timezone:", "feed: {items: 3}\ntimezone:"));
    for (int i = 1; i <= 5; i++) {
      text.append(article("content/a" + i + ".md", "新闻" + i, "news/suzhou", "2022-06-2" + i, "tags: [民生]"));
    }
    var site = TestSite.build(dir, text.toString());
    for (String feed : List.of("public/rss.xml", "public/news/rss.xml", "public/news/suzhou/rss.xml", "public/tags/民生/rss.xml")) {
      assertThat(titles(site.read(feed))).as(feed).containsExactly("新闻5", "新闻4", "新闻3");
    }
  }

  @Test
  void atomAndJsonFeedsStandBesideEveryRssFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, ALL_FORMATS
        + article("content/a.md", "苏州新闻", "news/suzhou", "2022-06-26 17:05",
            "author: [赵焱, 张叶]", "tags: [地铁]", "image: /images/a.jpg", "updated: 2022-06-27 08:00")
        + "-- static/images/a.jpg --\n@image 40x30\n");
    for (String d : List.of("", "news/", "news/suzhou/", "house/", "tags/地铁/")) {
      for (String f : List.of("rss.xml", "atom.xml", "feed.json")) {
        assertThat(site.exists("public/" + d + f)).as(d + f).isTrue();
      }
    }
    String atom = site.read("public/news/atom.xml");
    parseXml(atom);
    assertThat(atom).contains(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">",
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example/news/atom.xml\"/>",
        "<id>https://news.example/news/suzhou/2022/06/a/</id>",
        "<published>2022-06-26T17:05:00+08:00</published>",
        "<updated>2022-06-27T08:00:00+08:00</updated>",
        "<author><name>赵焱</name></author>",
        "<author><name>张叶</name></author>",
        "<category term=\"地铁\"/>");
    // the photo's widest derivative (content-hashed), not the original's URL
    assertThat(atom).containsPattern("<link rel=\"enclosure\" href=\"https://news.example/images/a-[0-9a-f]{10}-40\\.jpg\" type=\"image/jpeg\"/>");
    String json = site.read("public/feed.json");
    assertThat(json).contains(
        "\"version\": \"https://jsonfeed.org/version/1.1\"",
        "\"feed_url\": \"https://news.example/feed.json\"",
        "\"id\": \"https://news.example/news/suzhou/2022/06/a/\"",
        "\"date_published\": \"2022-06-26T17:05:00+08:00\"",
        "\"date_modified\": \"2022-06-27T08:00:00+08:00\"",
        "\"authors\": [{\"name\": \"赵焱\"}, {\"name\": \"张叶\"}]",
        "\"tags\": [\"地铁\"]");
    assertThat(json).containsPattern("\"image\": \"https://news.example/images/a-[0-9a-f]{10}-40\\.jpg\"");
    assertThat(site.read("public/house/feed.json")).contains("\"items\": []");
  }

  @Test
  void onlyTheAskedFormatsAreWritten(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "feed: {formats: [atom]}\ntimezone:")
        + article("content/a.md", "新闻", "news", "2022-06-26"));
    site.assertFile("public/atom.xml", "<title>新闻</title>");
    site.assertNoFile("public/rss.xml");
    site.assertNoFile("public/feed.json");
  }

  @Test
  void feedsAreWellFormedWhateverTheTextHolds(@TempDir Path dir) {
    var site = TestSite.build(dir, ALL_FORMATS + """
        -- content/a.md --
        ---
        title: "A&B <公司> \\"引号\\" ]]> 结束"
        channel: news
        date: 2022-06-26
        source: "X&Y"
        author: "王<五>"
        tags: ["R&D"]
        summary: "摘要 <b>不是</b> HTML & ]]>"
        ---
        正文里有 ]]> 和 <span>HTML</span> & 符号。
        """);
    Document rss = parseXml(site.read("public/rss.xml"));
    assertThat(rss.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("A&B <公司> \"引号\" ]]> 结束");
    // an item's description is HTML to a reader: the plain summary arrives as HTML that shows it as written
    assertThat(rss.getElementsByTagName("description").item(1).getTextContent())
        .isEqualTo("摘要 &lt;b&gt;不是&lt;/b&gt; HTML &amp; ]]&gt;");
    assertThat(rss.getElementsByTagName("content:encoded").item(0).getTextContent())
        .isEqualTo("<p>正文里有 ]]&gt; 和 <span>HTML</span> &amp; 符号。</p>\n");
    parseXml(site.read("public/atom.xml"));
    parseXml(site.read("public/tags/r&d/rss.xml"));
    assertThat(site.read("public/feed.json")).contains("\"title\": \"A&B <公司> \\\"引号\\\" ]]> 结束\"");
  }

  @Test
  void linksToAPlaceInTheArticleAreAbsoluteInEveryFormat(@TempDir Path dir) {
    // a footnote's href="#fn-1" resolves against the feed (or nowhere) in a reader, and feed
    // validators flag relative references in content
    var site = TestSite.build(dir, ALL_FORMATS.replace("https://news.example/", "https://news.example/portal/") + """
        -- content/a.md --
        ---
        title: 脚注
        channel: news/suzhou
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        数据来自统计局[^1]，见[上文](#概况)与[本站](/news/)。

        [^1]: 2022年统计公报。
        """);
    String page = "https://news.example/portal/news/suzhou/2022/06/a/";
    String rss = site.read("public/rss.xml");
    assertThat(rss).contains("href=\"" + page + "#fn-1\"", "href=\"" + page + "#fnref-1\"",
        // percent-encoded as CommonMark says; a browser decodes it to find id="概况"
        "href=\"" + page + "#%E6%A6%82%E5%86%B5\"", "href=\"https://news.example/portal/news/\"");
    assertThat(rss).doesNotContain("href=\"#");
    String atom = site.read("public/atom.xml");
    assertThat(atom).contains("href=&quot;" + page + "#fn-1&quot;").doesNotContain("href=&quot;#");
    String json = site.read("public/feed.json");
    assertThat(json).contains("href=\\\"" + page + "#fn-1\\\"").doesNotContain("href=\\\"#");
    // the page itself keeps the short in-page links
    assertThat(site.read("public/news/suzhou/2022/06/a/index.html")).contains("href=\"#fn-1\"");
  }

  static List<String> titles(String rss) {
    var out = new ArrayList<String>();
    var m = Pattern.compile("<item>\\s*<title>([^<]*)</title>").matcher(rss);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static Document parseXml(String xml) {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
