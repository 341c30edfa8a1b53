package dev.gazette.site;

import static dev.gazette.site.Sites.CONFIG;
import static dev.gazette.site.Sites.html;
import static dev.gazette.site.Sites.newsArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One {@code language:} setting, spelled as the standards each output follows want it. */
class LanguageTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // written      | html lang and feeds | og:locale | Google News
      "zh-cn          | zh-CN               | zh_CN     | zh-cn",
      "zh-Hans        | zh-Hans             | zh_CN     | zh-cn",
      "zh-Hant        | zh-Hant             | zh_TW     | zh-tw",
      "zh-hant-hk     | zh-Hant-HK          | zh_HK     | zh-tw",
      "en-us          | en-US               | en_US     | en",
      "en             | en                  | en        | en"})
  void aTagIsWrittenInEachOutputsOwnForm(String written, String tag, String ogLocale, String news, @TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG.replace("timezone:", "language: " + written + "\ntimezone:")
        + "-- content/a.md --\n" + newsArticle("标题", "正文。"))
        .with(o -> o.withNow(Instant.parse("2022-06-26T12:00:00Z"))).build();
    assertThat(site.ok()).isTrue();
    var page = html(site, "public/news/2022/06/a/index.html");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo(tag);
    assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo(ogLocale);
    site.assertFile("public/rss.xml", "<language>" + tag + "</language>");
    site.assertFile("public/news-sitemap.xml", "<news:language>" + news + "</news:language>");
  }
}
