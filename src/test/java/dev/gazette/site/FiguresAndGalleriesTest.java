package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.StrictJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captions and credits (摄影：…) become figures; a front-matter gallery is a 图集. */
class FiguresAndGalleriesTest {
  static final String CONFIG = PhotosTest.CONFIG;

  @Test
  void aTitledImageAloneInItsParagraphIsAFigureWithItsCredit(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + PhotosTest.article("a.md", "图文", "", """
        ![会场](/images/a.jpg "推进会现场 摄影：赵焱")

        ![无题](/images/a.jpg)

        文中 ![小图](/images/a.jpg "行内") 不成图。

        ![只有署名](/images/a.jpg "摄影：新华社")
        """) + "-- static/images/a.jpg --\n@image 800x600\n");
    Document page = Jsoup.parse(site.read("public/news/2022/06/a/index.html"));
    var figures = page.select(".article-body figure.figure");
    assertThat(figures).hasSize(2);
    Element first = figures.get(0);
    assertThat(first.selectFirst("img").attr("alt")).isEqualTo("会场");
    assertThat(first.selectFirst("img").attr("srcset")).contains("640w");
    assertThat(first.selectFirst("figcaption").text()).isEqualTo("推进会现场 摄影：赵焱");
    assertThat(first.selectFirst("figcaption .credit").text()).isEqualTo("摄影：赵焱");
    assertThat(figures.get(1).selectFirst("figcaption").text()).isEqualTo("摄影：新华社");
    assertThat(page.select(".article-body p > img")).hasSize(2);
  }

  @Test
  void frontMatterCaptionAndCreditSitUnderTheLeadPhoto(@TempDir Path dir) {
    var site = TestSite.build(dir, CONFIG + PhotosTest.article("a.md", "有图", """
        image: /images/a.jpg
        imageCaption: 苏州湾夜景
        imageCredit: 王敏
        """, "正文。") + "-- static/images/a.jpg --\n@image 800x600\n");
    Document page = Jsoup.parse(site.read("public/news/2022/06/a/index.html"));
    Element figure = page.selectFirst("figure.article-image");
    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("苏州湾夜景");
    assertThat(figure.selectFirst("figcaption").text()).isEqualTo("苏州湾夜景 摄影：王敏");
    assertThat(figure.selectFirst(".credit").text()).isEqualTo("摄影：王敏");
  }

  @Test
  void aGalleryIsAnAccessibleSequenceOfPhotosMarkedInListsAndListedInJsonLd(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, CONFIG + PhotosTest.article("g.md", "平江路雪景", """
        gallery:
          - {src: /images/g1.jpg, caption: 平江路的清晨, credit: 赵焱}
          - {src: /images/g2.jpg, caption: 石桥}
          - src: /images/g3.png
            credit: 张叶
        """, "雪后的平江路。") + PhotosTest.article("p.md", "普通", "", "正文。")
        + "-- static/images/g1.jpg --\n@image 1200x800\n-- static/images/g2.jpg --\n@image 800x1200\n"
        + "-- static/images/g3.png --\n@image 600x400\n");
    Document page = Jsoup.parse(site.read("public/news/2022/06/g/index.html"));
    Element gallery = page.selectFirst("section.gallery[data-gallery]");
    assertThat(gallery.attr("aria-label")).isEqualTo("图集：平江路雪景");
    var slides = gallery.select(".gallery-slide");
    assertThat(slides).hasSize(3);
    assertThat(slides.eachAttr("aria-label")).containsExactly("第 1 张，共 3 张", "第 2 张，共 3 张", "第 3 张，共 3 张");
    assertThat(slides.get(0).selectFirst("figcaption").text()).isEqualTo("1/3 平江路的清晨 摄影：赵焱");
    assertThat(slides.get(1).selectFirst("figcaption").text()).isEqualTo("2/3 石桥");
    assertThat(slides.get(2).selectFirst("figcaption").text()).isEqualTo("3/3 摄影：张叶");
    // the first photo loads at once, the rest lazily; each has its derivatives and size
    assertThat(slides.get(0).selectFirst("img").attr("fetchpriority")).isEqualTo("high");
    assertThat(slides.get(1).selectFirst("img").attr("loading")).isEqualTo("lazy");
    assertThat(slides.get(1).selectFirst("img").attr("width") + "x" + slides.get(1).selectFirst("img").attr("height")).isEqualTo("800x1200");
    for (Element img : gallery.select(".gallery-slide img")) {
      PhotosTest.assertSizesMatch(site, img);
    }
    // controls are buttons (keyboard-operable without a library); hidden until the theme's script runs
    assertThat(gallery.select(".gallery-controls[hidden] button[type=button]").eachText()).containsExactly("上一张", "下一张");
    assertThat(gallery.select(".gallery-thumbs button").eachAttr("aria-label")).containsExactly("第 1 张", "第 2 张", "第 3 张");
    assertThat(page.select("script[src]").eachAttr("src")).contains("/js/gallery.js");
    assertThat(site.exists("public/js/gallery.js")).isTrue();
    assertThat(page.select("figure.article-image")).isEmpty();

    // lists mark it 图集 and show its first photo
    Document list = Jsoup.parse(site.read("public/news/index.html"));
    Element teaser = list.select(".teaser").stream().filter(t -> t.text().contains("平江路雪景")).findFirst().orElseThrow();
    assertThat(teaser.selectFirst(".badge-gallery").text()).isEqualTo("图集");
    assertThat(teaser.selectFirst(".teaser-thumb img").attr("srcset")).contains("/images/g1-");
    Element plain = list.select(".teaser").stream().filter(t -> t.text().contains("普通")).findFirst().orElseThrow();
    assertThat(plain.select(".badge-gallery")).isEmpty();

    // JSON-LD lists every photo, with captions and credits
    @SuppressWarnings("unchecked")
    var ld = (List<Map<String, Object>>) StrictJson.parse(page.selectFirst("script[type=application/ld+json]").data());
    var news = ld.get(0);
    var images = (List<?>) news.get("image");
    assertThat(images).hasSize(3);
    assertThat((String) images.get(0)).matches("https://news.example/images/g1-[0-9a-f]{10}-1200\\.jpg");
    @SuppressWarnings("unchecked")
    var media = (List<Map<String, Object>>) news.get("associatedMedia");
    assertThat(media.get(0)).containsEntry("caption", "平江路的清晨").containsEntry("creditText", "赵焱");
    assertThat(((Number) media.get(2).get("width")).intValue()).isEqualTo(600);
    assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(images.get(0));
  }

  @Test
  void aMissingGalleryPhotoIsAnErrorAtItsSrc(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + PhotosTest.article("g.md", "图集", """
        gallery:
          - {src: /images/g1.jpg}
          - src: /images/none.jpg
        """, "正文。") + "-- static/images/g1.jpg --\n@image 300x200\n").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/g.md:9:10: error: image /images/none.jpg does not exist");
  }
}
