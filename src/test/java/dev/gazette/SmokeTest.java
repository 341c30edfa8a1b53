package dev.gazette;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
  @Test
  void channelIndexListsChildChannelsNewestFirst(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯, children: [{id: suzhou, name: 苏州}]}]
        -- content/a.md --
        ---
        title: 旧闻
        channel: news
        date: 2022-06-25
        source: 苏州日报
        author: 甲
        ---
        正文。
        -- content/b.md --
        ---
        title: 新闻
        channel: news/suzhou
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 乙
        ---
        正文。
        """);
    site.assertFile("public/news/index.html", "新闻", "旧闻");
    site.assertNoFile("public/news/page/2/index.html");
    site.assertFile("public/rss.xml", "<pubDate>Sun, 26 Jun 2022 17:05:00 +0800</pubDate>");
  }
}
