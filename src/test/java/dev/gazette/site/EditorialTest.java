package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.StrictJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editorial fields, corrections and special topics (专题), as pages, feeds and structured data show them. */
class EditorialTest {
  static final String REPRINT = article("content/news/suzhou/rail.md", "铁路客流高位运行", "news/suzhou", "2022-06-26 17:05",
      "source: 新华社", "author: 本网综合", "editor: [王敏, 李娜]", "originalTitle: 全国铁路发送旅客超1.8亿人次",
      "originalAuthor: 新华社记者 刘明", "sourceUrl: https://origin.example/rail/1.html", "tags: [交通]");

  static final String CORRECTED = article("content/news/suzhou/metro.md", "地铁8号线试运行", "news/suzhou", "2022-06-20 09:30",
      "editor: 王敏", "updated: 2022-06-21 08:00", "corrections:",
      "  - {date: 2022-06-23 10:00, text: 车站数量应为27座，已更正。}",
      "  - {date: 2022-06-22 10:00, text: 首班车时间有误。}");

  @Test
  void editorialFieldsAreShownOnTheArticleAndItsEditorsHavePages(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + REPRINT);
    var doc = html(site, "public/news/suzhou/2022/06/rail/index.html");
    assertThat(doc.select(".article-editor").text()).isEqualTo("【责任编辑：王敏、李娜】");
    assertThat(doc.select(".article-editor a").eachAttr("href"))
        .containsExactly("/editors/%E7%8E%8B%E6%95%8F/", "/editors/%E6%9D%8E%E5%A8%9C/");
    // printed at the article's end, after the body
    assertThat(doc.selectFirst(".article-editor").elementSiblingIndex())
        .isGreaterThan(doc.selectFirst(".article-body").elementSiblingIndex());
    assertThat(doc.select(".original-title").text()).isEqualTo("原标题：全国铁路发送旅客超1.8亿人次");
    assertThat(doc.select(".meta-original-author").text()).isEqualTo("原作者：新华社记者 刘明");
    assertThat(doc.select(".meta-source a").attr("href")).isEqualTo("https://origin.example/rail/1.html");
    var editorPage = html(site, "public/editors/王敏/index.html");
    assertThat(editorPage.select("h1").text()).isEqualTo("责任编辑：王敏");
    assertThat(editorPage.select(".teaser-title").text()).isEqualTo("铁路客流高位运行");
    assertThat(site.read("public/sitemap.xml")).contains("https://news.example/editors/%E7%8E%8B%E6%95%8F/");
  }

  @Test
  void theOriginalTitleIsShownOnlyWhenItDiffers(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "同一标题", "news", "2022-06-26", "originalTitle: 同一标题"));
    assertThat(html(site, "public/news/2022/06/a/index.html").select(".original-title")).isEmpty();
  }

  @Test
  void editorialFieldsReachTheFeeds(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "feed: {formats: [rss, atom, json]}\ntimezone:") + REPRINT);
    assertThat(site.read("public/rss.xml")).contains("<dc:contributor>王敏</dc:contributor>",
        "<dc:contributor>李娜</dc:contributor>", "<dc:source>https://origin.example/rail/1.html</dc:source>");
    // RSS <source url> names the feed the item came from, which the site does not know: never the
    // original's web page (the W3C validator reads dc:source as text, and would flag both together)
    assertThat(site.read("public/rss.xml")).doesNotContain("<source");
    assertThat(site.read("public/atom.xml")).contains("<contributor><name>王敏</name></contributor>");
    @SuppressWarnings("unchecked")
    var item = ((List<Map<String, Object>>) StrictJson.object(site.read("public/feed.json")).get("items")).get(0);
    assertThat(item.get("_gazette")).isEqualTo(Map.of("source", "新华社", "editors", List.of("王敏", "李娜"),
        "original_title", "全国铁路发送旅客超1.8亿人次", "original_author", "新华社记者 刘明",
        "source_url", "https://origin.example/rail/1.html"));
  }

  @Test
  void requireEditorMakesAMissingEditorAnErrorWithItsPosition(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG.replace("timezone:", "requireEditor: true\ntimezone:")
        + article("content/a.md", "无编辑", "news", "2022-06-26")
        + article("content/b.md", "空编辑", "news", "2022-06-26", "editor: \"\"")
        + article("content/c.md", "有编辑", "news", "2022-06-26", "editor: 王敏")
        + "-- content/about.md --\n---\ntitle: 关于\nlayout: page\n---\n正文\n").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:1:1: error: missing field \"editor\"", "requireEditor", "hint: add editor:");
    site.assertDiagnostic("content/b.md:7:1: error: \"editor\" is empty");
    assertThat(site.diagnosticText()).doesNotContain("content/c.md", "content/about.md");
  }

  @Test
  void aBadSourceUrlOrCorrectionIsAnErrorWithItsPosition(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "甲", "news", "2022-06-26", "sourceUrl: www.example.com/x")
        + article("content/b.md", "乙", "news", "2022-06-26", "corrections:", "  - {date: 2022-13-01, text: 更正}")
        + article("content/c.md", "丙", "news", "2022-06-26", "corrections:", "  - {text: 没有日期}")
        + article("content/d.md", "丁", "news", "2022-06-26", "sourceUrl: https://www.news.cn/a b.htm")).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:12: error: sourceUrl \"www.example.com/x\" is not an absolute http(s) URL");
    site.assertDiagnostic("content/b.md:8:12: error: impossible date \"2022-13-01\"");
    site.assertDiagnostic("content/c.md:8:", "a correction needs a date and a text");
    site.assertDiagnostic("content/d.md:7:12: error: sourceUrl \"https://www.news.cn/a b.htm\" has a space in it",
        "hint: copy the address from the browser's address bar, or write the space as %20");
  }

  @Test
  void correctionsAreShownAboveTheBodyAndMoveEveryModifiedDate(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "feed: {formats: [rss, atom, json]}\ntimezone:") + CORRECTED);
    var doc = html(site, "public/news/suzhou/2022/06/metro/index.html");
    assertThat(doc.select(".corrections li").eachText())
        .containsExactly("2022-06-22 10:00 首班车时间有误。", "2022-06-23 10:00 车站数量应为27座，已更正。");
    assertThat(doc.select(".corrections time").eachAttr("datetime"))
        .containsExactly("2022-06-22T10:00:00+08:00", "2022-06-23T10:00:00+08:00");
    assertThat(doc.selectFirst(".corrections").elementSiblingIndex())
        .isLessThan(doc.selectFirst(".article-body").elementSiblingIndex());
    assertThat(doc.select("meta[property=article:modified_time]").attr("content")).isEqualTo("2022-06-23T10:00:00+08:00");
    var news = jsonLd(doc).get(0);
    assertThat(news.get("dateModified")).isEqualTo("2022-06-23T10:00:00+08:00");
    assertThat(news.get("datePublished")).isEqualTo("2022-06-20T09:30:00+08:00");
    assertThat(news.get("correction")).isEqualTo(List.of(
        Map.of("@type", "CorrectionComment", "text", "首班车时间有误。", "datePublished", "2022-06-22T10:00:00+08:00"),
        Map.of("@type", "CorrectionComment", "text", "车站数量应为27座，已更正。", "datePublished", "2022-06-23T10:00:00+08:00")));
    assertThat(site.read("public/sitemap.xml"))
        .contains("<loc>https://news.example/news/suzhou/2022/06/metro/</loc><lastmod>2022-06-23T10:00:00+08:00</lastmod>");
    assertThat(site.read("public/atom.xml")).contains("<updated>2022-06-23T10:00:00+08:00</updated>");
    assertThat(site.read("public/rss.xml")).contains("<lastBuildDate>Thu, 23 Jun 2022 10:00:00 +0800</lastBuildDate>");
    assertThat(site.read("public/feed.json")).contains("\"date_modified\": \"2022-06-23T10:00:00+08:00\"");
    // a reader that fetches the item again for its new date gets the notice with the corrected text
    String notice = "<aside class=\"corrections\"><p><strong>更正</strong></p><ul><li>2022-06-22 10:00 首班车时间有误。</li>"
        + "<li>2022-06-23 10:00 车站数量应为27座，已更正。</li></ul></aside>";
    assertThat(site.read("public/rss.xml")).contains("<content:encoded><![CDATA[" + notice + "\n<p>地铁8号线试运行的正文。</p>");
    assertThat(site.read("public/atom.xml")).contains("<content type=\"html\">&lt;aside class=&quot;corrections&quot;&gt;");
    @SuppressWarnings("unchecked")
    var item = ((List<Map<String, Object>>) StrictJson.object(site.read("public/feed.json")).get("items")).get(0);
    assertThat((String) item.get("content_html")).startsWith(notice);
    @SuppressWarnings("unchecked")
    var extension = (Map<String, Object>) item.get("_gazette");
    assertThat(extension.get("corrections")).isEqualTo(List.of(
        Map.of("date", "2022-06-22T10:00:00+08:00", "text", "首班车时间有误。"),
        Map.of("date", "2022-06-23T10:00:00+08:00", "text", "车站数量应为27座，已更正。")));
  }

  static final String TOPIC_CONFIG = CONFIG.replace("timezone:", "paginate: 2\ntopics: [metro]\ntimezone:");
  static final String TOPIC = """
      -- content/topics/metro.md --
      ---
      title: 地铁8号线专题
      layout: topic
      slug: metro
      summary: 8号线建设全记录。
      image: /images/metro.svg
      ---
      8号线是苏州第一条**环线**。
      """;

  @Test
  void aTopicPageListsItsArticlesNewestFirstPaginatedWithItsOwnFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, TOPIC_CONFIG + TOPIC
        + article("content/a.md", "开工", "news/suzhou", "2022-01-01", "topics: [metro]")
        + article("content/b.md", "试运行", "news/suzhou", "2022-06-01", "topics: [metro]")
        + article("content/c.md", "开通", "house", "2022-12-01", "topics: [metro]")
        + article("content/d.md", "别的新闻", "news/suzhou", "2022-12-02"));
    var doc = html(site, "public/topics/metro/index.html");
    assertThat(doc.select("h1").text()).isEqualTo("地铁8号线专题");
    assertThat(doc.select(".topic-intro").html()).contains("<strong>环线</strong>");
    assertThat(doc.select(".topic-image").attr("src")).isEqualTo("/images/metro.svg");
    assertThat(doc.select(".teaser-title").eachText()).containsExactly("开通", "试运行");
    assertThat(html(site, "public/topics/metro/page/2/index.html").select(".teaser-title").eachText()).containsExactly("开工");
    String rss = site.read("public/topics/metro/rss.xml");
    assertThat(rss).contains("<title>苏州都市网 - 地铁8号线专题</title>").doesNotContain("别的新闻");
    assertThat(rss.indexOf("开通")).isLessThan(rss.indexOf("试运行"));
    assertThat(doc.select("link[rel=alternate]").attr("href")).isEqualTo("/topics/metro/rss.xml");
    assertThat(doc.select("link[rel=alternate]").attr("title")).isEqualTo("苏州都市网 · 地铁8号线专题");
    // linked from the channel bar (topics: in site-config.yml) and from its articles
    assertThat(html(site, "public/index.html").select(".channels .topic a").eachAttr("href")).containsExactly("/topics/metro/");
    var article = html(site, "public/news/suzhou/2022/06/b/index.html");
    assertThat(article.select(".topics a").eachText()).containsExactly("地铁8号线专题");
    assertThat(site.read("public/sitemap.xml")).contains("<loc>https://news.example/topics/metro/</loc>");
    // a topic is not a footer page
    assertThat(doc.select(".footer-links a").eachText()).doesNotContain("地铁8号线专题");
    var ld = jsonLd(doc);
    assertThat(ld.get(0).get("@type")).isEqualTo("CollectionPage");
    assertThat(crumbs(ld.get(1))).containsExactly("首页", "地铁8号线专题");
  }

  @Test
  void anUnknownTopicIsAnErrorWithADidYouMean(@TempDir Path dir) {
    var site = TestSite.write(dir, TOPIC_CONFIG.replace("topics: [metro]", "topics: [metor]") + TOPIC
        + article("content/a.md", "开工", "news", "2022-01-01", "topics: [mtero]")).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:9: error: unknown topic \"mtero\"", "did you mean \"metro\"");
    site.assertDiagnostic("site-config.yml", "unknown topic \"metor\"", "did you mean \"metro\"");
  }

  @Test
  void editingAnArticleOfATopicRebuildsTheTopicPageAndFeed(@TempDir Path dir) {
    var site = TestSite.build(dir, TOPIC_CONFIG + TOPIC
        + article("content/a.md", "开工", "news/suzhou", "2022-01-01", "topics: [metro]"));
    site.edit("content/a.md", "title: 开工", "title: 正式开工").rebuild();
    assertThat(html(site, "public/topics/metro/index.html").select(".teaser-title").eachText()).containsExactly("正式开工");
    assertThat(site.read("public/topics/metro/rss.xml")).contains("正式开工");
    site.edit("content/topics/metro.md", "是苏州第一条", "是第一条").rebuild();
    assertThat(html(site, "public/topics/metro/index.html").select(".topic-intro").text()).isEqualTo("8号线是第一条环线。");
    site.edit("content/topics/metro.md", "title: 地铁8号线专题", "title: 八号线").rebuild();
    assertThat(html(site, "public/news/suzhou/2022/01/a/index.html").select(".topics a").eachText()).containsExactly("八号线");
    site.edit("content/a.md", "topics: [metro]", "editor: 李娜").rebuild();
    assertThat(html(site, "public/topics/metro/index.html").select(".teaser-title")).isEmpty();
    assertThat(site.exists("public/editors/李娜/index.html")).isTrue();
  }

  @Test
  void structuredDataOfAnArticleIsANewsArticleAndABreadcrumb(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "logo: /images/logo.png\ntimezone:")
        + article("content/news/suzhou/x.md", "标题</script><!-- <script>alert(1)</script>", "news/suzhou", "2022-06-26 17:05",
            "author: [赵焱, 张叶]", "editor: 王敏", "image: /images/a.jpg", "tags: [交通, 民生]", "summary: 导语</script>")
        + "-- static/images/a.jpg --\n@image 40x30\n");
    var doc = html(site, "public/news/suzhou/2022/06/x/index.html");
    var scripts = doc.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    String raw = scripts.first().data();
    assertThat(raw).doesNotContain("</script", "<!--", "<script");
    // the page holds exactly the one ld+json script: the title did not end it early
    assertThat(doc.head().select("script")).hasSize(1);
    var ld = jsonLd(doc);
    var news = ld.get(0);
    assertThat(news.get("@context")).isEqualTo("https://schema.org");
    assertThat(news.get("@type")).isEqualTo("NewsArticle");
    assertThat(news.get("headline")).isEqualTo("标题</script><!-- <script>alert(1)</script>");
    assertThat(news.get("description")).isEqualTo("导语</script>");
    assertThat(news.get("datePublished")).isEqualTo("2022-06-26T17:05:00+08:00");
    assertThat(news.get("dateModified")).isEqualTo("2022-06-26T17:05:00+08:00");
    assertThat(news.get("author")).isEqualTo(List.of(
        Map.of("@type", "Person", "name", "赵焱", "url", "https://news.example/authors/%E8%B5%B5%E7%84%B1/"),
        Map.of("@type", "Person", "name", "张叶", "url", "https://news.example/authors/%E5%BC%A0%E5%8F%B6/")));
    assertThat(news.get("editor")).isEqualTo(List.of(
        Map.of("@type", "Person", "name", "王敏", "url", "https://news.example/editors/%E7%8E%8B%E6%95%8F/")));
    assertThat(news.get("publisher")).isEqualTo(Map.of("@type", "Organization", "name", "苏州都市网",
        "url", "https://news.example/", "logo", Map.of("@type", "ImageObject", "url", "https://news.example/images/logo.png")));
    assertThat((List<?>) news.get("image")).singleElement().asString().matches("https://news.example/images/a-[0-9a-f]{10}-40\\.jpg");
    assertThat(news.get("articleSection")).isEqualTo("苏州资讯");
    assertThat(news.get("keywords")).isEqualTo(List.of("交通", "民生"));
    assertThat(news.get("inLanguage")).isEqualTo("zh-CN");
    assertThat(news.get("mainEntityOfPage")).isEqualTo(Map.of("@type", "WebPage", "@id", "https://news.example/news/suzhou/2022/06/x/"));
    assertThat(news.get("isAccessibleForFree")).isEqualTo(true);
    assertThat(ld.get(1).get("@type")).isEqualTo("BreadcrumbList");
    assertThat(crumbs(ld.get(1))).containsExactly("首页", "资讯中心", "苏州资讯", "标题</script><!-- <script>alert(1)</script>");
    // Open Graph and Twitter
    assertThat(doc.select("meta[property=og:image]").attr("content")).matches("https://news.example/images/a-[0-9a-f]{10}-40\\.jpg");
    assertThat(doc.select("meta[property=article:section]").attr("content")).isEqualTo("苏州资讯");
    assertThat(doc.select("meta[property=article:tag]").eachAttr("content")).containsExactly("交通", "民生");
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("标题</script><!-- <script>alert(1)</script>");
  }

  @Test
  void channelAndTagPagesAreCollectionPagesWithBreadcrumbs(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news/suzhou", "2022-06-26", "tags: [交通]"));
    var channel = jsonLd(html(site, "public/news/suzhou/index.html"));
    assertThat(channel.get(0).get("@type")).isEqualTo("CollectionPage");
    assertThat(channel.get(0).get("name")).isEqualTo("苏州资讯");
    assertThat(channel.get(0).get("url")).isEqualTo("https://news.example/news/suzhou/");
    assertThat(crumbs(channel.get(1))).containsExactly("首页", "资讯中心", "苏州资讯");
    var tagDoc = html(site, "public/tags/交通/index.html");
    var tag = jsonLd(tagDoc);
    assertThat(tag.get(0).get("@type")).isEqualTo("CollectionPage");
    assertThat(crumbs(tag.get(1))).containsExactly("首页", "交通");
    assertThat(tagDoc.select(".breadcrumb li").eachText()).containsExactly("首页", "> 标签：交通");
    assertThat(html(site, "public/authors/赵焱/index.html").select("script[type=application/ld+json]")).isEmpty();
  }

  @Test
  void everyConfiguredFeedIsAdvertisedTitledWithThePagesName(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG.replace("timezone:", "feed: {formats: [rss, atom, json]}\ntimezone:")
        + article("content/a.md", "新闻", "news/suzhou", "2022-06-26", "tags: [交通]"));
    var channel = html(site, "public/news/suzhou/index.html").select("link[rel=alternate]");
    assertThat(channel.eachAttr("type")).containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
    assertThat(channel.eachAttr("href")).containsExactly("/news/suzhou/rss.xml", "/news/suzhou/atom.xml", "/news/suzhou/feed.json");
    assertThat(channel.eachAttr("title")).containsOnly("苏州都市网 · 苏州资讯");
    assertThat(html(site, "public/news/suzhou/2022/06/a/index.html").select("link[rel=alternate]").eachAttr("title"))
        .containsOnly("苏州都市网 · 苏州资讯");
    assertThat(html(site, "public/tags/交通/index.html").select("link[rel=alternate]").eachAttr("href"))
        .containsExactly("/tags/%E4%BA%A4%E9%80%9A/rss.xml", "/tags/%E4%BA%A4%E9%80%9A/atom.xml", "/tags/%E4%BA%A4%E9%80%9A/feed.json");
    var home = html(site, "public/index.html").select("link[rel=alternate]");
    assertThat(home.eachAttr("title")).containsOnly("苏州都市网");
    assertThat(home.eachAttr("href")).containsExactly("/rss.xml", "/atom.xml", "/feed.json");
  }

  @Test
  void taglineAndDescriptionComeFromTheConfig(@TempDir Path dir) {
    var plain = TestSite.build(dir.resolve("plain"), CONFIG + article("content/a.md", "新闻", "news", "2022-06-26"));
    var home = html(plain, "public/index.html");
    assertThat(home.select(".tagline")).isEmpty();
    assertThat(home.text()).doesNotContain("权威发布");
    var own = TestSite.build(dir.resolve("own"), CONFIG.replace("timezone:", "tagline: 昆山人的新闻\ndescription: 昆山本地资讯。\ntimezone:")
        + article("content/a.md", "新闻", "news", "2022-06-26"));
    var doc = html(own, "public/index.html");
    assertThat(doc.select(".tagline").text()).isEqualTo("昆山人的新闻");
    assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo("昆山本地资讯。");
    assertThat(doc.select("meta[property=og:description]").attr("content")).isEqualTo("昆山本地资讯。");
  }

  @Test
  void theNotFoundPageHasNoCanonicalLink(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/a.md", "新闻", "news", "2022-06-26"));
    assertThat(html(site, "public/404.html").select("link[rel=canonical]")).isEmpty();
    assertThat(html(site, "public/index.html").select("link[rel=canonical]")).hasSize(1);
  }

  @Test
  void localImagesGetTheirWidthAndHeightAndListImagesLoadLazily(@TempDir Path dir) throws Exception {
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
    var site = TestSite.write(dir, CONFIG
        + article("content/a.md", "甲", "news", "2022-06-26", "image: /images/a.png", "headline: true")
        + article("content/b.md", "乙", "news", "2022-06-25", "image: /images/b.svg")
        + article("content/c.md", "丙", "news", "2022-06-24", "image: https://cdn.example/c.jpg")
        + "-- static/images/b.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"/>\n");
    site.putBytes("static/images/a.png", png.toByteArray()).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    var a = html(site, "public/news/2022/06/a/index.html").selectFirst(".article-image img");
    assertThat(a.attr("width") + "x" + a.attr("height")).isEqualTo("64x36");
    var list = html(site, "public/news/index.html");
    assertThat(list.select(".teaser-thumb img").eachAttr("width")).containsExactly("64", "640");
    assertThat(list.select(".teaser-thumb img").eachAttr("loading")).containsOnly("lazy");
    assertThat(html(site, "public/news/2022/06/c/index.html").selectFirst(".article-image img").hasAttr("width")).isFalse();
    assertThat(html(site, "public/index.html").selectFirst(".headline-image img").attr("height")).isEqualTo("36");
    // a new size reaches the pages on the next build
    site.put("static/images/b.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"180\"/>\n").rebuild();
    assertThat(html(site, "public/news/index.html").select(".teaser-thumb img").eachAttr("width")).containsExactly("64", "320");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> jsonLd(Document doc) {
    return (List<Map<String, Object>>) StrictJson.parse(doc.select("script[type=application/ld+json]").first().data());
  }

  @SuppressWarnings("unchecked")
  static List<Object> crumbs(Map<String, Object> breadcrumb) {
    var items = (List<Map<String, Object>>) breadcrumb.get("itemListElement");
    for (int i = 0; i < items.size(); i++) {
      assertThat(items.get(i).get("position")).isEqualTo((long) (i + 1));
    }
    return items.stream().map(m -> m.get("name")).toList();
  }
}
