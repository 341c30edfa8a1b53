package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static dev.gazette.site.Sites.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandalonePageTest {
  @Test
  void aPageNeedsOnlyATitleAndLivesAtItsPath(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/news/a.md", "新闻", "news", "2022-06-20") + """
        -- content/about.md --
        ---
        title: 关于我们
        layout: page
        ---
        苏州都市网创办于2001年。
        -- content/help/faq.md --
        ---
        title: 常见问题
        layout: page
        slug: questions
        ---
        问：如何投稿？
        """);
    var about = html(site, "public/about/index.html");
    assertThat(about.select("h1").text()).isEqualTo("关于我们");
    assertThat(about.select(".article-body").text()).isEqualTo("苏州都市网创办于2001年。");
    assertThat(about.select(".breadcrumb, .article-meta, .prev-next")).isEmpty();
    assertThat(about.title()).isEqualTo("关于我们 - 苏州都市网");
    site.assertFile("public/help/questions/index.html", "常见问题", "如何投稿");

    // pages are not news: no feed item, no channel or home listing, but in the sitemap
    assertThat(site.read("public/rss.xml")).doesNotContain("关于我们");
    assertThat(site.read("public/index.html")).doesNotContain("关于我们</a> <time");
    assertThat(site.read("public/news/index.html")).doesNotContain("关于我们</a></h2>");
    site.assertFile("public/sitemap.xml", "<loc>https://news.example/about/</loc>",
        "<loc>https://news.example/help/questions/</loc>");
    assertThat(site.result().articles()).isEqualTo(1);
  }

  @Test
  void aPageMayCarryADate(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + """
        -- content/contact.md --
        ---
        title: 联系我们
        layout: page
        date: 2022-06-01
        updated: 2022-07-01 09:30
        ---
        电话：0512-12345678
        """);
    site.assertFile("public/contact/index.html", "联系我们", "0512-12345678");
    site.assertFile("public/sitemap.xml", "<loc>https://news.example/contact/</loc><lastmod>2022-07-01T09:30:00+08:00</lastmod>");
  }
}
