package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds 2,000 generated Chinese articles over a channel tree and checks the exact number of
 * pages and files, counted independently of Gazette from what the generator wrote.
 */
class ScaleTest {
  static final int ARTICLES = 2000;
  static final int PAGINATE = 15;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime NOW = LocalDateTime.ofInstant(TestSite.NOW, ZONE);

  static final String[] CHANNELS = {"hot", "news", "news/suzhou", "news/china", "news/world", "house",
      "life", "life/food", "life/ent", "auto", "travel", "baby"};
  static final int[] WEIGHTS = {3, 1, 10, 6, 4, 5, 2, 4, 5, 4, 3, 2};
  static final String[] TAGS = {"生物医药", "产业集群", "数字经济", "夜经济", "消费", "交通", "教育", "医疗",
      "住房", "楼市", "新能源汽车", "旅游", "美食", "演唱会", "电影", "亲子", "天气", "民生", "就业", "科技",
      "创新", "环保", "文化", "体育", "马拉松", "园林", "古城保护", "地铁", "营商环境", "养老"};
  static final String[] SOURCES = {"苏州日报", "姑苏晚报", "城市商报", "本网", "新华社", "苏州发布", "江苏新闻", "经济日报"};
  static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
  static final String[] PLACES = {"苏州工业园区", "姑苏区", "吴中区", "相城区", "昆山市", "平江路", "金鸡湖畔", "观前街"};
  static final String[] PHRASES = {"发布了新一轮产业扶持政策", "启动了重点项目建设", "推出了便民服务举措",
      "召开了专题推进会", "完成了年度目标任务", "举办了文化旅游节"};

  /** What the generator wrote, to count expected pages from. */
  record Generated(String channel, List<String> tags, List<String> authors, String source, boolean published) {}

  static final class Corpus {
    final List<Generated> articles = new ArrayList<>();
    final StringBuilder files = new StringBuilder();
  }

  /** A deterministic corpus: the same seed always writes the same bytes. */
  static Corpus generate(long seed) {
    var rng = new Random(seed);
    var corpus = new Corpus();
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    DateTimeFormatter[] spellings = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+08:00'"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss '+0800'"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd")};
    for (int i = 0; i < ARTICLES; i++) {
      int pick = rng.nextInt(total);
      int c = 0;
      while (pick >= WEIGHTS[c]) {
        pick -= WEIGHTS[c++];
      }
      String channel = CHANNELS[c];
      // 1 in 40 is a draft, 1 in 50 is scheduled after "now"
      boolean draft = rng.nextInt(40) == 0;
      boolean future = !draft && rng.nextInt(50) == 0;
      LocalDateTime when = future ? NOW.plusMinutes(1 + rng.nextInt(100_000)) : NOW.minusMinutes(1 + rng.nextInt(2 * 365 * 24 * 60));
      var format = spellings[rng.nextInt(spellings.length)];
      if (format == spellings[4]) {
        when = when.toLocalDate().atStartOfDay();
      }
      var tags = new LinkedHashSet<String>();
      for (int t = rng.nextInt(4); t > 0; t--) {
        tags.add(TAGS[rng.nextInt(TAGS.length)]);
      }
      var authors = new LinkedHashSet<String>();
      for (int a = 1 + rng.nextInt(2); a > 0; a--) {
        authors.add("" + SURNAMES.charAt(rng.nextInt(SURNAMES.length())) + GIVEN.charAt(rng.nextInt(GIVEN.length())));
      }
      String source = SOURCES[rng.nextInt(SOURCES.length)];
      corpus.articles.add(new Generated(channel, List.copyOf(tags), List.copyOf(authors), source, !draft && !future));

      String title = PLACES[rng.nextInt(PLACES.length)] + PHRASES[rng.nextInt(PHRASES.length)] + "（" + i + "）";
      corpus.files.append("-- content/").append(channel).append('/').append(when.getYear()).append("/a").append(i).append(".md --\n")
          .append("---\ntitle: ").append(title).append("\nchannel: ").append(channel)
          .append("\ndate: ").append(format.format(when))
          .append("\nsource: ").append(source)
          .append("\nauthor: [").append(String.join(", ", authors)).append(']')
          .append("\ntags: [").append(String.join(", ", tags)).append(']');
      if (draft) {
        corpus.files.append("\ndraft: true");
      }
      if (rng.nextInt(10) == 0) {
        corpus.files.append("\nsummary: ").append(title).append("。");
      }
      corpus.files.append("\n---\n\n");
      for (int p = 1 + rng.nextInt(4); p > 0; p--) {
        for (int s = 2 + rng.nextInt(4); s > 0; s--) {
          corpus.files.append(PLACES[rng.nextInt(PLACES.length)]).append(PHRASES[rng.nextInt(PHRASES.length)])
              .append(rng.nextBoolean() ? "，\n" : "。");
        }
        corpus.files.append("据统计，相关规模达到").append(rng.nextInt(1000)).append("亿元。\n\n");
      }
    }
    return corpus;
  }

  static int pages(int items) {
    return Math.max(1, (items + PAGINATE - 1) / PAGINATE);
  }

  /** How many of these lists have more than one page. */
  static int redirects(Map<String, Integer> lists) {
    return (int) lists.values().stream().filter(n -> pages(n) > 1).count();
  }

  @Test
  void twoThousandArticlesWriteExactlyTheExpectedPages(@TempDir Path dir) throws IOException {
    var corpus = generate(20300101L);
    String config = """
        -- site-config.yml --
        title: 苏州都市网
        baseUrl: https://www.example.com/
        paginate: %d
        channels:
          - {id: hot, name: 热门快讯}
          - id: news
            name: 资讯中心
            children: [{id: suzhou, name: 苏州资讯}, {id: china, name: 国内新闻}, {id: world, name: 国际新闻}]
          - {id: house, name: 房产频道}
          - id: life
            name: 生活频道
            children: [{id: food, name: 美食}, {id: ent, name: 娱乐}]
          - {id: auto, name: 汽车频道}
          - {id: travel, name: 苏州旅游}
          - {id: baby, name: 母婴频道}
        """.formatted(PAGINATE);
    long t0 = System.nanoTime();
    var site = TestSite.build(dir, config + corpus.files);
    long millis = (System.nanoTime() - t0) / 1_000_000;

    // expected counts, from the generator's own record
    var published = corpus.articles.stream().filter(Generated::published).toList();
    var perChannel = new TreeMap<String, Integer>();
    for (String c : CHANNELS) {
      perChannel.put(c, 0);
    }
    Map<String, Integer> perTag = new HashMap<>();
    Map<String, Integer> perAuthor = new HashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    for (var a : published) {
      for (String c = a.channel(); ; c = c.substring(0, c.lastIndexOf('/'))) {
        perChannel.merge(c, 1, Integer::sum);
        if (!c.contains("/")) {
          break;
        }
      }
      a.tags().forEach(t -> perTag.merge(t, 1, Integer::sum));
      a.authors().forEach(n -> perAuthor.merge(n, 1, Integer::sum));
      perSource.merge(a.source(), 1, Integer::sum);
    }
    int channelPages = perChannel.values().stream().mapToInt(ScaleTest::pages).sum();
    int tagPages = perTag.values().stream().mapToInt(ScaleTest::pages).sum();
    int authorPages = perAuthor.values().stream().mapToInt(ScaleTest::pages).sum();
    int sourcePages = perSource.values().stream().mapToInt(ScaleTest::pages).sum();
    int expectedPages = 1 + published.size() + channelPages + tagPages + authorPages + sourcePages + 1;

    assertThat(published.size()).isBetween(1850, 1990);
    assertThat(site.result().articles()).isEqualTo(published.size());
    assertThat(site.result().pages()).isEqualTo(expectedPages);

    // every list with a page 2 also has page/1/, a redirect to its index
    int tagRedirects = redirects(perTag);
    int redirects = redirects(perChannel) + tagRedirects + redirects(perAuthor) + redirects(perSource);
    Path out = dir.resolve("public");
    assertThat(count(out, "index.html")).isEqualTo(expectedPages - 1 + redirects);  // all but 404.html
    assertThat(count(out.resolve("tags"), "index.html")).isEqualTo(tagPages + tagRedirects);
    assertThat(count(out.resolve("authors"), "index.html")).isEqualTo(authorPages + redirects(perAuthor));
    assertThat(count(out.resolve("sources"), "index.html")).isEqualTo(sourcePages + redirects(perSource));
    int feeds = 1 + CHANNELS.length + perTag.size();
    assertThat(count(out, "rss.xml")).isEqualTo(feeds);
    int themeStatic = count(dir.resolve("themes/default/static"), "");
    // the news sitemap only when an article is in its 48 hours
    int discovery = 2 /* sitemap, robots */ + (site.exists("public/news-sitemap.xml") ? 1 : 0);
    int files = expectedPages + redirects + feeds + discovery + themeStatic;
    assertThat(count(out, "")).isEqualTo(files);
    assertThat(site.result().files()).isEqualTo(files);

    // the parent channel "news" pages through its children's articles: the last page holds the rest
    int news = perChannel.get("news");
    int lastNews = pages(news);
    String last = "public/news/page/" + lastNews + "/index.html";
    assertThat(Jsoup.parse(site.read(last)).select(".teaser")).hasSize(news - (lastNews - 1) * PAGINATE);
    assertThat(site.exists("public/news/page/" + (lastNews + 1) + "/index.html")).isFalse();
    assertThat(Jsoup.parse(site.read("public/news/index.html")).select(".pager-info").text())
        .isEqualTo("第 1 / " + lastNews + " 页，共 " + news + " 篇");

    String sitemap = site.read("public/sitemap.xml");
    int urls = 1 + CHANNELS.length + published.size() + perTag.size() + perAuthor.size() + perSource.size();
    assertThat(sitemap.split("<url>", -1).length - 1).isEqualTo(urls);
    assertThat(site.read("public/rss.xml").split("<item>", -1).length - 1).isEqualTo(50);

    // about 5 s on a quiet laptop; the bound only catches something quadratic, not a busy CI box
    assertThat(millis).as("build time of 2,000 articles").isLessThan(60_000);
  }

  @Test
  void theGeneratorIsDeterministic() {
    assertThat(generate(7).files.toString()).isEqualTo(generate(7).files.toString());
    assertThat(generate(7).files.toString()).isNotEqualTo(generate(8).files.toString());
  }

  private static int count(Path root, String name) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return (int) s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(name)).count();
    }
  }
}
