package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.search.FileNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
  static final String CONFIG = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      search: true
      channels: [{id: news, name: 资讯中心}]
      """;
  static final String ARTICLE = """
      -- content/a.md --
      ---
      title: 地铁"八号线"试运行
      channel: news
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      tags: [轨道交通, 民生]
      ---
      地铁八号线今天开始试运行。
      """;

  @Test
  void searchTrueWritesTheIndexThePageAndTheHeaderForm(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/portal/
        search: true
        channels: [{id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州}]}]
        """ + ARTICLE.replace("channel: news", "channel: news/suzhou"));
    String manifest = site.assertFile("public/search/index.json", "\"docs\":1", "\"block\":128", "\"t2s\":\"t2s-");
    Path search = dir.resolve("public/search");
    // every file but the manifest is named by its content
    try (Stream<Path> files = Files.walk(search)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = search.relativize(f).toString();
        if (rel.equals("index.json") || rel.equals("index.html")) {
          continue;
        }
        String name = f.getFileName().toString();
        String hash = name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.'));
        assertThat(FileNames.of(Files.readAllBytes(f), hash.length())).as(rel).isEqualTo(hash);
        assertThat(manifest).as(rel + " is listed").contains(rel.startsWith("f/") ? "" : hash);
      }
    }
    String text = only(search.resolve("f"));
    assertThat(text).isEqualTo("{\"t\":\"地铁\\\"八号线\\\"试运行\",\"u\":\"/portal/news/suzhou/2022/06/a/\",\"d\":\"2022-06-26\","
        + "\"c\":\"苏州\",\"l\":\"\",\"b\":\"地铁八号线今天开始试运行。\"}\n");
    assertThat(only(search.resolve("b"))).isEqualTo(FileNames.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 16) + "\n");
    assertThat(only(search.resolve("s"))).contains("轨道", "苏州", "#news", "#news/suzhou");
    var page = site.assertFile("public/search/index.html", "站内搜索", "/portal/js/search.js",
        "data-index=\"/portal/search/index.json\"");
    assertThat(Sites.texts(Sites.html(site, "public/search/index.html"), "#search-channel option").stream().map(String::strip))
        .containsExactly("全部频道", "资讯中心", "苏州");
    assertThat(Sites.attrs(Sites.html(site, "public/search/index.html"), "#search-channel option", "value"))
        .containsExactly("", "news", "news/suzhou");
    assertThat(page).contains("aria-live=\"polite\"");
    site.assertFile("public/index.html", "action=\"/portal/search/\"");
    site.assertFile("public/js/search.js", "data-index");
  }

  @Test
  void theHomePageAdvertisesTheSearchToSearchEngines(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: 苏州"都市"网
        baseUrl: https://news.example/portal/
        search: true
        channels: [{id: news, name: 资讯中心}]
        """ + ARTICLE);
    var scripts = Sites.html(site, "public/index.html").select("script[type=application/ld+json]");
    var ld = scripts.stream().map(e -> (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(e.data()))
        .filter(m -> "WebSite".equals(m.get("@type"))).toList();
    assertThat(ld).hasSize(1);
    assertThat(ld.get(0).get("name")).isEqualTo("苏州\"都市\"网");
    assertThat(ld.get(0).get("url")).isEqualTo("https://news.example/portal/");
    var action = (Map<?, ?>) ld.get(0).get("potentialAction");
    assertThat(action.get("@type")).isEqualTo("SearchAction");
    assertThat(((Map<?, ?>) action.get("target")).get("urlTemplate"))
        .isEqualTo("https://news.example/portal/search/?q={search_term_string}");
    assertThat(action.get("query-input")).isEqualTo("required name=search_term_string");
    assertThat(Sites.html(site, "public/news/index.html").html()).doesNotContain("SearchAction");
  }

  @Test
  void theIndexIsTheSameBytesWhenBuiltAgainAndChangesWithTheArticles(@TempDir Path dir) throws Exception {
    var site = TestSite.build(dir, CONFIG + ARTICLE);
    var first = files(dir.resolve("public/search"));
    site.build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    assertThat(files(dir.resolve("public/search"))).isEqualTo(first);
    String oldBlock = first.keySet().stream().filter(p -> p.startsWith("b/")).findFirst().orElseThrow();
    site.put("content/b.md", """
        ---
        title: 更新的文章
        channel: news
        date: 2022-07-01
        source: 苏州日报
        author: 赵焱
        ---
        正文。
        """).build();
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
    var second = files(dir.resolve("public/search"));
    assertThat(second).doesNotContainKey(oldBlock).containsKey("index.json");
    assertThat(second.get("index.json")).contains("\"docs\":2");
  }

  @Test
  void lettersAndDigitsAreIndexedApartAndLatinAccentsFolded(@TempDir Path dir) throws Exception {
    TestSite.build(dir, CONFIG
        + "-- content/phone.md --\n" + Sites.newsArticle("iPhone15发布会今晚举行", "发布会在加州举行。")
        + "-- content/phone-apart.md --\n" + Sites.newsArticle("iPhone 15 开始预售", "预售首日。")
        + "-- content/mate.md --\n" + Sites.newsArticle("华为Mate60手机开售", "华为 Mate 60 今天开售。")
        + "-- content/vaccine.md --\n" + Sites.newsArticle("COVID-19疫苗接种", "第二剂。")
        + "-- content/cafe.md --\n" + Sites.newsArticle("Café咖啡馆开业", "店名是 CAFÉ Ørsted。"));
    Map<String, Integer> df = tokens(dir.resolve("public/search/s"));
    // iPhone15 and iPhone 15 are the same tokens: either spelling of a query finds both
    assertThat(df).containsEntry("iphone", 2).containsEntry("15", 2).containsEntry("iphone 15", 2)
        .containsEntry("mate", 1).containsEntry("60", 1).containsEntry("mate 60", 1)
        .containsEntry("covid 19", 1).containsEntry("60 手", 1)
        .containsEntry("cafe", 1).containsEntry("orsted", 1).containsEntry("cafe 咖", 1)
        .doesNotContainKeys("iphone15", "mate60", "covid19", "café", "ørsted");
  }

  @Test
  void theTextFileHoldsTheWholeBodySoThatALateMatchHasItsSnippet(@TempDir Path dir) throws Exception {
    String body = "今天天气晴朗，市民纷纷走出家门参加各类文化活动。".repeat(500) + "最后展出的是鹦鹉螺号潜艇模型。";
    TestSite.build(dir, CONFIG + "-- content/long.md --\n" + Sites.newsArticle("长篇报道", body));
    String text = only(dir.resolve("public/search/f"));
    assertThat(text).endsWith(",\"b\":\"" + body + "\"}\n");
    assertThat(body.length()).isGreaterThan(10_000);
  }

  /** The tokens of an index's shards (see TokenEntry for the format) with their article counts. */
  private static Map<String, Integer> tokens(Path shards) throws Exception {
    var df = new java.util.TreeMap<String, Integer>();
    try (Stream<Path> files = Files.list(shards)) {
      for (Path f : files.toList()) {
        var in = java.nio.ByteBuffer.wrap(Files.readAllBytes(f));
        while (in.hasRemaining()) {
          byte[] token = new byte[varint(in)];
          in.get(token);
          int articles = varint(in);
          int k = varint(in);
          for (int i = 0; i < k; i++) {
            varint(in);
          }
          in.position(in.position() + k + 2); // the weights, rest and kind
          int list = varint(in);
          in.position(in.position() + list);
          df.put(new String(token, java.nio.charset.StandardCharsets.UTF_8), articles);
        }
      }
    }
    return df;
  }

  private static int varint(java.nio.ByteBuffer in) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      v |= (b & 0x7f) << shift;
      if (b >= 0) {
        return v;
      }
    }
  }

  /** Path (relative) to text of every file under {@code root}. */
  private static Map<String, String> files(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      var out = new java.util.TreeMap<String, String>();
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      return out;
    }
  }

  private static String only(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      var all = files.toList();
      assertThat(all).hasSize(1);
      return Files.readString(all.get(0), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTwoSearchLandmarksOfTheSearchPageHaveDifferentNames(@TempDir Path dir) {
    // the header form and the page's form were both role=search without a name: axe-core
    // landmark-unique, and a screen reader's landmark list showed two identical "search" entries
    var site = TestSite.build(dir, CONFIG + ARTICLE);
    var page = Sites.html(site, "public/search/index.html");
    var labels = page.select("[role=search]").eachAttr("aria-label");
    assertThat(labels).hasSize(2).doesNotContain("");
    assertThat(new java.util.HashSet<>(labels)).hasSize(2);
    assertThat(Sites.html(site, "public/index.html").select("[role=search]").eachAttr("aria-label")).containsExactly("站内搜索");
  }

  @Test
  void searchFalseWritesNeitherIndexNorForm(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯中心}]
        """ + ARTICLE);
    site.assertNoFile("public/search/index.json");
    site.assertNoFile("public/search/index.html");
    assertThat(site.read("public/index.html")).doesNotContain("role=\"search\"").doesNotContain("SearchAction");
  }
}
