package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index is counted on several threads and merged in article order: whatever the
 * number of threads and the size of their chunks, its files are the same bytes. The articles
 * share Latin words, which the threads number in the order they meet them.
 */
class SearchIndexThreadsTest {
  @Test
  void theIndexIsTheSameBytesOnOneThreadAndOnMany(@TempDir Path dir) throws IOException {
    var site = new StringBuilder("""
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://news.example/
        timezone: Asia/Shanghai
        search: true
        channels:
          - id: news
            name: 资讯中心
            children:
              - id: suzhou
                name: 苏州资讯
        """);
    String[] words = {"Line", "metro", "GDP", "AI", "5G", "Wi-Fi", "iPhone", "Suzhou", "2026", "CBD"};
    for (int i = 0; i < 40; i++) {
      site.append("-- content/a").append(i).append(".md --\n---\ntitle: 第").append(i).append("篇 ").append(words[i % words.length])
          .append("\nchannel: ").append(i % 3 == 0 ? "news" : "news/suzhou")
          .append("\ndate: 2022-06-").append(String.format("%02d", 1 + i % 28)).append(" ").append(String.format("%02d", i % 24))
          .append(":00\nsource: 苏州日报\nauthor: 赵焱\ntags: [").append(words[(i * 7) % words.length]).append("]\n---\n")
          .append("苏州").append(words[(i * 3) % words.length]).append("地铁").append(i).append("号线，")
          .append(words[(i * 5) % words.length]).append(" 与 ").append(words[(i + 1) % words.length]).append("。\n");
    }
    int workers = SearchIndex.workers;
    int chunk = SearchIndex.chunk;
    try {
      SearchIndex.workers = 1;
      SearchIndex.chunk = 40;
      var one = files(TestSite.build(dir.resolve("one"), site.toString()).dir().resolve("public/search"));
      SearchIndex.workers = 4;
      SearchIndex.chunk = 3;
      var many = files(TestSite.build(dir.resolve("many"), site.toString()).dir().resolve("public/search"));
      assertThat(one.keySet()).hasSizeGreaterThan(40);
      assertThat(many).isEqualTo(one);
    } finally {
      SearchIndex.workers = workers;
      SearchIndex.chunk = chunk;
    }
  }

  private static TreeMap<String, String> files(Path root) throws IOException {
    var out = new TreeMap<String, String>();
    try (var walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return out;
  }
}
