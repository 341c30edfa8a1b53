package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.photos.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos become derivatives: widths, upright by EXIF, no metadata, sRGB, alpha kept; the pages
 * carry srcset, sizes, width and height that match the files. Every image here is made by the
 * test.
 */
class PhotosTest {
  static final String CONFIG = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      """;

  static String article(String file, String title, String extra, String body) {
    return "-- content/" + file + " --\n---\ntitle: " + title + "\nchannel: news\ndate: 2022-06-26\nsource: 苏州日报\nauthor: 赵焱\n"
        + extra + "---\n" + body + "\n";
  }

  static TestSite write(Path dir, String text) {
    return TestSite.write(dir, CONFIG + text);
  }

  @Test
  void anExifTurnedPhotoWithGpsIsTurnedUprightAndLosesAllItsMetadata(@TempDir Path dir) throws IOException {
    var site = write(dir, article("a.md", "旋转", "image: /images/turned.jpg\n", "正文。"));
    // stored 1200×800 with orientation 6: shown 800×1200, the stored left edge (red) on top
    byte[] original = TestImages.withExif(TestImages.encode(TestImages.marked(1200, 800), "jpeg", 0.9f), 6);
    assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif", "GazetteCam");
    site.putBytes("static/images/turned.jpg", original).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();

    Element img = page(site, "public/news/2022/06/a/index.html").selectFirst(".article-image img");
    var srcset = srcset(img);
    assertThat(srcset).extracting(Candidate::width).containsExactly(320, 640, 800);
    for (Candidate c : srcset) {
      byte[] bytes = site.dir().resolve("public" + c.url()).toFile().exists()
          ? Files.readAllBytes(site.dir().resolve("public" + c.url())) : null;
      assertThat(bytes).as(c.url()).isNotNull();
      BufferedImage d = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(d.getWidth()).isEqualTo(c.width());
      assertThat(d.getHeight()).isEqualTo(c.width() * 3 / 2);
      assertNoMetadata(bytes, c.url());
      // upright: red (the stored left) on top, blue at the bottom, green (the stored top) on the right
      assertColour(d, d.getWidth() / 3, d.getHeight() / 10, 'r');
      assertColour(d, d.getWidth() / 3, d.getHeight() * 9 / 10, 'b');
      assertColour(d, d.getWidth() - 3, d.getHeight() / 2, 'g');
    }
    assertThat(img.attr("width")).isEqualTo("800");
    assertThat(img.attr("height")).isEqualTo("1200");
    assertThat(img.attr("fetchpriority")).isEqualTo("high");
    assertThat(img.hasAttr("loading")).isFalse();
    // the original's URL serves the widest derivative, never the camera file
    byte[] atOriginal = Files.readAllBytes(site.dir().resolve("public/images/turned.jpg"));
    assertNoMetadata(atOriginal, "/images/turned.jpg");
    assertThat(ImageIO.read(new ByteArrayInputStream(atOriginal)).getWidth()).isEqualTo(800);
  }

  @Test
  void srcsetWidthAndHeightMatchTheFilesAndNothingIsUpscaled(@TempDir Path dir) throws IOException {
    var site = write(dir, article("a.md", "大图", "image: /images/big.jpg\n", "正文。\n\n![小图](/images/small.png)")
        + article("b.md", "列表", "image: /images/big.jpg\n", "正文。")
        + "-- static/images/big.jpg --\n@image 2000x1000\n-- static/images/small.png --\n@image 500x250\n").build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    Document page = page(site, "public/news/2022/06/a/index.html");
    Element lead = page.selectFirst(".article-image img");
    assertThat(srcset(lead)).extracting(Candidate::width).containsExactly(320, 640, 960, 1280, 1600);
    assertThat(lead.attr("sizes")).isEqualTo("(max-width: 800px) 100vw, 800px");
    assertSizesMatch(site, lead);
    Element body = page.selectFirst(".article-body img");
    assertThat(srcset(body)).extracting(Candidate::width).containsExactly(320, 500);
    assertThat(body.attr("loading")).isEqualTo("lazy");
    assertThat(body.attr("alt")).isEqualTo("小图");
    assertSizesMatch(site, body);
    // teasers get the same derivatives at thumbnail size, lazily
    Element thumb = page(site, "public/news/index.html").selectFirst(".teaser-thumb img");
    assertThat(thumb.attr("sizes")).isEqualTo("(max-width: 600px) 110px, 200px");
    assertThat(thumb.attr("loading")).isEqualTo("lazy");
    assertSizesMatch(site, thumb);
    // Open Graph and JSON-LD name the widest derivative, absolute
    String large = "https://news.example" + srcset(lead).get(4).url();
    assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(large);
    assertThat(page.select("script[type=application/ld+json]").html()).contains(large);
  }

  @Test
  void aCmykJpegBecomesSrgbAndAPngKeepsItsAlpha(@TempDir Path dir) throws IOException {
    var png = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        png.setRGB(x, y, 0xff20a040);   // left half opaque green, right half transparent
      }
    }
    var site = write(dir, article("a.md", "印刷", "image: /images/cmyk.jpg\n", "![透明](/images/alpha.png)"));
    byte[] cmykFile = TestImages.cmykJpeg(640, 480);
    assertThat(TestImages.components(cmykFile)).as("a four-component JPEG").isEqualTo(4);
    site.putBytes("static/images/cmyk.jpg", cmykFile)
        .putBytes("static/images/alpha.png", TestImages.encode(png, "png", 1)).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    Document page = page(site, "public/news/2022/06/a/index.html");
    Candidate cmyk = srcset(page.selectFirst(".article-image img")).get(0);
    assertThat(cmyk.url()).endsWith(".jpg");
    BufferedImage c = ImageIO.read(site.dir().resolve("public" + cmyk.url()).toFile());
    int rgb = c.getRGB(c.getWidth() / 2, c.getHeight() / 2);
    assertThat(new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff})
        .as("cyan ink as sRGB").satisfies(p -> {
          assertThat(p[0]).isLessThan(90);
          assertThat(p[1]).isGreaterThan(120);
          assertThat(p[2]).isGreaterThan(180);
        });
    Candidate alpha = srcset(page.selectFirst(".article-body img")).get(0);
    assertThat(alpha.url()).endsWith(".png");
    BufferedImage a = ImageIO.read(site.dir().resolve("public" + alpha.url()).toFile());
    assertThat(a.getColorModel().hasAlpha()).isTrue();
    assertThat(a.getRGB(a.getWidth() / 4, a.getHeight() / 2) >>> 24).isEqualTo(255);
    assertThat(a.getRGB(a.getWidth() * 3 / 4, a.getHeight() / 2) >>> 24).isZero();
  }

  @Test
  void aSecondBuildEncodesNothingAndKeepsEveryDerivativeFile(@TempDir Path dir) throws IOException {
    var site = write(dir, article("a.md", "图", "image: /images/a.jpg\n", "![图](/images/b.gif)")
        + "-- static/images/a.jpg --\n@image 1000x700\n-- static/images/b.gif --\n@image 300x200\n").build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(site.result().photosEncoded()).isEqualTo(4 + 1);
    var before = stamps(site);
    site.edit("content/a.md", "![图]", "新的一段。\n\n![图]").rebuild();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(site.result().photosEncoded()).isZero();
    assertThat(stamps(site)).isEqualTo(before);
    // a changed photo gets new derivatives under new names
    site.putBytes("static/images/a.jpg", TestImages.of("a.jpg", 900, 700)).rebuild();
    assertThat(site.result().photosEncoded()).isEqualTo(3);
    assertThat(page(site, "public/news/2022/06/a/index.html").selectFirst(".article-image img").attr("srcset")).contains("900w");
  }

  @Test
  void brokenImagesAreErrorsAtTheirReference(@TempDir Path dir) {
    var site = write(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯}]
        images: {maxPixels: 70000}
        """ + article("a.md", "坏图", "image: /images/missing.jpg\n",
            "正文。\n\n![坏](/images/broken.jpg) ![文字](/images/text.png)\n\n![大](/images/huge.jpg)\n\n![空](/images/empty.jpg)")
        + "-- static/images/text.png --\nnot a picture\n-- static/images/huge.jpg --\n@image 400x300\n");
    byte[] good = TestImages.of("x.jpg", 300, 200);
    site.putBytes("static/images/broken.jpg", java.util.Arrays.copyOf(good, good.length / 3))
        .putBytes("static/images/empty.jpg", new byte[0]).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:8: error: image /images/missing.jpg does not exist", "hint: put it under static/");
    site.assertDiagnostic("content/a.md:11:1: error: image /images/broken.jpg: the image is damaged");
    site.assertDiagnostic("content/a.md:11:26: error: image /images/text.png: the file is not a JPEG, PNG or GIF image");
    site.assertDiagnostic("content/a.md:13:1: error: image /images/huge.jpg: the image is 400×300 (120000 pixels), above the limit of 70000 pixels",
        "maxPixels: 120000");
    site.assertDiagnostic("content/a.md:15:1: error: image /images/empty.jpg: the file is empty");
    assertThat(site.diagnosticText()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aJpegWithGarbledScanDataIsDamaged(@TempDir Path dir) {
    var site = write(dir, article("a.md", "乱码", "image: /images/garbled.jpg\n", "正文。"));
    site.putBytes("static/images/garbled.jpg", garbled(TestImages.of("g.jpg", 1200, 800))).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("content/a.md:7:8: error: image /images/garbled.jpg: the image is damaged", "hint: export it again");
  }

  /** 400 bytes in the middle of the scan overwritten: the header is whole, the pixels are not. */
  static byte[] garbled(byte[] jpeg) {
    byte[] out = jpeg.clone();
    for (int i = out.length / 2; i < out.length / 2 + 400; i++) {
      out[i] = (byte) (i * 37);
    }
    return out;
  }

  record Candidate(String url, int width) {}

  static List<Candidate> srcset(Element img) {
    var out = new ArrayList<Candidate>();
    for (String part : img.attr("srcset").split(",\\s*")) {
      String[] p = part.strip().split(" ");
      out.add(new Candidate(p[0], Integer.parseInt(p[1].substring(0, p[1].length() - 1))));
    }
    return out;
  }

  /** The src file's size is the width and height attributes; every srcset file has its descriptor's width. */
  static void assertSizesMatch(TestSite site, Element img) throws IOException {
    BufferedImage src = ImageIO.read(site.dir().resolve("public" + img.attr("src")).toFile());
    assertThat(src.getWidth()).as(img.attr("src")).isEqualTo(Integer.parseInt(img.attr("width")));
    assertThat(src.getHeight()).as(img.attr("src")).isEqualTo(Integer.parseInt(img.attr("height")));
    for (Candidate c : srcset(img)) {
      assertThat(ImageIO.read(site.dir().resolve("public" + c.url()).toFile()).getWidth()).as(c.url()).isEqualTo(c.width());
    }
  }

  static Document page(TestSite site, String path) {
    return Jsoup.parse(site.read(path));
  }

  /** No APP1 (Exif, XMP), APP13 (IPTC) or APP2 (ICC) segment, and none of the camera's words. */
  static void assertNoMetadata(byte[] jpeg, String what) {
    String text = new String(jpeg, StandardCharsets.ISO_8859_1);
    assertThat(text).as(what).doesNotContain("Exif", "GazetteCam", "http://ns.adobe.com/xap", "Photoshop", "ICC_PROFILE");
    assertThat(TestImages.markers(jpeg)).as(what + " segments").doesNotContain(0xe1, 0xe2, 0xed);
  }

  static void assertColour(BufferedImage img, int x, int y, char which) {
    int rgb = img.getRGB(x, y);
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    int main = which == 'r' ? r : which == 'g' ? g : b;
    assertThat(main).as(which + " at " + x + "," + y + " of " + img.getWidth() + "x" + img.getHeight() + ": " + r + "," + g + "," + b)
        .isGreaterThan(180);
    assertThat(r + g + b - main).as("other channels at " + x + "," + y).isLessThan(150);
  }

  /** Every derivative file's inode and modification time. */
  static List<String> stamps(TestSite site) throws IOException {
    var out = new ArrayList<String>();
    try (var s = Files.walk(site.dir().resolve("public/images"))) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        if (Files.isRegularFile(p)) {
          out.add(p.getFileName() + " " + Files.getAttribute(p, "unix:ino") + " " + Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return out;
  }
}
