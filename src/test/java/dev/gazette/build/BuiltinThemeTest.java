package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site without a themes/default folder is built with the theme shipped inside Gazette. */
class BuiltinThemeTest {
  @Test
  void aSiteWithoutThemesUsesTheBuiltInDefaultTheme(@TempDir Path dir) throws IOException {
    var site = TestSite.write(dir, """
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯中心}]
        -- content/a.md --
        ---
        title: 地铁八号线试运行
        channel: news
        date: 2022-06-26 17:05
        source: 苏州日报
        author: 赵焱
        ---
        正文。
        """);
    try (Stream<Path> s = Files.walk(dir.resolve("themes"))) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    site.build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    site.assertFile("public/news/2022/06/a/index.html", "<html lang=\"zh-CN\">", "地铁八号线试运行", "字号");
    site.assertFile("public/css/style.css");
    site.assertFile("public/favicon.svg");
    assertThat(Files.readString(dir.resolve("public/css/style.css")))
        .isEqualTo(Files.readString(Path.of("themes/default/static/css/style.css")));
  }

  @Test
  void anEmptyThemeFolderIsAnErrorNotTheBuiltInTheme(@TempDir Path dir) throws IOException {
    var site = TestSite.write(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯中心}]
        """);
    try (Stream<Path> s = Files.walk(dir.resolve("themes/default/templates"))) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    site.build();
    site.assertDiagnostic("site-config.yml:", "theme \"default\" not found");
  }
}
