package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildResult;
import dev.gazette.photos.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom's articles come with photos. A page depends on the photos it shows (its articles'
 * lead images, galleries and body images) and on those the templates' {@code photo()} helper
 * reads, not on every photo of the site: publishing an article with a new photo makes again only
 * the pages that show that article, and every build gives the bytes of a fresh one.
 */
class PhotoPagesTest {
  private static String article(int n, String extra) {
    return "---\ntitle: 新闻" + n + "\nchannel: news\ndate: 2022-06-" + (10 + n) + "\nsource: 苏州日报\nauthor: 甲\n"
        + "tags: [" + (n % 2 == 0 ? "交通" : "楼市") + "]\nimage: /images/p" + n + ".jpg\n" + extra + "---\n正文" + n + "。\n";
  }

  private static TestSite site(Path dir, int articles, String theme) {
    var text = new StringBuilder("-- site-config.yml --\ntitle: T\nbaseUrl: https://news.example/\n"
        + "paginate: {size: 2, stable: true}\nchannels: [{id: news, name: 资讯}]\n" + (theme.isEmpty() ? "" : "theme: portal\n")
        + theme);
    for (int n = 1; n <= articles; n++) {
      text.append("-- content/news/a").append(n).append(".md --\n")
          .append(article(n, "")).append(n == 3 ? "\n![街景](/images/body.jpg)\n" : "");
    }
    var site = TestSite.write(dir, text.toString());
    for (int n = 1; n <= articles; n++) {
      site.putBytes("static/images/p" + n + ".jpg", TestImages.of("p.jpg", 40 + n, 30));
    }
    site.putBytes("static/images/body.jpg", TestImages.of("body.jpg", 64, 48));
    return site;
  }

  private static BuildResult build(Path dir) {
    return SiteFolders.persistent(dir, s -> {});
  }

  private static void assertFresh(Path dir, Path elsewhere) {
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(SiteFolders.fresh(dir, elsewhere));
  }

  /**
   * How many pages publishing article {@code n} makes in the same site when its photo was there
   * all along: the pages that show the article, and no page for the photo.
   */
  private static int pagesShowing(Path dir, int n, String theme) {
    var site = site(dir, n - 1, theme);
    site.putBytes("static/images/p" + n + ".jpg", TestImages.of("p.jpg", 30 + n, 60));
    site.putBytes("static/images/banner.jpg", TestImages.of("banner.jpg", 200, 40));
    build(dir);
    site.put("content/news/a" + n + ".md", article(n, ""));
    return build(dir).rendered();
  }

  @Test
  void aNewArticleWithANewPhotoMakesOnlyThePagesThatShowIt(@TempDir Path dir, @TempDir Path other, @TempDir Path twin) {
    var site = site(dir, 12, "");
    build(dir);

    site.put("content/news/a13.md", article(13, ""));
    site.putBytes("static/images/p13.jpg", TestImages.of("p.jpg", 90, 60));
    var r = build(dir);

    assertThat(r.timings()).anyMatch(t -> t.name().equals("signed"));
    assertThat(r.rendered()).as("pages made of %d", r.pages()).isEqualTo(pagesShowing(twin, 13, "")).isLessThan(r.pages() * 2 / 3);
    assertThat(site.read("public/news/index.html")).contains("p13");
    assertFresh(dir, other);
  }

  @Test
  void aPhotoReplacedByAnotherIsShownAnewWhereverItsArticleIs(@TempDir Path dir, @TempDir Path other) {
    var site = site(dir, 12, "");
    build(dir);

    // the lead photo of an article, and a photo in another one's body, each of another size now:
    // the pages that show the article (its own, its neighbours', the lists) and no others
    site.putBytes("static/images/p12.jpg", TestImages.of("p.jpg", 120, 80));
    var r = build(dir);
    assertThat(r.rendered()).as("pages made of %d", r.pages()).isPositive().isLessThan(r.pages() / 2);
    assertFresh(dir, other);

    // the same size, other bytes: only the photo's derivatives tell
    site.putBytes("static/images/p12.jpg", TestImages.encode(TestImages.scene(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "jpeg", 0.5f));
    r = build(dir);
    assertThat(r.rendered()).as("pages made of %d", r.pages()).isPositive().isLessThan(r.pages() / 2);
    assertFresh(dir, other);

    site.putBytes("static/images/body.jpg", TestImages.of("body.jpg", 96, 48));
    r = build(dir);
    // the pages whose views hold that article (its body with them), as for an edit of its text
    assertThat(r.rendered()).as("pages made of %d", r.pages()).isPositive().isLessThan(r.pages() / 2);
    assertFresh(dir, other);
  }

  @Test
  void aPhotoThatATemplateReadsMakesEveryPageAgainWhenItChanges(@TempDir Path dir, @TempDir Path other, @TempDir Path twin) {
    // every teaser shows a banner through the photo() helper
    String theme = """
        -- themes/portal/theme.yml --
        extends: default
        -- themes/portal/templates/partials/teaser.ftlh --
        <#macro teaser article showSummary=true showImage=true level=2><p class="t"><a href="${article.url}">${article.title}</a><img
          src="${photo('/images/banner.jpg').src}"></p></#macro>
        """;
    int showing = pagesShowing(twin, 13, theme);
    var site = site(dir, 12, theme);
    site.putBytes("static/images/banner.jpg", TestImages.of("banner.jpg", 200, 40));
    build(dir);
    assertFresh(dir, other);

    // a new article with its photo: the helper's banner is as it was
    site.put("content/news/a13.md", article(13, ""));
    site.putBytes("static/images/p13.jpg", TestImages.of("p.jpg", 90, 60));
    var r = build(dir);
    assertThat(r.rendered()).isEqualTo(showing);
    assertFresh(dir, other);

    // the banner changes: a new generation of the helpers' photos, which every page is made again in
    site.putBytes("static/images/banner.jpg", TestImages.of("banner.jpg", 240, 40));
    r = build(dir);
    assertThat(r.rendered()).isGreaterThan(r.pages() / 2).isEqualTo(r.pages());
    assertFresh(dir, other);

    // and after that, a publish makes few pages again
    site.put("content/news/a14.md", article(14, ""));
    site.putBytes("static/images/p14.jpg", TestImages.of("p.jpg", 70, 60));
    r = build(dir);
    assertThat(r.rendered()).isPositive().isLessThan(r.pages() * 2 / 3);
    assertFresh(dir, other);
  }
}
