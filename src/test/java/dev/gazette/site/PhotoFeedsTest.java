package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.StrictJson;
import dev.gazette.photos.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos outside the pages: feeds name the widest derivative (a 图集's first photo), derivative
 * files are as readable as any static file, a progressive JPEG is a photo like another.
 */
class PhotoFeedsTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      feed: {formats: [rss, atom, json]}
      channels: [{id: news, name: 资讯}]
      """ + PhotosTest.article("a.md", "大图", "image: /images/big.jpg\n", "正文。")
      + PhotosTest.article("g.md", "图集", "gallery:\n  - {src: /images/g1.png, caption: 第一张}\n  - {src: /images/big.jpg}\n", "正文。")
      + PhotosTest.article("s.md", "矢量", "image: /images/logo.svg\n", "正文。")
      + "-- static/images/big.jpg --\n@image 2000x1500\n-- static/images/g1.png --\n@image 700x500\n"
      + "-- static/images/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";

  @Test
  void feedsNameTheWidestDerivativeWithItsSizeAndAGalleryByItsFirstPhoto(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, SITE);
    String big = widest(site, "big", 1600);
    String g1 = widest(site, "g1", 700);

    var rss = Jsoup.parse(site.read("public/rss.xml"), "", Parser.xmlParser());
    Element a = item(rss.select("item"), "大图").selectFirst("media|content");
    assertThat(a.attr("url")).isEqualTo(big);
    assertThat(a.attr("type") + " " + a.attr("width") + "x" + a.attr("height")).isEqualTo("image/jpeg 1600x1200");
    Element g = item(rss.select("item"), "图集").selectFirst("media|content");
    assertThat(g.attr("url") + " " + g.attr("type") + " " + g.attr("width")).isEqualTo(g1 + " image/png 700");
    Element svg = item(rss.select("item"), "矢量").selectFirst("media|content");
    assertThat(svg.attr("url")).isEqualTo("https://news.example/images/logo.svg");
    assertThat(svg.hasAttr("width")).as("an SVG's size is not known").isFalse();

    var atom = Jsoup.parse(site.read("public/atom.xml"), "", Parser.xmlParser());
    assertThat(item(atom.select("entry"), "大图").selectFirst("link[rel=enclosure]").attr("href")).isEqualTo(big);

    @SuppressWarnings("unchecked")
    var json = (Map<String, Object>) StrictJson.parse(site.read("public/feed.json"));
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) json.get("items");
    assertThat(items.stream().filter(i -> i.get("title").equals("图集")).findFirst().orElseThrow()).containsEntry("image", g1);

    // a changed photo has new derivatives, and the feeds follow
    site.putBytes("static/images/big.jpg", TestImages.of("big.jpg", 1800, 1200)).rebuild();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    String changed = widest(site, "big", 1600);
    assertThat(changed).isNotEqualTo(big);
    assertThat(site.read("public/rss.xml")).contains(changed).doesNotContain(big);
    assertThat(site.read("public/feed.json")).contains(changed);
  }

  @Test
  void derivativesAreAsReadableAsTheOtherStaticFiles(@TempDir Path dir) throws IOException {
    var site = TestSite.build(dir, SITE);
    var svg = Files.getPosixFilePermissions(site.dir().resolve("public/images/logo.svg"));
    assertThat(svg).contains(PosixFilePermission.OWNER_READ);
    try (var files = Files.list(site.dir().resolve("public/images"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        assertThat(Files.getPosixFilePermissions(f)).as(f.getFileName().toString()).isEqualTo(svg);
      }
    }
  }

  @Test
  void aProgressiveJpegBecomesDerivatives(@TempDir Path dir) throws IOException {
    var site = TestSite.write(dir, PhotosTest.CONFIG + PhotosTest.article("a.md", "渐进", "image: /images/p.jpg\n", "正文。"));
    byte[] progressive = TestImages.progressiveJpeg(TestImages.marked(1000, 600));
    assertThat(TestImages.markers(progressive)).as("a progressive frame (SOF2)").contains(0xc2).doesNotContain(0xc0, 0xc1);
    site.putBytes("static/images/p.jpg", progressive).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    Element img = PhotosTest.page(site, "public/news/2022/06/a/index.html").selectFirst(".article-image img");
    assertThat(PhotosTest.srcset(img)).extracting(PhotosTest.Candidate::width).containsExactly(320, 640, 960, 1000);
    PhotosTest.assertSizesMatch(site, img);
    var d = ImageIO.read(site.dir().resolve("public" + img.attr("src")).toFile());
    PhotosTest.assertColour(d, d.getWidth() / 4, d.getHeight() / 2, 'r');
    PhotosTest.assertColour(d, d.getWidth() * 3 / 4, d.getHeight() / 2, 'b');
  }

  /** The absolute URL of the widest derivative of /images/NAME.*, checked to be that wide. */
  private static String widest(TestSite site, String name, int width) throws IOException {
    try (var files = Files.list(site.dir().resolve("public/images"))) {
      Path f = files.filter(p -> p.getFileName().toString().matches(name + "-[0-9a-f]{10}-" + width + "\\.(jpg|png)"))
          .findFirst().orElseThrow();
      assertThat(ImageIO.read(f.toFile()).getWidth()).isEqualTo(width);
      return "https://news.example/images/" + f.getFileName();
    }
  }

  private static Element item(List<Element> items, String title) {
    return items.stream().filter(e -> e.selectFirst("title").text().equals(title)).findFirst().orElseThrow();
  }
}
