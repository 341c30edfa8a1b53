package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack of rendered bodies in {@code .gazette/cache}: bodies rendered again are appended, so
 * without compaction it grows with every edit and every change of base URL (a preview deploy
 * between production ones renders every body again), and CI would restore and save an ever
 * larger cache.
 */
class CachePackTest {
  private final List<String> notes = new ArrayList<>();

  private static String site() {
    var sb = new StringBuilder(PersistedCacheTest.SITE);
    // bodies of some 30 KB each, so that a few builds make the pack larger than its slack
    String paragraph = "苏州工业园区发布了新一轮产业扶持政策，金鸡湖畔举办了文化旅游节。".repeat(30) + "\n\n";
    for (String file : List.of("content/news/suzhou/a.md", "content/house/b.md", "content/news/c.md")) {
      int at = sb.indexOf("-- " + file + " --");
      int end = sb.indexOf("\n-- ", at + 1);
      sb.insert(end < 0 ? sb.length() : end + 1, paragraph.repeat(10));
    }
    return sb.toString();
  }

  private void build(Path dir, String baseUrl) {
    var options = new BuildOptions(dir, dir.resolve("public"), false, false, TestSite.NOW, baseUrl, false);
    try (var build = Build.persistent(dir.resolve(".gazette/cache"), options, notes::add)) {
      build.run(options);
    }
  }

  private static Map<String, String> fresh(Path dir, Path elsewhere, String baseUrl) {
    var options = new BuildOptions(dir, elsewhere, false, false, TestSite.NOW, baseUrl, false);
    try (var build = new Build()) {
      build.run(options);
    }
    return SiteFolders.read(elsewhere);
  }

  private static long packBytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(".gazette/cache"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".pack")).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static List<String> packs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(".gazette/cache"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pack")).sorted().toList();
    }
  }

  @Test
  void thePackStaysWithinAFewTimesTheBodiesInUse(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, site());
    build(dir, null);
    long first = packBytes(dir);
    assertThat(first).isGreaterThan(50_000);
    long most = first;
    for (int i = 1; i <= 20; i++) {
      // production and preview deploys take turns: every body is rendered again each time
      build(dir, i % 2 == 0 ? null : "https://preview.example/");
      most = Math.max(most, packBytes(dir));
      assertThat(packs(dir)).as("one pack after build " + i).hasSize(1);
    }
    assertThat(most).as("the largest pack in 20 builds, against " + first + " bytes after the first").isLessThan(4 * first + 64 * 1024);
    assertThat(notes).isEmpty();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public"), null));
    // the compacted pack serves every body: a template change renders every page from it
    Path template = dir.resolve("themes/default/templates/article.ftlh");
    Files.writeString(template, Files.readString(template).replace("</article>", "<!-- 改版 --></article>"));
    build(dir, null);
    assertThat(notes).isEmpty();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public2"), null));
  }

  @Test
  void aPackLeftByAKilledBuildIsIgnoredAndRemoved(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, site());
    build(dir, null);
    // a compaction killed half way leaves the next pack half written; the index names the old one
    Files.write(dir.resolve(".gazette/cache/bodies-2.pack"), new byte[1000]);
    Path template = dir.resolve("themes/default/templates/article.ftlh");
    Files.writeString(template, Files.readString(template).replace("</article>", "<!-- 改版 --></article>"));
    build(dir, null);
    assertThat(notes).isEmpty();
    assertThat(packs(dir)).containsExactly("bodies-1.pack");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public"), null));
  }
}
