package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template edited between two runs of {@code gazette build}: only the pages rendered with that
 * template, or with one that imports it, are rendered again, and the output is byte for byte a
 * fresh build's. A change the build cannot follow template by template (a new localized variant,
 * an include of an expression) renders every page again.
 */
class TemplateEditTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      theme: kunshan
      paginate: 2
      channels: [{id: news, name: 资讯中心}, {id: house, name: 房产频道}]
      -- themes/kunshan/theme.yml --
      extends: default
      -- themes/kunshan/templates/article.ftlh --
      <#import "parts/line.ftlh" as line><html><body><h1>${page.title}</h1><@line.line/></body></html>
      -- themes/kunshan/templates/parts/line.ftlh --
      <#import "sign.ftlh" as sign><#macro line><p>正文页<@sign.sign/></p></#macro>
      -- themes/kunshan/templates/parts/sign.ftlh --
      <#macro sign>（本网）</#macro>
      -- content/news/a.md --
      ---
      title: 地铁八号线试运行
      channel: news
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [交通]
      ---
      正文。
      -- content/news/b.md --
      ---
      title: 古城保护新规
      channel: news
      date: 2022-06-24 08:00
      source: 苏州日报
      author: 王强
      ---
      新规发布。
      -- content/house/c.md --
      ---
      title: 春季房展会开幕
      channel: house
      date: 2022-06-25
      source: 姑苏晚报
      author: 周杰
      tags: [楼市, 交通]
      ---
      房展会开幕。
      """;

  private final List<String> notes = new ArrayList<>();

  @Test
  void editingTheArticleTemplateRendersTheArticlePagesOnly(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    var first = build(dir);
    site.edit("themes/kunshan/templates/article.ftlh", "<h1>", "<h1 class=\"t\">");
    var second = build(dir);
    assertThat(second.rendered()).as("three article pages").isEqualTo(3);
    assertThat(second.reused()).isEqualTo(first.rendered() - 3);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
    assertThat(second.changes().changed()).containsExactlyInAnyOrder("news/2022/06/a/index.html",
        "news/2022/06/b/index.html", "house/2022/06/c/index.html");
  }

  @Test
  void editingTheThemesFeedTemplateRewritesTheFeedsAndNoPage(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE + """
        -- themes/kunshan/templates/rss.ftlx --
        <rss><channel><title>${feed.title}</title><#list feed.items as item><item>${item.article.title}</item></#list></channel></rss>
        """);
    var first = build(dir);
    site.edit("themes/kunshan/templates/rss.ftlx", "<item>", "<item><t>");
    var second = build(dir);
    assertThat(second.changes().changed()).isNotEmpty().allMatch(f -> f.endsWith("rss.xml"))
        .contains("rss.xml", "news/rss.xml", "house/rss.xml");
    assertThat(second.rendered()).isEqualTo(second.changes().changed().size());
    assertThat(second.reused()).isEqualTo(first.rendered() - second.rendered());
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
    assertThat(dir.resolve("public/rss.xml")).content().contains("<item><t>地铁八号线试运行</item>");
    site.edit("content/news/b.md", "title: 古城保护新规", "title: 古城保护新规出台");
    build(dir);
    assertThat(dir.resolve("public/news/rss.xml")).content().contains("<item><t>古城保护新规出台</item>");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("b")));
  }

  @Test
  void editingATemplateImportedTwoLevelsDownRendersThePagesThatUseIt(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    build(dir);
    site.edit("themes/kunshan/templates/parts/sign.ftlh", "（本网）", "（本网记者）");
    var second = build(dir);
    assertThat(second.rendered()).isEqualTo(3);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
    assertThat(dir.resolve("public/news/2022/06/a/index.html")).content().contains("（本网记者）");
  }

  @Test
  void editingAnInheritedTemplateEveryPageImportsRendersEveryPage(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE + """
        -- themes/kunshan/templates/partials/teaser.ftlh --
        <#macro teaser article showSummary=true showImage=true level=2><p class="ks">${article.title}</p></#macro>
        """);
    var first = build(dir);
    site.edit("themes/kunshan/templates/partials/teaser.ftlh", "class=\"ks\"", "class=\"ks2\"");
    var second = build(dir);
    assertThat(second.rendered()).as("every index page shows teasers").isGreaterThan(3).isLessThan(first.rendered());
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
  }

  @Test
  void aNewLocalizedVariantRendersEveryPageWithIt(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    var first = build(dir);
    site.put("themes/kunshan/templates/parts/sign_zh_CN.ftlh", "<#macro sign>（本网·简体）</#macro>");
    var second = build(dir);
    assertThat(second.rendered()).isEqualTo(first.rendered());
    assertThat(dir.resolve("public/news/2022/06/a/index.html")).content().contains("（本网·简体）");
    site.edit("themes/kunshan/templates/parts/sign_zh_CN.ftlh", "简体", "简体中文");
    var third = build(dir);
    assertThat(third.rendered()).as("the variant is what the article pages use").isEqualTo(3);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
  }

  @Test
  void anIncludeOfAnExpressionTiesThePagesThatUseItToEveryTemplate(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE.replace("<#import \"sign.ftlh\" as sign><#macro line>",
        "<#assign which = \"sign.ftlh\"><#import which as sign><#macro line>") + """
        -- themes/kunshan/templates/parts/unused.ftlh --
        <#macro unused>没有页面导入</#macro>
        """);
    build(dir);
    site.edit("themes/kunshan/templates/parts/unused.ftlh", "没有", "仍然没有");
    var second = build(dir);
    assertThat(second.rendered()).as("the article pages, whose template reaches others by an expression").isEqualTo(3);
    site.edit("themes/kunshan/templates/parts/sign.ftlh", "（本网）", "（本网记者）");
    assertThat(build(dir).rendered()).isEqualTo(3);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("a")));
    assertThat(dir.resolve("public/news/2022/06/a/index.html")).content().contains("（本网记者）");
  }

  private BuildResult build(Path dir) {
    return SiteFolders.persistent(dir, notes::add);
  }

  private static java.util.Map<String, String> fresh(Path dir, Path elsewhere) {
    return SiteFolders.fresh(dir, elsewhere);
  }
}
