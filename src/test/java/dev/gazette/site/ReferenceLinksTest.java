package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.text.Normalizer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference links in all three forms, {@code [text][label]}, {@code [label][]} and {@code
 * [label]}, take their definitions (Gazette's inline parser registers Flexmark's reference
 * definitions itself), also when the definition names another article's {@code .md} file; and a
 * {@code .md} link finds its file whatever the Unicode normalisation of either (macOS writes
 * names in NFD, most editors type NFC).
 */
class ReferenceLinksTest {
  static final String NFC = "咖啡café";
  static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

  @Test
  void referenceLinksOfEveryFormUseTheirDefinitions(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + article("content/news/b.md", "推进会", "news", "2022-06-25")
        + """
        -- content/news/a.md --
        ---
        title: 集群
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        见[全文][稿]、[稿][]和[稿]，另有[官网][site]与![会场][照]。未定义的[无此][标签]照原样。

        [稿]: b.md "推进会原稿"
        [site]: https://www.example.gov.cn/ '官网'
        [照]: /images/a.jpg
        -- static/images/a.jpg --
        @image 40x30
        """);
    Element body = Sites.html(site, "public/news/2022/06/a/index.html").selectFirst(".article-body");
    assertThat(body.select("a[href=/news/2022/06/b/]").eachText()).containsExactly("全文", "稿", "稿");
    assertThat(body.select("a[href=/news/2022/06/b/]").eachAttr("title")).containsOnly("推进会原稿");
    assertThat(body.select("a[href=https://www.example.gov.cn/]").attr("title")).isEqualTo("官网");
    assertThat(body.select("img").attr("src")).startsWith("/images/a-");   // a photo derivative
    assertThat(body.text()).contains("未定义的[无此][标签]照原样").doesNotContain("[稿]", "b.md");
  }

  @Test
  void anMdLinkFindsAnNfdFileWrittenInNfcAndTheOtherWayRound(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG);
    // an NFD file name linked in NFC, an NFC file name linked in NFD (inline and by reference)
    site.put("content/news/" + NFD + ".md", Sites.newsArticle("一", "见[乙](" + CAKE_NFD + ".md)和[参考][d]。\n\n[d]: " + CAKE_NFD + ".md"));
    site.put("content/news/" + CAKE + ".md", Sites.newsArticle("二", "见[甲](" + NFC + ".md)。"));
    site.build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(site.read("public/news/2022/06/" + NFC + "/index.html"))
        .contains("<a href=\"/news/2022/06/" + encoded(CAKE) + "/\">乙</a>", "<a href=\"/news/2022/06/" + encoded(CAKE) + "/\">参考</a>");
    assertThat(site.read("public/news/2022/06/" + CAKE + "/index.html"))
        .contains("<a href=\"/news/2022/06/" + encoded(NFC) + "/\">甲</a>");
  }

  static final String CAKE = "蛋糕gâteau";
  static final String CAKE_NFD = Normalizer.normalize(CAKE, Normalizer.Form.NFD);

  private static String encoded(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8);
  }
}
