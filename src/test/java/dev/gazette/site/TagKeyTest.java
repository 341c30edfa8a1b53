package dev.gazette.site;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagKeyTest {
  @Test
  void tagFoldersAreLowerCaseWithoutSpacesOrALeadingDot(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯}]
        -- content/a.md --
        ---
        title: 开发者大会
        channel: news
        date: 2022-06-26
        source: 本网
        author: John Smith
        tags: [.NET, AI, 人工 智能]
        ---
        正文。
        -- content/b.md --
        ---
        title: 人工智能论坛
        channel: news
        date: 2022-06-27
        source: 本网
        author: 甲
        tags: [ai]
        ---
        正文。
        """);
    site.assertFile("public/tags/net/index.html", ".NET");
    site.assertFile("public/tags/ai/index.html", "人工智能论坛", "开发者大会");
    site.assertFile("public/tags/人工-智能/index.html");
    site.assertFile("public/authors/john-smith/index.html", "John Smith");
    site.assertFile("public/news/2022/06/a/index.html", "href=\"/tags/net/\"", "href=\"/tags/ai/\"",
        "href=\"/tags/%E4%BA%BA%E5%B7%A5-%E6%99%BA%E8%83%BD/\"");
  }
}
