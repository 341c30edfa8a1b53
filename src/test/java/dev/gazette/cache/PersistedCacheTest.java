package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of {@code gazette build} between runs: each build here is a new {@link Build} that
 * knows only what the cache folder holds, as a new process would.
 */
class PersistedCacheTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://news.example/
      paginate: 2
      channels:
        - {id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州资讯}]}
        - {id: house, name: 房产频道}
      -- content/news/suzhou/a.md --
      ---
      title: 地铁8号线开通
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [交通]
      ---
      地铁8号线今天开通。详见[房展](../../house/b.md)。
      -- content/house/b.md --
      ---
      title: 春季房展会开幕
      channel: house
      date: 2022-06-25
      source: 姑苏晚报
      author: [周杰, 李娜]
      tags: [楼市, 交通]
      ---
      房展会开幕。
      -- content/news/c.md --
      ---
      title: 古城保护新规
      channel: news
      date: 2022-06-24 08:00
      source: 苏州日报
      author: 王强
      ---
      新规发布。
      """;

  private final List<String> notes = new ArrayList<>();

  private BuildResult build(Path dir) {
    return SiteFolders.persistent(dir, notes::add);
  }

  private static java.util.Map<String, String> fresh(Path dir, Path elsewhere) {
    return SiteFolders.fresh(dir, elsewhere);
  }

  @Test
  void aRebuildWithoutChangesRendersNothingAndTouchesNoFile(@TempDir Path dir, @TempDir Path other) {
    TestSite.write(dir, SITE);
    var first = build(dir);
    assertThat(first.rendered()).isPositive();
    var before = SiteFolders.identities(dir.resolve("public"));
    var second = build(dir);
    assertThat(second.rendered()).isZero();
    assertThat(second.reused()).isEqualTo(first.rendered());
    assertThat(second.written()).isZero();
    assertThat(second.changes().isEmpty()).isTrue();
    assertThat(SiteFolders.identities(dir.resolve("public"))).isEqualTo(before);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public")));
    assertThat(notes).isEmpty();
  }

  @Test
  void anEditRewritesOnlyThePagesThatShowItAndListsThem(@TempDir Path dir, @TempDir Path other) throws IOException {
    var site = TestSite.write(dir, SITE);
    build(dir);
    var before = SiteFolders.identities(dir.resolve("public"));
    var oldFiles = SiteFolders.read(dir.resolve("public"));
    site.edit("content/news/c.md", "新规发布。", "新规今日发布。");
    var result = build(dir);
    var now = SiteFolders.read(dir.resolve("public"));
    assertThat(now).isEqualTo(fresh(dir, other.resolve("public")));
    var changedFiles = new ArrayList<String>();
    now.forEach((path, text) -> {
      if (!text.equals(oldFiles.get(path))) {
        changedFiles.add(path);
      }
    });
    assertThat(result.changes().changed()).containsExactlyInAnyOrderElementsOf(changedFiles);
    assertThat(result.changes().added()).isEmpty();
    assertThat(result.changes().removed()).isEmpty();
    assertThat(changedFiles).contains("news/2022/06/c/index.html").doesNotContain("house/2022/06/b/index.html");
    var after = SiteFolders.identities(dir.resolve("public"));
    before.forEach((path, identity) -> {
      if (!changedFiles.contains(path)) {
        assertThat(after.get(path)).as("unchanged " + path + " keeps inode and mtime").isEqualTo(identity);
      }
    });
  }

  @Test
  void anEditPlansOnlyThePagesThatShowItFromTheSavedShape(@TempDir Path dir) throws IOException {
    var site = TestSite.write(dir, SITE);
    var first = build(dir);
    site.edit("content/house/b.md", "房展会开幕。", "房展会今日开幕。");
    var result = build(dir);
    assertThat(result.timings()).extracting(BuildResult.Timing::name).contains("affected").doesNotContain("jobs");
    // b's page, its neighbours', home, 404, its channel, two tags, two reporters and its source
    assertThat(result.rendered() + result.reused()).isLessThan(first.rendered());
    assertThat(result.pages()).isEqualTo(first.pages());
  }

  @Test
  void aPageRemovedBehindTheCachesBackIsWrittenAgain(@TempDir Path dir, @TempDir Path other) throws IOException {
    var site = TestSite.write(dir, SITE);
    build(dir);
    // a page no edit below touches: the build that keeps it finds it gone and builds everything
    Files.delete(dir.resolve("public/house/index.html"));
    site.edit("content/news/c.md", "新规发布。", "新规今日发布。");
    var result = build(dir);
    assertThat(dir.resolve("public/house/index.html")).exists();
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public")));
    assertThat(result.timings()).extracting(BuildResult.Timing::name).contains("jobs");
    assertThat(notes).isEmpty();
  }

  @Test
  void aRemovedArticleRemovesItsOutputs(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    build(dir);
    site.delete("content/news/c.md");
    var result = build(dir);
    assertThat(result.changes().removed()).contains("news/2022/06/c/index.html", "authors/王强/index.html");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public")));
  }

  @Test
  void aListThatGrowsASecondPageGetsARedirectAtPageOneAndLosesItWithIt(@TempDir Path dir, @TempDir Path other) {
    var site = TestSite.write(dir, SITE);
    build(dir);
    assertThat(dir.resolve("public/news/page/1/index.html")).doesNotExist();
    site.put("content/news/d.md", """
        ---
        title: 园区新政
        channel: news/suzhou
        date: 2022-06-27
        source: 苏州日报
        author: 赵焱
        tags: [交通]
        ---
        新政发布。
        """);
    var grown = build(dir);
    // news (a, c, d), the tag 交通 (a, b, d) and the source 苏州日报 (a, c, d) now have two pages
    assertThat(grown.changes().added()).contains("news/page/1/index.html", "news/page/2/index.html",
        "tags/交通/page/1/index.html", "sources/苏州日报/page/1/index.html").doesNotContain("news/suzhou/page/1/index.html");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("grown")));
    site.delete("content/news/d.md");
    var shrunk = build(dir);
    assertThat(shrunk.changes().removed()).contains("news/page/1/index.html", "tags/交通/page/1/index.html");
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("shrunk")));
    assertThat(notes).isEmpty();
  }

  @Test
  void aDamagedCacheIsReportedIgnoredAndRebuilt(@TempDir Path dir, @TempDir Path other) throws IOException {
    TestSite.write(dir, SITE);
    var expected = fresh(dir, other.resolve("public"));
    var random = new Random(7);
    for (String damage : List.of("truncate index", "random index", "random pack", "foreign version", "empty index", "no pack",
        "truncate shard", "random shard", "no shard", "foreign shard", "no source key", "damaged source key")) {
      build(dir);
      Path cache = dir.resolve(".gazette/cache");
      Path index = cache.resolve("index");
      Path pack;
      try (Stream<Path> s = Files.list(cache)) {
        pack = s.filter(p -> p.getFileName().toString().endsWith(".pack")).findFirst().orElseThrow();
      }
      switch (damage) {
        case "truncate index" -> truncate(index, Files.size(index) / 2);
        case "random index" -> scribble(index, random);
        case "random pack" -> scribble(pack, random);
        case "foreign version" -> {
          byte[] b = Files.readAllBytes(index);
          String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).replaceFirst("/java", "/jvm0");
          Files.write(index, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        case "empty index" -> Files.write(index, new byte[0]);
        case "truncate shard" -> truncate(largestShard(cache), Files.size(largestShard(cache)) - 1);
        case "random shard" -> scribble(largestShard(cache), random);
        case "no shard" -> Files.delete(largestShard(cache));
        case "foreign shard" -> {
          // a shard of the same name from another cache (a partial restore): its bytes are not the ones named
          Path shard = largestShard(cache);
          byte[] b = Files.readAllBytes(shard);
          b[b.length - 1] ^= 1;
          Files.write(shard, b);
        }
        case "no source key" -> Files.delete(cache.resolve("source-key"));
        case "damaged source key" -> Files.writeString(cache.resolve("source-key"), "gazette-source-hash-key 1\nnot hex");
        default -> Files.delete(pack);
      }
      // a changed template makes the build render every article page, reading every body from the pack
      Path template = dir.resolve("themes/default/templates/article.ftlh");
      Files.writeString(template, Files.readString(template) + "<#-- " + damage + " -->\n");
      notes.clear();
      build(dir);
      assertThat(notes).as(damage).hasSize(1);
      assertThat(notes.get(0)).as(damage).contains(".gazette/cache").containsAnyOf("cannot be used", "damaged");
      expected = fresh(dir, other.resolve("public"));
      assertThat(SiteFolders.read(dir.resolve("public"))).as(damage).isEqualTo(expected);
      notes.clear();
      build(dir);
      assertThat(notes).as("after " + damage + " the cache works again").isEmpty();
    }
  }

  @Test
  void aCacheInUseByAnotherBuildIsLeftAlone(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var options = new BuildOptions(dir, dir.resolve("public"), false, false, TestSite.NOW, null, false);
    try (var holder = Build.persistent(dir.resolve(".gazette/cache"), options, notes::add)) {
      build(dir);
      assertThat(notes).singleElement().asString().contains("in use by another build");
      assertThat(dir.resolve("public/index.html")).exists();
    }
  }

  private static Path largestShard(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache.resolve("shards"))) {
      return s.max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  private static java.util.Set<String> shards(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(".gazette/cache/shards"))) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void aSaveWritesOnlyTheShardsThatChangedAndRemovesTheOld(@TempDir Path dir, @TempDir Path other) throws IOException {
    var site = TestSite.write(dir, SITE);
    build(dir);
    var before = shards(dir);
    site.edit("content/house/b.md", "房展会开幕。", "房展会今日开幕。");
    build(dir);
    var after = shards(dir);
    // one shard per section at this size (seven sections); the edit kept the shape and its files,
    // so their shards are the same files
    assertThat(after).hasSameSizeAs(before).hasSize(7);
    java.util.function.Predicate<String> shape = n -> n.startsWith("shape-") || n.startsWith("pages-");
    assertThat(after).filteredOn(shape).hasSize(2).containsExactlyInAnyOrderElementsOf(before.stream().filter(shape).toList());
    assertThat(after).filteredOn(n -> n.startsWith("parsed-") || n.startsWith("bodies-")).doesNotContainAnyElementsOf(before);
    assertThat(SiteFolders.read(dir.resolve("public"))).isEqualTo(fresh(dir, other.resolve("public")));
    // a shard left by a killed save is removed by the next one
    Files.write(dir.resolve(".gazette/cache/shards/parsed-1-0123456789abcdef"), new byte[10]);
    site.edit("content/house/b.md", "房展会今日开幕。", "房展会昨日开幕。");
    build(dir);
    assertThat(shards(dir)).hasSize(7).doesNotContain("parsed-1-0123456789abcdef");
    assertThat(notes).isEmpty();
  }

  private static void truncate(Path file, long size) throws IOException {
    try (var f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static void scribble(Path file, Random random) throws IOException {
    byte[] b = Files.readAllBytes(file);
    for (int i = 0; i < 8 && b.length > 0; i++) {
      b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
    }
    Files.write(file, b);
  }
}
