package dev.gazette.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.BaseUrl;
import dev.gazette.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sitemap index above the URL limit, tested with a small limit. */
class SitemapTest {
  private static final BaseUrl BASE = BaseUrl.parse("https://host/portal/");

  private static List<Sitemap.Entry> entries(int n) {
    var out = new ArrayList<Sitemap.Entry>();
    var t = ZonedDateTime.of(2022, 6, 26, 17, 5, 0, 0, ZoneId.of("Asia/Shanghai"));
    for (int i = 0; i < n; i++) {
      out.add(new Sitemap.Entry("news/a" + i + "/", i % 2 == 0 ? t : null));
    }
    return out;
  }

  private static String text(OutputFile f) {
    return new String(f.bytes(), StandardCharsets.UTF_8);
  }

  private static int urls(OutputFile f) {
    return text(f).split("<url>", -1).length - 1;
  }

  @Test
  void upToTheLimitItIsOneUrlset() {
    var files = Sitemap.render(entries(3), BASE, 3);
    assertThat(files).extracting(OutputFile::path).containsExactly("sitemap.xml");
    assertThat(text(files.get(0))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset ");
    assertThat(urls(files.get(0))).isEqualTo(3);
  }

  @Test
  void aboveTheLimitItIsAnIndexOverNumberedSitemaps() {
    var files = Sitemap.render(entries(7), BASE, 3);
    assertThat(files).extracting(OutputFile::path)
        .containsExactlyInAnyOrder("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
    var byPath = new java.util.HashMap<String, OutputFile>();
    files.forEach(f -> byPath.put(f.path(), f));
    assertThat(urls(byPath.get("sitemap-1.xml"))).isEqualTo(3);
    assertThat(urls(byPath.get("sitemap-2.xml"))).isEqualTo(3);
    assertThat(urls(byPath.get("sitemap-3.xml"))).isEqualTo(1);
    assertThat(text(byPath.get("sitemap-3.xml"))).contains("<loc>https://host/portal/news/a6/</loc>");
    assertThat(text(byPath.get("sitemap.xml"))).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://host/portal/sitemap-1.xml</loc></sitemap>
          <sitemap><loc>https://host/portal/sitemap-2.xml</loc></sitemap>
          <sitemap><loc>https://host/portal/sitemap-3.xml</loc></sitemap>
        </sitemapindex>
        """);
  }

  @Test
  void theRealLimitIsFiftyThousand() {
    assertThat(Sitemap.MAX_URLS).isEqualTo(50_000);
    assertThat(Sitemap.render(entries(50_000), BASE, Sitemap.MAX_URLS)).hasSize(1);
    assertThat(Sitemap.render(entries(50_001), BASE, Sitemap.MAX_URLS)).hasSize(3);
  }
}
