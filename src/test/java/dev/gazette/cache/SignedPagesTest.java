package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.BuildResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds whose structure changed under the same frame (articles added, removed, re-dated): pages
 * signed as in the last build are kept without their models being made, and every step gives the
 * bytes of a fresh build. Each case is one that a missing part of a signature would get wrong.
 */
class SignedPagesTest {
  private static String article(int day, String extra) {
    return "---\ntitle: 新闻" + day + "\nchannel: news\ndate: 2022-06-" + (10 + day) + "\nsource: 苏州日报\nauthor: 甲\n"
        + "tags: [" + (day % 2 == 0 ? "交通" : "楼市") + "]\n" + extra + "---\n正文" + day + "。\n";
  }

  private static TestSite site(Path dir, String paginate, int articles) {
    var text = new StringBuilder("-- site-config.yml --\ntitle: T\nbaseUrl: https://news.example/\npaginate: " + paginate
        + "\nchannels: [{id: news, name: 资讯}]\n"
        + "-- static/images/lead.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"></svg>\n");
    for (int d = 1; d <= articles; d++) {
      text.append("-- content/news/a").append(d).append(".md --\n").append(article(d, d == 2 ? "image: /images/lead.svg\n" : ""));
    }
    return TestSite.write(dir, text.toString());
  }

  private static BuildResult build(Path dir) {
    return SiteFolders.persistent(dir, s -> {});
  }

  private static boolean signed(BuildResult r) {
    return r.timings().stream().anyMatch(t -> t.name().equals("signed"));
  }

  private static void assertFresh(Path dir, Path elsewhere, BuildResult r) {
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(SiteFolders.fresh(dir, elsewhere));
    assertThat(signed(r)).as("pages kept by their signatures").isTrue();
  }

  @Test
  void aNewArticleThatOpensAStableArchivePageChangesTheNewerLinkOfTheLastOne(@TempDir Path dir, @TempDir Path other) {
    // 8 articles in pages of 2: archive pages 1 to 4, all full; the 9th opens page 5, and page 4
    // (whose articles are the same) now links to it instead of to the index
    var site = site(dir, "{size: 2, stable: true}", 8);
    build(dir);
    site.put("content/news/a9.md", article(9, ""));
    var r = build(dir);
    assertThat(site.read("public/news/page/4/index.html")).contains("href=\"/news/page/5/\"");
    assertFresh(dir, other, r);
  }

  @Test
  void aNewArticleShiftsEveryPageOfItsListsWithNewestFirstPages(@TempDir Path dir, @TempDir Path other) {
    var site = site(dir, "2", 7);
    build(dir);
    site.put("content/news/a8.md", article(8, ""));
    assertFresh(dir, other, build(dir));
    site.delete("content/news/a3.md");
    assertFresh(dir, other, build(dir));
    // re-dated: it moves in every list, and its neighbours' previous and next links change
    site.put("content/news/a5.md", article(5, "").replace("2022-06-15", "2022-06-30"));
    assertFresh(dir, other, build(dir));
  }

  @Test
  void aLeadImageWhoseSizeChangesIsPrintedAnewWhereverItsArticleIsShown(@TempDir Path dir, @TempDir Path other) {
    var site = site(dir, "{size: 2, stable: true}", 6);
    build(dir);
    site.put("static/images/lead.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"60\"></svg>\n");
    site.put("content/news/a7.md", article(7, ""));
    var r = build(dir);
    assertThat(site.read("public/news/page/1/index.html")).contains("width=\"80\"");
    assertFresh(dir, other, r);
  }
}
