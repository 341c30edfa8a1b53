package dev.gazette.cache;

import dev.gazette.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * A deterministic site of generated Chinese articles over a channel tree (after ScaleTest's
 * generator), written straight to disk so that thousands of articles never sit in one string; it
 * counts the pages a build must write independently of Gazette.
 */
final class Corpus {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime NOW = LocalDateTime.ofInstant(TestSite.NOW, ZONE);
  /** {@link TestSite#NOW} as {@code gazette build --now} takes it. */
  static final String NOW_ARG = "2030-01-01T08:00:00+08:00";

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

  static final String CONFIG = """
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
      """;

  /** What the generator wrote for one article. */
  record Generated(String file, String channel, List<String> tags, List<String> authors, String source, boolean published) {}

  final List<Generated> articles = new ArrayList<>();
  final int paginate;

  private Corpus(int paginate) {
    this.paginate = paginate;
  }

  /** Writes the config, the default theme and {@code count} articles into {@code dir}. */
  static Corpus write(Path dir, int count, int paginate, long seed) {
    TestSite.write(dir, "-- site-config.yml --\n" + CONFIG.formatted(paginate));
    var corpus = new Corpus(paginate);
    var rng = new Random(seed);
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    DateTimeFormatter[] spellings = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+08:00'"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd")};
    var sb = new StringBuilder(4096);
    for (int i = 0; i < count; i++) {
      int pick = rng.nextInt(total);
      int c = 0;
      while (pick >= WEIGHTS[c]) {
        pick -= WEIGHTS[c++];
      }
      String channel = CHANNELS[c];
      boolean draft = rng.nextInt(40) == 0;
      boolean future = !draft && rng.nextInt(50) == 0;
      LocalDateTime when = future ? NOW.plusMinutes(1 + rng.nextInt(100_000)) : NOW.minusMinutes(1 + rng.nextInt(2 * 365 * 24 * 60));
      var format = spellings[rng.nextInt(spellings.length)];
      if (format == spellings[3]) {
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
      String file = "content/" + channel + "/" + when.getYear() + "/a" + i + ".md";
      corpus.articles.add(new Generated(file, channel, List.copyOf(tags), List.copyOf(authors), source, !draft && !future));

      String title = PLACES[rng.nextInt(PLACES.length)] + PHRASES[rng.nextInt(PHRASES.length)] + "（" + i + "）";
      sb.setLength(0);
      sb.append("---\ntitle: ").append(title).append("\nchannel: ").append(channel)
          .append("\ndate: ").append(format.format(when))
          .append("\nsource: ").append(source)
          .append("\nauthor: [").append(String.join(", ", authors)).append(']')
          .append("\ntags: [").append(String.join(", ", tags)).append(']');
      if (draft) {
        sb.append("\ndraft: true");
      }
      if (rng.nextInt(10) == 0) {
        sb.append("\nsummary: ").append(title).append("。");
      }
      sb.append("\n---\n\n");
      for (int p = 1 + rng.nextInt(4); p > 0; p--) {
        for (int s = 2 + rng.nextInt(4); s > 0; s--) {
          sb.append(PLACES[rng.nextInt(PLACES.length)]).append(PHRASES[rng.nextInt(PHRASES.length)])
              .append(rng.nextBoolean() ? "，\n" : "。");
        }
        sb.append("据统计，相关规模达到").append(rng.nextInt(1000)).append("亿元。\n\n");
      }
      try {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sb, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return corpus;
  }

  long published() {
    return articles.stream().filter(Generated::published).count();
  }

  /** The HTML pages a build writes: home, articles, channel, tag, reporter and source indexes, 404. */
  int expectedPages() {
    var perChannel = new TreeMap<String, Integer>();
    for (String c : CHANNELS) {
      perChannel.put(c, 0);
    }
    Map<String, Integer> perTag = new HashMap<>();
    Map<String, Integer> perAuthor = new HashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    int published = 0;
    for (var a : articles) {
      if (!a.published()) {
        continue;
      }
      published++;
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
    int pages = 1 + published + 1;
    for (var counts : List.of(perChannel.values(), perTag.values(), perAuthor.values(), perSource.values())) {
      for (int n : counts) {
        pages += Math.max(1, (n + paginate - 1) / paginate);
      }
    }
    return pages;
  }
}
