package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample portal shows what Gazette does with camera files: its photos (made by {@code
 * CameraPhotos}) are 4000×3000 JPEGs with Exif and a GPS position, on every article of 资讯中心
 * and in one 图集; what it publishes of them is resized and carries no metadata.
 */
class SamplePortalPhotosTest {
  static final Path SITE = Path.of("").toAbsolutePath();

  @Test
  void theSamplePhotosAreCameraFilesAndThePortalPublishesThemResizedAndClean(@TempDir Path dir) throws IOException {
    List<Path> photos;
    try (var files = Files.list(SITE.resolve("static/images"))) {
      photos = files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList();
    }
    assertThat(photos).hasSizeGreaterThanOrEqualTo(10);
    for (Path p : photos) {
      var img = ImageIO.createImageInputStream(p.toFile());
      var reader = ImageIO.getImageReaders(img).next();
      reader.setInput(img);
      assertThat(Math.max(reader.getWidth(0), reader.getHeight(0)) + "x" + Math.min(reader.getWidth(0), reader.getHeight(0)))
          .as(p.getFileName().toString()).isEqualTo("4000x3000");
      reader.dispose();
      img.close();
      String head = new String(Files.readAllBytes(p), 0, 4096, StandardCharsets.ISO_8859_1);
      assertThat(head).as(p.getFileName() + ": a camera's Exif block").contains("Exif", "GazetteCam");
    }

    Path out = dir.resolve("public");
    try (var build = new Build()) {
      build.run(new BuildOptions(SITE, out, false, false, Instant.parse("2026-12-01T00:00:00Z"), null, false));
    }
    // 资讯中心 lists ten articles, each with a photo thumbnail
    Document news = Jsoup.parse(Files.readString(out.resolve("news/index.html")));
    var thumbs = news.select(".teaser-thumb img[srcset]");
    assertThat(thumbs).hasSizeGreaterThanOrEqualTo(10);
    assertThat(news.select(".badge-gallery")).hasSize(1);
    // the 图集 and a lead photo turned upright by its Exif orientation
    Document gallery = Jsoup.parse(Files.readString(out.resolve("news/suzhou/2026/10/jinji-lake-early-winter/index.html")));
    assertThat(gallery.select(".gallery-slide img[srcset]")).hasSizeGreaterThanOrEqualTo(4);
    Document portrait = Jsoup.parse(Files.readString(out.resolve("news/suzhou/2026/08/city-study-rooms/index.html")));
    var lead = portrait.selectFirst(".article-image img");
    assertThat(Integer.parseInt(lead.attr("height"))).as("a portrait photo").isGreaterThan(Integer.parseInt(lead.attr("width")));
    // nothing published keeps the camera's metadata, and nothing is as large as the originals
    try (var files = Files.list(out.resolve("images"))) {
      for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jpg"))::iterator) {
        PhotosTest.assertNoMetadata(Files.readAllBytes(f), f.getFileName().toString());
        assertThat(ImageIO.read(f.toFile()).getWidth()).as(f.getFileName().toString()).isLessThanOrEqualTo(1600);
      }
    }
  }
}
