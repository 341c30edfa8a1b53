package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates' photo helpers: photo(path) and photoUrl(path, width), in a theme that extends the default. */
class PhotoHelpersTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/portal/
      theme: mine
      channels: [{id: news, name: 资讯}]
      -- themes/mine/theme.yml --
      extends: default
      -- static/images/banner.jpg --
      @image 1400x700
      """ + PhotosTest.article("a.md", "文章", "", "正文。");

  @Test
  void anyPhotoUnderStaticHasItsDerivativesInTemplates(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, SITE + """
        -- themes/mine/templates/404.ftlh --
        <#import "partials/photo.ftlh" as ph>
        <p class="banner"><@ph.img photo=photo("/images/banner.jpg") sizes="100vw" alt="横幅"/></p>
        <a class="w1000" href="${photoUrl("/images/banner.jpg", 1000)}">大图</a>
        <a class="w10" href="${photoUrl("images/banner.jpg", 10)}">小图</a>
        <a class="w5000" href="${photoUrl("/images/banner.jpg", 5000)}">最大</a>
        """);
    Document page = Jsoup.parse(site.read("public/404.html"));
    var img = page.selectFirst(".banner img");
    assertThat(PhotosTest.srcset(img)).extracting(PhotosTest.Candidate::width).containsExactly(320, 640, 960, 1280, 1400);
    assertThat(img.attr("src")).matches("/portal/images/banner-[0-9a-f]{10}-960\\.jpg");
    assertThat(img.attr("width") + "x" + img.attr("height") + " " + img.attr("loading")).isEqualTo("960x480 lazy");
    // the narrowest derivative at least that wide, else the widest
    assertThat(page.selectFirst(".w1000").attr("href")).matches("/portal/images/banner-[0-9a-f]{10}-1280\\.jpg");
    assertThat(page.selectFirst(".w10").attr("href")).matches("/portal/images/banner-[0-9a-f]{10}-320\\.jpg");
    assertThat(page.selectFirst(".w5000").attr("href")).matches("/portal/images/banner-[0-9a-f]{10}-1400\\.jpg");
  }

  @Test
  void aPathThatIsNoPhotoIsAnErrorAtTheTemplateLine(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE + """
        -- themes/mine/templates/404.ftlh --
        <p>找不到页面</p>
        <img src="${photoUrl("/images/none.jpg", 640)}" alt="">
        """).build();
    assertThat(site.ok()).isFalse();
    assertThat(site.diagnosticText()).contains("themes/mine/templates/404.ftlh:2:", "no photo /images/none.jpg")
        .doesNotContain("\tat ");
  }
}
