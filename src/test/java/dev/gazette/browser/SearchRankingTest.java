package dev.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.search.Folding;
import dev.gazette.search.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranked search of the default theme, query by query, in a real browser over the index the
 * build wrote: the theme's script folds, fetches and ranks, so that is what is tested.
 */
class SearchRankingTest {
  static final String SITE = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      search: true
      channels:
        - {id: news, name: 资讯中心, children: [{id: suzhou, name: 苏州资讯}, {id: china, name: 国内新闻}]}
        - {id: life, name: 生活频道, children: [{id: food, name: 美食}]}
      -- content/news/suzhou/line8.md --
      ---
      title: 轨道交通8号线全线试运行
      channel: news/suzhou
      date: 2026-10-01
      source: 苏州日报
      author: 赵焱
      tags: [轨道交通]
      ---
      苏州地铁8号线今天开始空载试运行，线路串起相城和园区的多个片区。
      -- content/news/suzhou/campus.md --
      ---
      title: 科教创新区迎来新学期
      channel: news/suzhou
      date: 2026-09-01
      source: 姑苏晚报
      author: 王敏
      ---
      独墅湖畔的高校陆续开学，新生报到现场秩序井然。
      -- content/life/festival.md --
      ---
      title: 湖畔音乐节周末开唱
      channel: life
      date: 2026-08-01
      source: 城市商报
      author: 李娜
      ---
      两天的演出吸引观众四万人次。
      -- content/life/weekend.md --
      ---
      title: 周末去哪儿玩
      channel: life
      date: 2026-11-20
      source: 城市商报
      author: 李娜
      ---
      本周末的音乐节、集市和展览，音乐节门票仍有余量，去音乐节前记得查看交通提示。
      -- content/life/kunqu.md --
      ---
      title: 青春版昆曲新戏首演 “95后”演员挑大梁
      channel: life
      date: 2026-11-01
      source: 苏州日报
      author: 周凯
      ---
      一部由青年演员担纲主演的昆曲新编剧目首演。
      -- content/news/suzhou/museum.md --
      ---
      title: 苏州博物馆西馆开放夜场
      channel: news/suzhou
      date: 2026-07-01
      source: 本网
      author: 陈静
      ---
      西馆夜场每周五开放。
      -- content/news/china/base-station.md --
      ---
      title: 全市新建5G基站超过两千个
      channel: news/china
      date: 2026-06-01
      source: 新华社
      author: 刘洋
      ---
      通信运营商加快网络建设，苏州的覆盖率位居前列。
      -- content/life/food/crab.md --
      ---
      title: 阳澄湖开捕
      channel: life/food
      date: 2026-09-20
      source: 姑苏晚报
      author: 王敏
      tags: [美食]
      ---
      阳澄湖大闸蟹今天开捕，个头比去年更大。
      -- content/life/food/sluice.md --
      ---
      title: 水乡游记
      channel: life/food
      date: 2026-09-21
      source: 姑苏晚报
      author: 王敏
      ---
      大家在水闸边吃螃蟹，看橘子林。
      -- content/news/china/metro-apart.md --
      ---
      title: 长三角城际出行
      channel: news/china
      date: 2026-10-05
      source: 新华社
      author: 刘洋
      ---
      在苏州下了高铁，旅客可以换乘地铁前往市区。
      -- content/life/trial.md --
      ---
      title: 新菜单上线
      channel: life
      date: 2026-10-06
      source: 本网
      author: 陈静
      ---
      小店的新菜单今天试运行。
      -- content/news/china/rail-trial.md --
      ---
      title: 城际铁路试运行
      channel: news/china
      date: 2026-09-06
      source: 新华社
      author: 刘洋
      ---
      新线试运行一切正常。
      """
      + article("tech/phone", "iPhone15发布会今晚举行", "news/china", "2026-09-10", "发布会在加州举行。")
      + article("tech/mate", "新机开售", "news/china", "2026-08-29", "华为Mate60手机今天开售。")
      + article("tech/vaccine", "疫苗接种进展", "news/china", "2022-03-01", "COVID-19疫苗第二剂开始接种。")
      + article("life/cafe", "Café咖啡馆开业", "life", "2026-10-02", "店里供应手冲咖啡。")
      // a report of over 10,000 characters whose one rare word is in its last sentence
      + article("news/report", "长篇报道", "news", "2026-05-01",
          "今天天气晴朗，市民纷纷走出家门参加各类文化活动。".repeat(500) + "最后展出的是鹦鹉螺号潜艇模型。");

  /** The file of an article by 陈静 of 本网. */
  static String article(String path, String title, String channel, String date, String body) {
    return "-- content/" + path + ".md --\n---\ntitle: " + title + "\nchannel: " + channel + "\ndate: " + date
        + "\nsource: 本网\nauthor: 陈静\n---\n" + body + "\n";
  }

  static Path dir;
  static StaticServer server;
  static Chromium browser;

  @BeforeAll
  static void site(@TempDir Path temp) throws Exception {
    Assumptions.assumeTrue(Chromium.available(), "Chromium not installed (apt-get install -y chromium): browser tests skipped");
    dir = temp;
    TestSite.build(dir, SITE);
    server = new StaticServer(dir.resolve("public"));
    browser = new Chromium();
  }

  @AfterAll
  static void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aWordOnlyInOneBodyFindsThatArticle() throws Exception {
    assertThat(search("独墅湖", "")).containsExactly("campus");
  }

  @Test
  void aTitleMatchOutranksMoreFrequentAndNewerBodyMatches() throws Exception {
    assertThat(search("音乐节", "")).containsExactly("festival", "weekend");
  }

  @Test
  void quotesInsideTheTitleDoNotSplitTheQuery() throws Exception {
    assertThat(search("95后演员", "")).containsExactly("kunqu");
    assertThat(search("“95后”演员", "")).containsExactly("kunqu");
  }

  @Test
  void aFullWidthDigitFindsTheHalfWidthOne() throws Exception {
    assertThat(search("８号线", "")).containsExactly("line8");
  }

  @Test
  void aTraditionalQueryFindsSimplifiedTextAndTheTitleMatchLeads() throws Exception {
    List<String> found = search("蘇州", "");
    assertThat(found).first().isEqualTo("museum");
    assertThat(found).contains("line8", "kunqu", "base-station", "metro-apart");
    assertThat(search("蘇州", "")).isEqualTo(search("苏州", ""));
  }

  @Test
  void mixedChineseAndLatinMatchesAcrossTheScriptBoundaryInAnyCase() throws Exception {
    assertThat(search("5G基站", "")).containsExactly("base-station");
    assertThat(search("5g基站", "")).containsExactly("base-station");
  }

  @Test
  void aOneCharacterQueryMatchesSingleCharacters() throws Exception {
    assertThat(search("橘", "")).containsExactly("sluice");
    assertThat(search("蟹", "")).containsExactlyInAnyOrder("sluice", "crab");
  }

  @Test
  void aPhraseDoesNotMatchItsCharactersApart() throws Exception {
    // 大, 闸 and 蟹 all occur in "sluice", but not together
    assertThat(search("大闸蟹", "")).containsExactly("crab");
  }

  @Test
  void wordsSideBySideRankAboveTheSameWordsApart() throws Exception {
    // "metro-apart" is newer and has both words, but not as 苏州地铁
    assertThat(search("苏州 地铁", "")).containsExactly("line8", "metro-apart");
  }

  @Test
  void aQueryWithoutResultsSaysSo() throws Exception {
    assertThat(search("火星移民", "")).isEmpty();
    assertThat(browser.eval("document.getElementById('search-status').textContent")).isEqualTo("没有找到与“火星移民”相关的文章。");
  }

  @Test
  void aChannelFilterIncludesItsSubChannels() throws Exception {
    assertThat(search("试运行", "")).containsExactlyInAnyOrder("line8", "trial", "rail-trial");
    assertThat(search("试运行", "news")).containsExactlyInAnyOrder("line8", "rail-trial");
    assertThat(search("试运行", "news/china")).containsExactly("rail-trial");
    assertThat(browser.eval("document.getElementById('search-channel').value")).isEqualTo("news/china");
  }

  @Test
  void authorsSourcesAndTagsAreSearchedAndTheTagOutranksTheBody() throws Exception {
    assertThat(search("赵焱", "")).containsExactly("line8");
    assertThat(search("新华社", "")).containsExactlyInAnyOrder("base-station", "metro-apart", "rail-trial");
    assertThat(search("美食", "")).containsExactly("crab", "sluice");
  }

  @Test
  void aLongQueryWithoutTheExactPhraseFallsBackToItsWords() throws Exception {
    assertThat(search("苏州地铁换乘", "")).containsExactly("metro-apart");
    assertThat(browser.eval("document.getElementById('search-status').textContent")).contains("没有完全相同的词句");
  }

  @Test
  void lettersAndDigitsWrittenTogetherOrApartFindEachOther() throws Exception {
    for (String q : List.of("iPhone15", "iphone 15", "iPhone", "IPHONE１５", "iPhone15发布会")) {
      assertThat(search(q, "")).as(q).containsExactly("phone");
    }
    for (String q : List.of("Mate 60", "mate60", "Mate", "华为Mate 60手机")) {
      assertThat(search(q, "")).as(q).containsExactly("mate");
    }
    for (String q : List.of("covid19", "COVID-19", "covid 19", "Covid")) {
      assertThat(search(q, "")).as(q).containsExactly("vaccine");
    }
    search("iphone 15", "");
    assertThat(browser.eval("document.querySelector('#search-results h2 a').innerHTML"))
        .isEqualTo("<mark>iPhone15</mark>发布会今晚举行");
    // marked unit by unit, as a space or quote between the words of a phrase stays unmarked
    search("covid19", "");
    assertThat(browser.eval("document.querySelector('#search-results .teaser-summary').innerHTML"))
        .isEqualTo("<mark>COVID</mark>-<mark>19</mark>疫苗第二剂开始接种。");
  }

  @Test
  void accentsOfLatinLettersAreFoldedInTheQueryAndTheText() throws Exception {
    for (String q : List.of("cafe", "Café", "CAFÉ", "cafe\u0301")) {
      assertThat(search(q, "")).as(q).containsExactly("cafe");
    }
    assertThat(browser.eval("document.querySelector('#search-results h2 a').innerHTML"))
        .isEqualTo("<mark>Café</mark>咖啡馆开业");
  }

  @Test
  void aMatchAtTheEndOfALongBodyIsInTheSnippet() throws Exception {
    assertThat(search("鹦鹉螺", "")).containsExactly("report");
    String snippet = browser.eval("document.querySelector('#search-results .teaser-summary').innerHTML");
    assertThat(snippet).startsWith("…").contains("最后展出的是<mark>鹦鹉螺</mark>号潜艇模型。").doesNotEndWith("…");
  }

  @Test
  void theScriptFoldsTextExactlyAsTheIndexDoes() throws Exception {
    open("", "");
    for (String s : List.of("蘇州「８號線」ＡＢＣ", "“95后”演员", "Café déjà-vu", "İstanbul ǅ ß", "① ㈱ ｶﾞ ㌔",
        "iPhone15发布会 Mate60 COVID-19 h5n1 ３Ｄ", "Søren Łódź Ærø ﬁ ǅ ı", "٣٤abc ๑๒ x²",
        "後來　乾隆，髮型", "苏州 Line 8 号线", "e\u0301\u0302x", "𠀋𡈽 a")) {
      String java = String.join("|", Tokens.units(Folding.fold(s)));
      String js = browser.eval("window.gazetteSearch.units(" + Chromium.json(s) + ").then(u => u.join('|'))");
      assertThat(js).as(s).isEqualTo(java);
    }
  }

  /** The results of a query, as the articles' file names, in order. */
  static List<String> search(String q, String channel) throws Exception {
    open(q, channel);
    String hrefs = browser.eval("Array.from(document.querySelectorAll('#search-results li h2 a'))"
        + ".map(a => a.getAttribute('href')).join(' ')");
    return hrefs.isEmpty() ? List.of() : Arrays.stream(hrefs.split(" "))
        .map(h -> h.replaceAll(".*/([^/]+)/$", "$1")).toList();
  }

  static void open(String q, String channel) throws Exception {
    String url = server.url("/search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
        + (channel.isEmpty() ? "" : "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8)));
    browser.open(url);
    if (!q.isEmpty()) {
      browser.waitFor("performance.getEntriesByName('gazette-search-shown').length > 0", Duration.ofSeconds(20));
    }
  }
}
