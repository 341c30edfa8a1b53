package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.photos.TestImages;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 6000×4000 camera JPEG (24 megapixels) builds in a JVM with a 128 MB heap: decoding it whole
 * would take 72 MB for its pixels and 96 MB more as an RGB image, so this passes only because
 * the decoder reads every third pixel (2000×1333) for the 1600-wide derivatives.
 */
class PhotoHeapTest {
  static final String HEAP = "-Xmx128m";

  @Test
  void aSixThousandPixelPhotoBuildsIn128Megabytes(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(KilledBuildTest.canFork(dir), "cannot start a JVM (" + KilledBuildTest.javaBin() + ")");
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("content"));
    Files.createDirectories(site.resolve("static/images"));
    Files.writeString(site.resolve("site-config.yml"), "title: T\nbaseUrl: https://news.example/\nchannels: [{id: news, name: 资讯}]\n");
    Files.writeString(site.resolve("content/a.md"), "---\ntitle: 大图\nchannel: news\ndate: 2022-06-26\nsource: 苏州日报\n"
        + "author: 赵焱\nimage: /images/big.jpg\n---\n正文。\n");
    Files.write(site.resolve("static/images/big.jpg"),
        TestImages.withExif(TestImages.encode(TestImages.scene(6000, 4000, BufferedImage.TYPE_INT_RGB), "jpeg", 0.85f), 1));

    Path log = dir.resolve("build.log");
    Process p = new ProcessBuilder(List.of(KilledBuildTest.javaBin(), HEAP, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main", "build", "--site", site.toString(),
        "--now", Corpus.NOW_ARG)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = p.waitFor(180, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("ends within 3 minutes:\n" + output).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(output).isZero();
    try (var files = Files.list(site.resolve("public/images"))) {
      var names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertThat(names).anyMatch(n -> n.matches("big-[0-9a-f]{10}-1600\\.jpg")).hasSize(6);
    }
    var widest = ImageIO.read(site.resolve("public/images/big.jpg").toFile());
    assertThat(widest.getWidth()).isEqualTo(1600);
    assertThat(widest.getHeight()).isEqualTo(1067);
  }
}
