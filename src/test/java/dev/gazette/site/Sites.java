package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Shared pieces of the inline sites of the feature tests. */
final class Sites {
  private Sites() {}

  /** A config with a two-level channel tree: news (suzhou, china) and house. */
  static final String CONFIG = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      timezone: Asia/Shanghai
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
            - id: china
              name: 国内新闻
        - id: house
          name: 房产频道
      """;

  /**
   * One article file of an inline site; {@code extra} lines go into the front matter (source 苏州日报
   * and author 赵焱 unless they set their own).
   */
  static String article(String path, String title, String channel, String date, String... extra) {
    var sb = new StringBuilder("-- ").append(path).append(" --\n---\n")
        .append("title: ").append(title).append('\n')
        .append("channel: ").append(channel).append('\n')
        .append("date: ").append(date).append('\n');
    var fields = String.join("\n", extra);
    if (!fields.startsWith("source:") && !fields.contains("\nsource:")) {
      sb.append("source: 苏州日报\n");
    }
    if (!fields.startsWith("author:") && !fields.contains("\nauthor:")) {
      sb.append("author: 赵焱\n");
    }
    for (String line : extra) {
      sb.append(line).append('\n');
    }
    return sb.append("---\n").append(title).append("的正文。\n").toString();
  }

  /** The text of an article file in channel news, dated 2022-06-26, with this title and body. */
  static String newsArticle(String title, String body) {
    return """
        ---
        title: %s
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        %s
        """.formatted(title, body);
  }

  static Document html(TestSite site, String path) {
    assertThat(site.dir().resolve(path)).as(path).isRegularFile();
    return Jsoup.parse(site.read(path), "https://news.example/");
  }

  /** The texts of the elements {@code css} selects, in document order. */
  static List<String> texts(Document doc, String css) {
    return doc.select(css).stream().map(Element::text).toList();
  }

  static List<String> attrs(Document doc, String css, String attr) {
    return doc.select(css).stream().map(e -> e.attr(attr)).toList();
  }
}
