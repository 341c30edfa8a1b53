package dev.gazette.site;

import static dev.gazette.site.Sites.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of a site with every feature: no dead internal link, no duplicate id, sound HTML. */
class LinkCheckTest {
  static String site() {
    var text = new StringBuilder("""
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://host/portal/
        paginate: 2
        feed: {formats: [rss, atom, json]}
        channels:
          - id: news
            name: 资讯中心
            children: [{id: suzhou, name: 苏州资讯}, {id: china, name: 国内新闻}]
          - {id: house, name: 房产频道}
          - {id: empty, name: 空频道}
        -- content/about.md --
        ---
        title: 关于我们
        layout: page
        ---
        ## 简介

        见[首页](/)。
        -- content/contact.md --
        ---
        title: 联系我们
        layout: page
        ---
        电话。
        -- static/images/a.png --
        @image 40x30
        """);
    String[] channels = {"news", "news/suzhou", "news/china", "house"};
    for (int i = 0; i < 9; i++) {
      text.append(article("content/a" + i + ".md", "新闻 " + i, channels[i % 4], "2022-06-1" + i + " 10:00",
          "tags: [地铁, " + (i % 2 == 0 ? "AI" : "Machine Learning") + "]", "author: [赵焱, John Smith]",
          i % 3 == 0 ? "image: /images/a.png" : "headline: true", "aliases: [/old/" + i + ".html]"));
    }
    text.append("-- content/a9.md --\n---\ntitle: 有链接\nchannel: news\ndate: 2022-06-01\nsource: 本网\nauthor: 王\n---\n"
        + "## 标题\n\n## 标题\n\n[上一篇](a1.md) ![图](/images/a.png) [^1]\n\n[^1]: 注。\n");
    return text.toString();
  }

  @Test
  void noDeadInternalLinksAndNoDuplicateIds(@TempDir Path dir) throws IOException {
    TestSite.build(dir, site());
    Path out = dir.resolve("public");
    var problems = new ArrayList<String>();
    int pages = 0;
    for (Path f : html(out)) {
      pages++;
      String rel = out.relativize(f).toString();
      var doc = Jsoup.parse(Files.readString(f));
      // redirect pages (aliases under old/, the lists' page/1/) are no pages of the site's own
      if (doc.selectFirst("meta[http-equiv=refresh]") == null) {
        if (!doc.selectFirst("html").attr("lang").equals("zh-CN")) {
          problems.add(rel + ": no lang");
        }
        if (doc.select("h1").size() != 1) {
          problems.add(rel + ": " + doc.select("h1").size() + " h1");
        }
        if (doc.title().isBlank()) {
          problems.add(rel + ": no title");
        }
      }
      var ids = new HashSet<String>();
      for (var e : doc.select("[id]")) {
        if (e.id().isEmpty() || !ids.add(e.id())) {
          problems.add(rel + ": duplicate or empty id \"" + e.id() + "\"");
        }
      }
      for (var e : doc.select("a[href^=#]")) {
        String id = e.attr("href").substring(1);
        if (!id.isEmpty() && doc.getElementById(URLDecoder.decode(id, StandardCharsets.UTF_8)) == null) {
          problems.add(rel + ": fragment " + e.attr("href") + " has no target");
        }
      }
      for (var e : doc.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.startsWith("https://host/portal/")) {
          url = url.substring("https://host".length());
        }
        if (!url.startsWith("/")) {
          continue;
        }
        if (!url.startsWith("/portal/")) {
          problems.add(rel + ": " + url + " outside the base path");
          continue;
        }
        String path = URLDecoder.decode(url.substring("/portal/".length()).replaceAll("[?#].*$", ""), StandardCharsets.UTF_8);
        Path target = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        if (!Files.isRegularFile(target)) {
          problems.add(rel + ": dead link " + url);
        }
      }
    }
    assertThat(pages).isGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  private static List<Path> html(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
