package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, point 4: a site whose baseUrl has a path is served under that path, as it will be hosted. */
class BasePathServeTest {
  static final String UNDER_PATH = Sites.PORTAL.replace("baseUrl: https://news.example/", "baseUrl: https://news.example/portal/");

  @Test
  void theSiteIsServedUnderTheBaseUrlsPathAndTheRootLeadsThere(@TempDir Path dir) {
    try (var served = Served.start(dir, UNDER_PATH)) {
      assertThat(served.uri.getPath()).isEqualTo("/portal/");
      var home = served.get("/portal/");
      assertThat(home.statusCode()).isEqualTo(200);
      var doc = Jsoup.parse(home.body());
      assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/portal/css/style.css");
      assertThat(served.get("/portal/css/style.css").statusCode()).isEqualTo(200);
      assertThat(served.get("/portal/news/").body()).contains("资讯中心");
      for (String entry : new String[] {"/", "/portal"}) {
        var r = served.get(entry);
        assertThat(r.statusCode()).as(entry).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).as(entry).hasValue("/portal/");
      }
      var folder = served.get("/portal/news");
      assertThat(folder.statusCode()).isEqualTo(301);
      assertThat(folder.headers().firstValue("Location")).hasValue("/portal/news/");
      // outside the path nothing of the site answers, but its 404 page does
      var outside = served.get("/news/");
      assertThat(outside.statusCode()).isEqualTo(404);
      assertThat(outside.body()).contains("/portal/css/style.css");
      // robots.txt counts only at a host's root, where a site under a path has no say
      assertThat(served.get("/portal/robots.txt").statusCode()).isEqualTo(404);
      assertThat(served.get("/robots.txt").statusCode()).isEqualTo(404);
      assertThat(served.get("/portal/sitemap.xml").statusCode()).isEqualTo(200);
    }
  }
}
