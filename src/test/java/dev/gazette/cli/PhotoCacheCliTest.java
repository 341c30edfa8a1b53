package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette build} keeps derivatives in .gazette/cache/photos/: the next run encodes none. */
class PhotoCacheCliTest {
  @Test
  void aSecondBuildWithTheCacheEncodesNoPhotoAndKeepsTheFiles(@TempDir Path dir) throws Exception {
    TestSite.write(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯}]
        -- content/a.md --
        ---
        title: 图
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        image: /images/a.jpg
        ---
        正文。
        -- static/images/a.jpg --
        @image 1400x900
        """);
    Path report = dir.resolve("report.json");
    var first = CliTest.run("build", "--site", dir.toString(), "--now", "2030-01-01T00:00:00Z", "--report", report.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(encoded(report)).isEqualTo(5);
    try (var s = Files.list(dir.resolve(".gazette/cache/photos"))) {
      assertThat(s.count()).isEqualTo(5);
    }
    String stamp = stamp(dir.resolve("public/images/a.jpg"));
    // what a build killed while encoding leaves in the store: the next build removes it
    Path leftover = Files.writeString(dir.resolve(".gazette/cache/photos/.photo-4242-7.tmp"), "half a JPEG");
    // a content change, so the build runs (an unchanged site is not even checked)
    Files.writeString(dir.resolve("content/a.md"), Files.readString(dir.resolve("content/a.md")).replace("正文。", "新正文。"));
    var second = CliTest.run("build", "--site", dir.toString(), "--now", "2030-01-01T00:00:00Z", "--report", report.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(encoded(report)).isZero();
    assertThat(leftover).doesNotExist();
    assertThat(stamp(dir.resolve("public/images/a.jpg"))).isEqualTo(stamp);
    assertThat(Files.readString(dir.resolve("public/news/2022/06/a/index.html"))).contains("新正文");
  }

  private static int encoded(Path report) throws Exception {
    @SuppressWarnings("unchecked")
    var json = (Map<String, Object>) StrictJson.parse(Files.readString(report));
    return ((Number) json.get("photosEncoded")).intValue();
  }

  private static String stamp(Path p) throws Exception {
    return Files.getAttribute(p, "unix:ino") + " " + Files.getLastModifiedTime(p).toMillis();
  }
}
