package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** themes/NAME/theme.yml with {@code extends:}: a theme overrides single files and inherits the rest. */
class ThemeInheritanceTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      theme: kunshan
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
      """;

  @Test
  void aThemeThatExtendsTheBuiltInDefaultOverridesOneTemplateAndOneStaticFile(@TempDir Path dir) {
    // the text defines a theme, so the site has no themes/default folder: "default" is the built-in theme
    var site = TestSite.build(dir, SITE + """
        -- themes/kunshan/theme.yml --
        extends: default
        -- themes/kunshan/templates/404.ftlh --
        <#import "base.ftlh" as base><@base.layout><p class="ks">昆山的404</p></@base.layout>
        -- themes/kunshan/static/favicon.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """);
    site.assertFile("public/404.html", "<html lang=\"zh-CN\">", "昆山的404");
    site.assertFile("public/news/2022/06/a/index.html", "地铁八号线试运行", "字号");
    assertThat(site.read("public/favicon.svg")).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    site.assertFile("public/css/style.css", ".article-body");
    site.assertFile("public/js/font-size.js");
  }

  @Test
  void chainsResolveChildFirstAndASiteDefaultFolderCanExtendTheBuiltInOne(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE + """
        -- themes/kunshan/theme.yml --
        extends: default
        -- themes/kunshan/templates/partials/teaser.ftlh --
        <#macro teaser article showSummary=true showImage=true level=2><p class="ks-teaser">${article.title}</p></#macro>
        -- themes/default/theme.yml --
        extends: default
        -- themes/default/templates/404.ftlh --
        <#import "base.ftlh" as base><@base.layout><p>站点默认主题的404</p></@base.layout>
        -- themes/default/static/css/extra.css --
        .x {}
        """);
    site.assertFile("public/news/index.html", "<p class=\"ks-teaser\">地铁八号线试运行</p>");
    site.assertFile("public/404.html", "站点默认主题的404");
    site.assertFile("public/css/extra.css");
    site.assertFile("public/css/style.css", ".article-body");
    // an edit to the child theme reaches the pages on the next build
    site.edit("themes/kunshan/templates/partials/teaser.ftlh", "ks-teaser", "ks-teaser2").rebuild();
    site.assertFile("public/news/index.html", "<p class=\"ks-teaser2\">");
    site.edit("themes/kunshan/theme.yml", "extends: default", "").rebuild();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/kunshan/templates/", "missing template");
  }

  @Test
  void anUnknownParentOrACircleIsAnError(@TempDir Path dir) {
    var site = TestSite.write(dir, SITE + """
        -- themes/kunshan/theme.yml --
        extends: kunshna
        -- themes/other/theme.yml --
        extends: kunshan
        """).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/kunshan/theme.yml", "theme \"kunshna\" not found");
    site.edit("themes/kunshan/theme.yml", "kunshna", "other").build();
    site.assertDiagnostic("themes/other/theme.yml", "themes extend each other in a circle: kunshan → other → kunshan");
    site.edit("themes/kunshan/theme.yml", "extends: other", "extend: default").build();
    site.assertDiagnostic("themes/kunshan/theme.yml:1:1: error: unknown theme.yml key \"extend\"");
  }
}
