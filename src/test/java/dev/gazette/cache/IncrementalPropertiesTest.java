package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Captured;
import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.store.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caching never changes a byte: random sequences of 3 to 8 edits to a small portal (three channels
 * with a sub-channel, eight articles, paginate 2, a standalone page, static files, tags, reporters,
 * sources, aliases, .md links between articles): bodies and front matter edited, articles added,
 * deleted, renamed and moved out of the site, templates and static files edited, added and removed,
 * the config changed, editors' backup files saved, files saved unchanged. After every step
 *
 * <ul>
 *   <li>the dev server's build ({@link Build#incremental()}, kept across steps, told exactly which
 *       paths changed since its last good build, streaming into a {@link Captured} on top of the
 *       last one) and
 *   <li>{@code gazette build} with its persisted cache ({@link Build#persistent}, a new instance
 *       per step as a new process would be, writing {@code public/} with {@code .gazette/cache}
 *       kept across steps)
 * </ul>
 *
 * must give exactly the files, counts and diagnostics of a fresh {@code new Build()} of the same
 * sources (in memory at every step, and into a folder of its own at the end of each sequence).
 * The persistent build must also report as changed exactly the files whose bytes changed, keep
 * the others' inode and mtime, leave nothing beside {@code public/}, and after a step that changed
 * nothing render and write nothing. A step may break the site (a .md link to a deleted file, bad
 * front matter, a broken template, a removed channel; the next step repairs it): then all three
 * fail with the same diagnostics and {@code public/} stays as it was. A step may also change
 * {@code public/} behind the cache's back.
 *
 * <p>20 tries by default (about 45 s on a slow box); {@code -Dgazette.incremental.tries=300} for a
 * long run. Among the edits: {@code disableKinds} switched on (the dev server's rebuild once wrote
 * the pages it turns off) and a build that fails after pages were rendered (a failed build once
 * recorded their fingerprints, so the next build kept stale pages).
 */
class IncrementalPropertiesTest {
  static final int TRIES = Integer.getInteger("gazette.incremental.tries", 20);

  static final AtomicInteger TRIED = new AtomicInteger();
  static final AtomicInteger STEPS = new AtomicInteger();
  static final AtomicInteger FAILED_BUILDS = new AtomicInteger();
  static final AtomicInteger NOOPS = new AtomicInteger();
  static final AtomicInteger EDITS = new AtomicInteger();
  /** Persistent steps that planned only the affected pages from the saved shape. */
  static final AtomicInteger SHAPED = new AtomicInteger();
  /** Persistent steps whose structure changed under the same frame: pages kept by their signatures. */
  static final AtomicInteger SIGNED = new AtomicInteger();
  /** In-memory (dev server) steps whose structure changed under the same frame: pages kept by their signatures. */
  static final AtomicInteger SIGNED_IN_MEMORY = new AtomicInteger();
  static final AtomicLong START = new AtomicLong();

  /** Lets {@code -Dgazette.incremental.tries=N} set the number of tries. */
  static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(TRIES);
      return property.execute();
    }
  }

  @BeforeContainer
  static void start() {
    START.set(System.nanoTime());
  }

  @AfterContainer
  static void report() {
    System.out.printf("IncrementalPropertiesTest: %d tries, %d steps (%d failing builds, %d no-op steps, %d by the"
        + " dev server's edit path, %d persistent builds by the saved shape, %d by the saved page signatures, %d dev"
        + " server builds by the last page signatures) in %.1f s%n",
        TRIED.get(), STEPS.get(), FAILED_BUILDS.get(), NOOPS.get(), EDITS.get(), SHAPED.get(), SIGNED.get(), SIGNED_IN_MEMORY.get(),
        (System.nanoTime() - START.get()) / 1e9);
  }

  enum Kind { BODY, FRONT, ADD, DELETE, RENAME, TEMPLATE, STATIC, CONFIG, PAGE, NOOP, MULTI, BREAK, TAMPER, CLOCK }

  /** One edit; what it does is read from the numbers against the site as it is at that step. */
  record Edit(Kind kind, int a, int b, int c) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Kind> kinds = Arbitraries.frequency(
        Tuple.of(3, Kind.BODY), Tuple.of(6, Kind.FRONT), Tuple.of(2, Kind.ADD), Tuple.of(2, Kind.DELETE),
        Tuple.of(2, Kind.RENAME), Tuple.of(2, Kind.TEMPLATE), Tuple.of(2, Kind.STATIC), Tuple.of(2, Kind.CONFIG),
        Tuple.of(1, Kind.PAGE), Tuple.of(2, Kind.NOOP), Tuple.of(1, Kind.MULTI), Tuple.of(1, Kind.BREAK),
        Tuple.of(1, Kind.TAMPER), Tuple.of(2, Kind.CLOCK));
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 9999);
    return Combinators.combine(kinds, n, n, n).as(Edit::new).list().ofMinSize(3).ofMaxSize(8);
  }

  @Property(shrinking = ShrinkingMode.BOUNDED)
  @AddLifecycleHook(Tries.class)
  void everyStepBuildsTheBytesOfAFreshBuild(@ForAll("edits") List<Edit> edits) throws IOException {
    TRIED.incrementAndGet();
    Path root = Files.createTempDirectory("gazette-incremental");
    try (var run = new Run(root)) {
      run.start();
      for (Edit e : edits) {
        run.step(e);
      }
      run.freshOnDisk();
    } finally {
      deleteTree(root);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the site, as a model written out to files

  static final String[] TITLES = {"地铁8号线开通", "平江路改造完成", "秋季房展会开幕", "古城保护新规", "金鸡湖马拉松开跑",
      "园区新房入市", "'\"双引号\" & <尖括号>'", "苏州博物馆夜场"};
  /** Ties on purpose, a date with an offset, one in the future (left out) and one in another year. */
  static final String[] DATES = {"2022-06-20 09:00", "2022-06-21 10:00", "2022-06-21 10:00", "2022-06-22",
      "2022-07-01 08:30", "2021-12-31 23:59", "2022-06-26T17:05:00+08:00", "2031-01-01", "2022-06-23 15:30"};
  static final String[] CHANNELS = {"news", "news/suzhou", "house"};
  static final String[] FOLDERS = {"content/news", "content/news/suzhou", "content/house", "content/house/2022"};
  /** Null is no tags line; AI and ai share one tag page, as do Li Na and li na one reporter page. */
  static final String[] TAGS = {null, "[交通]", "[交通, 民生]", "[民生]", "[楼市, 民生]", "[AI]", "[ai, 科技]", "文旅、民生", "[]"};
  static final String[] AUTHORS = {"赵焱", "[赵焱, 张叶]", "王敏、李强", "Li Na", "[陈静]", "li na"};
  static final String[] SOURCES = {"苏州日报", "姑苏晚报", "新华社", "本网"};
  static final String[] SUMMARIES = {null, null, "昨天，推进会在苏州工业园区召开。",
      "这是一段很长的导读，" + "内容反复出现。".repeat(20)};
  static final String[] IMAGES = {null, null, "/images/s1.svg", "/images/s2.svg", "https://img.example/x.jpg", "/images/p1.jpg"};
  static final String[] BODIES = {
      "苏报讯　第%d篇报道今天发布。\n",
      "导语部分，第%d篇。\n\n<!--more-->\n\n正文第二段。\n",
      "| 项目 | 数量 |\n| :-- | --: |\n| 地铁 | %d |\n\n见注释[^1]。\n\n[^1]: 注释内容。\n",
      "图片：![现场](/images/s1.svg)\n\n访问 https://www.example.com/ 了解第%d篇。\n",
      "长文第%d篇。" + "苏州工业园区发布了新一轮产业扶持政策，金鸡湖畔举办了文化旅游节。".repeat(8) + "\n",
      "## 小标题\n\n内容%d。\n\n## 小标题\n\n重复的标题。\n\n见[文件](/files/report.txt)。\n",
      "照片：![街景](/images/p1.jpg)\n\n第%d篇配图报道。\n"};
  /** The JPEGs are photos: derivatives, and pages that depend on the ones they show (p2 only through a template's photo()). */
  static final String[] STATIC_PATHS = {"static/images/s1.svg", "static/images/s2.svg", "static/files/report.txt",
      "static/css/style.css", "themes/default/static/js/search.js", "static/images/p1.jpg", "static/images/p2.jpg"};
  static final String[] SITE_TITLES = {"苏州都市网", "姑苏新闻网", "A & B 新闻"};
  static final int[] PAGINATES = {2, 1, 3, 5};
  static final String[][] CHANNEL_NAMES = {{"资讯中心", "新闻"}, {"苏州资讯", "姑苏资讯"}, {"房产频道", "楼市"}};
  static final Map<String, String> TEMPLATE_ANCHORS = new LinkedHashMap<>();

  static {
    TEMPLATE_ANCHORS.put("article.ftlh", "</article>");
    TEMPLATE_ANCHORS.put("list.ftlh", "</header>");
    TEMPLATE_ANCHORS.put("home.ftlh", "<h1 class=\"sr-only\">");
    TEMPLATE_ANCHORS.put("base.ftlh", "</footer>");
    TEMPLATE_ANCHORS.put("partials/teaser.ftlh", "</article>");
    TEMPLATE_ANCHORS.put("page.ftlh", "</article>");
    TEMPLATE_ANCHORS.put("404.ftlh", "</section>");
  }

  static final class Art {
    final int id;
    String file;
    String title;
    String channel;
    String date;
    String tags;
    String author;
    String source;
    boolean draft;
    boolean headline;
    String summary;
    String image;
    int aliases;
    boolean crlf;
    String updated;
    String expires;
    String slug;
    int body;
    /** The content file a .md link in the body points to, or null. */
    String link;

    Art(int id, String file) {
      this.id = id;
      this.file = file;
    }
  }

  /** One try: the site, the three builds and what the last successful ones left. */
  static final class Run implements AutoCloseable {
    final Path site;
    final Path freshOut;
    final Path cacheDir;
    /** The options of every build; a CLOCK step moves their "now". */
    BuildOptions options;
    final Build incremental = Build.incremental();
    final List<String> log = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    // the model
    final List<Art> articles = new ArrayList<>();
    int nextId;
    String siteTitle = SITE_TITLES[0];
    int paginate = 2;
    final String[] channelNames = {CHANNEL_NAMES[0][0], CHANNEL_NAMES[1][0], CHANNEL_NAMES[2][0]};
    int feedItems = 50;
    boolean search;
    int summaryLength = 120;
    String timezone = "Asia/Shanghai";
    String permalink = null;
    String baseUrl = "https://news.example/portal/";
    boolean stablePages;
    String disableKinds = null;
    String pageTitle = "关于我们";
    int pageBody;
    String pageLink;
    boolean contact;
    final Map<String, String> templatesOriginal = new TreeMap<>();

    // the builds
    Captured last;
    Outcome lastFresh;
    /** Paths changed since the last successful incremental build (the dev server's sinceGood). */
    final Set<Path> sinceGood = new LinkedHashSet<>();
    /** Whether the sources changed since the last successful persistent build. */
    boolean changedSincePersisted;

    Run(Path root) throws IOException {
      site = root.resolve("site");
      freshOut = root.resolve("fresh/public");
      cacheDir = site.resolve(".gazette/cache");
      options = new BuildOptions(site, site.resolve("public"), false, false, TestSite.NOW, null, false);
      TestSite.write(site, "-- static/images/s1.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
      writeBytes("static/images/p1.jpg", dev.gazette.photos.TestImages.of("p1.jpg", 48, 32), null);
      Path templates = site.resolve("themes/default/templates");
      for (String t : TEMPLATE_ANCHORS.keySet()) {
        String text = Files.readString(templates.resolve(t));
        assertThat(text).as(t).contains(TEMPLATE_ANCHORS.get(t));
        templatesOriginal.put(t, text);
      }
      templatesOriginal.put("tag.ftlh", Files.readString(templates.resolve("list.ftlh")));
      templatesOriginal.put("channel.ftlh", Files.readString(templates.resolve("list.ftlh")));
      for (int i = 0; i < 8; i++) {
        var a = new Art(nextId++, FOLDERS[i % FOLDERS.length] + "/a" + i + ".md");
        a.title = TITLES[i % TITLES.length].startsWith("'") ? "标题" + i : TITLES[i % TITLES.length];
        a.channel = CHANNELS[i % CHANNELS.length];
        a.date = DATES[i % 7];
        a.tags = TAGS[i % TAGS.length];
        a.author = AUTHORS[i % AUTHORS.length];
        a.source = SOURCES[i % SOURCES.length];
        a.headline = i % 3 == 0;
        a.summary = i == 2 ? SUMMARIES[2] : null;
        a.image = i == 1 ? "/images/s1.svg" : null;
        a.aliases = i % 4 == 1 ? 1 : 0;
        a.body = i % BODIES.length;
        articles.add(a);
      }
      articles.get(1).link = articles.get(4).file;
      articles.get(6).link = articles.get(1).file;
      pageLink = articles.get(0).file;
      writeConfig();
      writePage();
      articles.forEach(this::writeArticle);
    }

    // ---- builds and checks

    void start() {
      log.add("initial site");
      check(null, false);
    }

    void step(Edit e) {
      STEPS.incrementAndGet();
      var changed = new TreeSet<String>();
      var sourcesBefore = sources();
      boolean lastGood = sinceGood.isEmpty() && !changedSincePersisted;
      repair(changed);
      tampered = false;
      clockMoved = false;
      String what = apply(e, changed);
      boolean same = sources().equals(sourcesBefore);
      // nothing the build reads changed and the last builds succeeded: nothing to render or write
      boolean noop = same && lastGood && !tampered && !clockMoved;
      if (noop) {
        NOOPS.incrementAndGet();
      }
      log.add(e + ": " + what + " " + changed + (noop ? " (no-op)" : ""));
      changedSincePersisted |= !same;
      changed.forEach(p -> sinceGood.add(site.resolve(p)));
      check(Set.copyOf(sinceGood), noop);
    }

    /** Every source file the build reads, by path, as a hash (editors' leftovers excluded). */
    Map<String, String> sources() {
      var out = new TreeMap<String, String>();
      for (String top : List.of("content", "static", "themes")) {
        readTree(site.resolve(top)).forEach((p, b) -> {
          String name = p.substring(p.lastIndexOf('/') + 1);
          if (!name.startsWith(".") && !name.endsWith("~") && !name.equals("4913")) {
            out.put(top + "/" + p, Hashes.of(b));
          }
        });
      }
      try {
        out.put("site-config.yml", Hashes.of(Files.readAllBytes(site.resolve("site-config.yml"))));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      return out;
    }

    /** The three builds of this step, compared. */
    void check(Set<Path> hint, boolean noop) {
      String history = "steps so far:\n  " + String.join("\n  ", log) + "\n";
      Outcome fresh = fresh();
      lastFresh = fresh;
      Outcome inc = incremental(hint);
      Map<String, String> before = hashes(readTree(site.resolve("public")));
      Map<String, String> identitiesBefore = Files.isDirectory(site.resolve("public"))
          ? SiteFolders.identities(site.resolve("public")) : Map.of();
      Outcome per = persistent();
      Map<String, byte[]> now = readTree(site.resolve("public"));
      assertThat(notes).as(history + "notes of the persisted cache").isEmpty();
      assertNoLeftovers(history);

      if (fresh.failure != null) {
        FAILED_BUILDS.incrementAndGet();
        assertThat(inc.failure).as(history + "the fresh build failed with " + fresh.failure
            + "; the incremental build must fail too").isNotNull();
        assertThat(per.failure).as(history + "the fresh build failed with " + fresh.failure
            + "; the persistent build must fail too").isNotNull();
        assertThat(inc.failure).as(history + "incremental diagnostics").isEqualTo(fresh.failure);
        assertThat(per.failure).as(history + "persistent diagnostics").isEqualTo(fresh.failure);
        assertThat(hashes(now)).as(history + "a failed build leaves public/ as it was").isEqualTo(before);
        return;
      }
      assertThat(inc.failure).as(history + "the fresh build succeeded; incremental").isNull();
      assertThat(per.failure).as(history + "the fresh build succeeded; persistent").isNull();
      sameFiles(history + "incremental (hint " + rel(hint) + ")", fresh.tree, Tree.of(last));
      sameFiles(history + "persistent", fresh.tree, Tree.of(now));
      for (var other : List.of(inc, per)) {
        String which = history + (other == inc ? "incremental" : "persistent") + " result ";
        assertThat(other.result.articles()).as(which + "articles").isEqualTo(fresh.result.articles());
        assertThat(other.result.pages()).as(which + "pages").isEqualTo(fresh.result.pages());
        assertThat(other.result.files()).as(which + "files").isEqualTo(fresh.result.files());
        assertThat(other.warnings).as(which + "warnings").isEqualTo(fresh.warnings);
      }
      assertThat(fresh.result.files()).isEqualTo(fresh.tree.hashes().size());

      // what the persistent build says it changed is what changed, and nothing else was touched
      Map<String, String> after = hashes(now);
      var added = new TreeSet<>(after.keySet());
      added.removeAll(before.keySet());
      var removed = new TreeSet<>(before.keySet());
      removed.removeAll(after.keySet());
      var modified = new TreeSet<String>();
      after.forEach((p, h) -> {
        if (before.containsKey(p) && !before.get(p).equals(h)) {
          modified.add(p);
        }
      });
      if (tampered) {
        // public/ was changed behind the cache's back: only the bytes are checked
        changedSincePersisted = false;
        return;
      }
      var changes = per.result.changes();
      assertThat(new TreeSet<>(changes.added())).as(history + "changes().added()").isEqualTo(added);
      assertThat(new TreeSet<>(changes.changed())).as(history + "changes().changed()").isEqualTo(modified);
      assertThat(new TreeSet<>(changes.removed())).as(history + "changes().removed()").isEqualTo(removed);
      assertThat(per.result.written()).as(history + "written() = files added or changed").isEqualTo(added.size() + modified.size());
      if (!identitiesBefore.isEmpty()) {
        var identitiesAfter = SiteFolders.identities(site.resolve("public"));
        identitiesBefore.forEach((p, id) -> {
          if (after.containsKey(p) && !modified.contains(p)) {
            assertThat(identitiesAfter.get(p)).as(history + "an unchanged " + p + " keeps inode and mtime").isEqualTo(id);
          }
        });
      }
      if (noop) {
        assertThat(per.result.rendered()).as(history + "a no-op step: persistent rendered()").isZero();
        assertThat(per.result.written()).as(history + "a no-op step: persistent written()").isZero();
        assertThat(inc.result.rendered()).as(history + "a no-op step: incremental rendered()").isZero();
        // the inputs hash as the last build's: the persistent build stops after checking them
        assertThat(per.result.timings()).extracting(BuildResult.Timing::name).as(history + "a no-op step: persistent stages")
            .containsExactly("inputs");
      }
      changedSincePersisted = false;
    }

    /** A build's files (path to bytes) and warnings, or its diagnostics when it failed. */
    static final class Outcome {
      Tree tree;
      BuildResult result;
      List<String> warnings;
      List<String> failure;
    }

    /**
     * A fresh build of the sources, in memory (the same build as {@code --no-cache} but for the
     * sink: writing ~100 files to disk costs several times the build); see {@link #freshOnDisk}.
     */
    Outcome fresh() {
      var out = new Outcome();
      try {
        var capture = Captured.fresh(options);
        out.result = capture.result;
        out.warnings = format(capture.result.warnings());
        if (capture.result.timings().stream().anyMatch(t -> t.name().equals("edit"))) {
          EDITS.incrementAndGet();
        }
        out.tree = Tree.of(capture);
      } catch (SiteException e) {
        out.failure = format(e.diagnostics());
      }
      return out;
    }

    /** A fresh build into a folder of its own, as {@code gazette build --no-cache} writes it. */
    void freshOnDisk() {
      Tree expected = lastFresh.tree;
      List<String> expectedFailure = lastFresh.failure;
      String history = "steps:\n  " + String.join("\n  ", log) + "\n";
      try (var build = new Build()) {
        var result = build.run(options.withOut(freshOut));
        assertThat(expectedFailure).as(history + "a fresh build on disk succeeded; in memory it failed").isNull();
        sameFiles(history + "a fresh build on disk", expected, Tree.of(readTree(freshOut)));
        assertThat(result.written()).as(history + "a fresh build on disk writes every file").isEqualTo(result.files());
      } catch (SiteException e) {
        assertThat(format(e.diagnostics())).as(history + "a fresh build on disk fails as in memory").isEqualTo(expectedFailure);
      }
    }

    Outcome incremental(Set<Path> hint) {
      var out = new Outcome();
      try {
        var capture = Captured.run(incremental, options, hint, last);
        last = capture;
        sinceGood.clear();
        out.result = capture.result;
        out.warnings = format(capture.result.warnings());
        if (capture.result.timings().stream().anyMatch(t -> t.name().equals("edit"))) {
          EDITS.incrementAndGet();
        }
        if (capture.result.timings().stream().anyMatch(t -> t.name().equals("signed"))) {
          SIGNED_IN_MEMORY.incrementAndGet();
        }
      } catch (SiteException e) {
        out.failure = format(e.diagnostics());
      }
      return out;
    }

    Outcome persistent() {
      var out = new Outcome();
      try (var build = Build.persistent(cacheDir, options, notes::add)) {
        out.result = build.run(options);
        out.warnings = format(out.result.warnings());
        if (out.result.timings().stream().anyMatch(t -> t.name().equals("affected"))) {
          SHAPED.incrementAndGet();
        }
        if (out.result.timings().stream().anyMatch(t -> t.name().equals("signed"))) {
          SIGNED.incrementAndGet();
        }
      } catch (SiteException e) {
        out.failure = format(e.diagnostics());
      }
      return out;
    }

    void assertNoLeftovers(String history) {
      try (Stream<Path> s = Files.list(site)) {
        assertThat(s.map(p -> p.getFileName().toString()))
            .as(history + "staging or old folders beside public/")
            .noneMatch(n -> n.startsWith(".public.staging-") || n.startsWith(".public.old-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String rel(Set<Path> hint) {
      return hint == null ? "none" : hint.stream().map(p -> site.relativize(p).toString()).sorted().toList().toString();
    }

    @Override
    public void close() {
      incremental.close();
    }

    // ---- edits

    /** Applies the edit, adds the site paths it wrote or deleted to {@code changed}, says what it did. */
    String apply(Edit e, Set<String> changed) {
      return switch (e.kind()) {
        case BODY -> body(e, changed);
        case FRONT -> front(e, changed);
        case ADD -> add(e, changed);
        case DELETE -> delete(e, changed);
        case RENAME -> rename(e, changed);
        case TEMPLATE -> template(e, changed);
        case STATIC -> statics(e, changed);
        case CONFIG -> config(e, changed);
        case PAGE -> page(e, changed);
        case NOOP -> noop(e, changed);
        case BREAK -> breakSite(e, changed);
        case TAMPER -> tamper(e);
        case CLOCK -> clock(e);
        case MULTI -> {
          Kind[] kinds = {Kind.BODY, Kind.FRONT, Kind.ADD, Kind.DELETE, Kind.RENAME, Kind.TEMPLATE, Kind.STATIC,
              Kind.CONFIG, Kind.PAGE};
          var first = new Edit(kinds[e.a() % kinds.length], e.b(), e.c(), e.a());
          var second = new Edit(kinds[e.b() % kinds.length], e.c(), e.a(), e.b());
          yield apply(first, changed) + " + " + apply(second, changed);
        }
      };
    }

    Art pick(int n) {
      return articles.isEmpty() ? null : articles.get(n % articles.size());
    }

    String body(Edit e, Set<String> changed) {
      Art a = pick(e.a());
      if (a == null) {
        return add(e, changed);
      }
      a.body = e.b() % BODIES.length;
      if (e.c() % 5 == 1) {
        // the same text with a byte-order mark and CRLF line ends, or back
        a.crlf = !a.crlf;
      }
      if (e.c() % 4 == 0) {
        // add, move or drop the .md link
        a.link = e.c() % 8 == 0 || articles.size() < 2 ? null : pick(e.c() / 8).file;
      }
      changed.add(writeArticle(a));
      return "body " + a.body + " of " + a.file + (a.link != null ? " linking " + a.link : "");
    }

    String front(Edit e, Set<String> changed) {
      Art a = pick(e.a());
      if (a == null) {
        return add(e, changed);
      }
      int v = e.c();
      String field;
      switch (e.b() % 14) {
        case 0 -> { field = "title"; a.title = TITLES[v % TITLES.length]; }
        case 1, 2 -> { field = "date"; a.date = DATES[v % DATES.length]; }
        case 3 -> { field = "tags"; a.tags = TAGS[v % TAGS.length]; }
        case 4 -> { field = "author"; a.author = AUTHORS[v % AUTHORS.length]; }
        case 5 -> { field = "channel"; a.channel = CHANNELS[v % CHANNELS.length]; }
        case 6 -> { field = "draft"; a.draft = !a.draft; }
        case 7 -> { field = "summary"; a.summary = SUMMARIES[v % SUMMARIES.length]; }
        case 8 -> { field = "source/headline"; a.source = SOURCES[v % SOURCES.length]; a.headline = v % 2 == 0; }
        case 9 -> { field = "image"; a.image = IMAGES[v % IMAGES.length]; }
        case 10 -> { field = "aliases"; a.aliases = v % 3; }
        case 11 -> { field = "updated"; a.updated = new String[] {null, "2022-06-30 12:00", "2022-06-21 10:00"}[v % 3]; }
        case 12 -> { field = "expires"; a.expires = new String[] {null, "2029-06-01", "2031-06-01"}[v % 3]; }
        default -> { field = "slug"; a.slug = v % 2 == 0 ? null : "s" + a.id; }
      }
      changed.add(writeArticle(a));
      return field + " of " + a.file;
    }

    String add(Edit e, Set<String> changed) {
      int id = nextId++;
      var a = new Art(id, FOLDERS[e.a() % FOLDERS.length] + "/a" + id + ".md");
      a.title = TITLES[e.b() % TITLES.length];
      a.channel = CHANNELS[e.c() % CHANNELS.length];
      a.date = DATES[(e.a() + e.b()) % DATES.length];
      a.tags = TAGS[(e.b() + e.c()) % TAGS.length];
      a.author = AUTHORS[(e.a() + e.c()) % AUTHORS.length];
      a.source = SOURCES[e.a() % SOURCES.length];
      a.headline = e.b() % 4 == 0;
      a.draft = e.c() % 7 == 0;
      a.summary = SUMMARIES[e.c() % SUMMARIES.length];
      a.image = IMAGES[e.a() % IMAGES.length];
      a.aliases = e.b() % 3;
      a.body = e.c() % BODIES.length;
      a.link = e.a() % 3 == 0 && !articles.isEmpty() ? pick(e.b()).file : null;
      articles.add(a);
      changed.add(writeArticle(a));
      return "add " + a.file;
    }

    String delete(Edit e, Set<String> changed) {
      if (articles.size() <= 1) {
        return add(e, changed);
      }
      Art a = pick(e.a());
      articles.remove(a);
      remove(a.file, changed);
      // a link to the deleted file: usually the writer fixes it in the same save, else the build fails
      boolean follow = e.b() % 3 != 0;
      for (Art other : linkersOf(a.file)) {
        if (follow) {
          other.link = articles.size() > 1 ? pick(e.c()).file : null;
          changed.add(writeArticle(other));
        }
      }
      return "delete " + a.file + (follow ? "" : " leaving links to it");
    }

    String rename(Edit e, Set<String> changed) {
      Art a = pick(e.a());
      if (a == null) {
        return add(e, changed);
      }
      String from = a.file;
      if (e.b() % 9 == 8 && articles.size() > 1) {
        // moved into a folder the scanner skips: gone from the site, like a delete
        String to = "content/_archive/" + from.substring(from.lastIndexOf('/') + 1);
        try {
          Files.createDirectories(site.resolve(to).getParent());
          Files.move(site.resolve(from), site.resolve(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
        changed.add(from);
        changed.add(to);
        articles.remove(a);
        boolean follow = e.c() % 3 != 0;
        for (Art other : linkersOf(from)) {
          if (follow) {
            other.link = pick(e.c()).file;
            changed.add(writeArticle(other));
          }
        }
        return "move " + from + " to " + to + (follow ? "" : " leaving links to it");
      }
      remove(from, changed);
      a.file = FOLDERS[e.b() % FOLDERS.length] + "/r" + nextId++ + ".md";
      changed.add(writeArticle(a));
      boolean follow = e.c() % 3 != 0;
      for (Art other : linkersOf(from)) {
        if (follow || other == a) {
          other.link = a.file;
          changed.add(writeArticle(other));
        }
      }
      if (follow && from.equals(pageLink)) {
        pageLink = a.file;
        changed.add(writePage());
      }
      return "rename " + from + " to " + a.file + (follow ? "" : " leaving links to the old name");
    }

    String template(Edit e, Set<String> changed) {
      var names = new ArrayList<>(templatesOriginal.keySet());
      String name = names.get(e.a() % names.size());
      String original = templatesOriginal.get(name);
      Path file = site.resolve("themes/default/templates").resolve(name);
      String rel = "themes/default/templates/" + name;
      int v = e.b() % 4;
      if (name.equals("tag.ftlh") || name.equals("channel.ftlh")) {
        // an optional override of list.ftlh appears or goes
        if (Files.exists(file)) {
          remove(rel, changed);
          return "remove " + rel;
        }
        write(rel, original.replace("</header>", "<!-- " + name + " " + v + " --></header>"), changed);
        return "add " + rel;
      }
      String anchor = TEMPLATE_ANCHORS.get(name);
      String text = switch (v) {
        case 0 -> original;
        // the photo helper reads a photo no article names (p2 comes and goes with the static edits)
        case 1 -> original.replace(anchor, "<!-- 修改一 --><#attempt><img src=\"${photo('/images/p2.jpg').src}\"><#recover></#attempt>"
            + anchor);
        case 2 -> original + "<#-- a comment: no output changes -->\n";
        default -> original.replace(anchor, "<p class=\"edit\">${site.title} 修改三</p>" + anchor);
      };
      write(rel, text, changed);
      return "template " + rel + " variant " + v;
    }

    String statics(Edit e, Set<String> changed) {
      String path = STATIC_PATHS[e.a() % STATIC_PATHS.length];
      if (Files.exists(site.resolve(path)) && e.b() % 2 == 0) {
        remove(path, changed);
        return "delete " + path;
      }
      // an SVG with a size (three of five) changes what the pages that show it as a lead image print
      int size = e.c() % 5;
      if (path.endsWith(".jpg")) {
        writeBytes(path, dev.gazette.photos.TestImages.of(path, 40 + 8 * size, 30), changed);
        return "write " + path + " " + size;
      }
      String text = path.endsWith(".svg") ? "<svg xmlns=\"http://www.w3.org/2000/svg\""
          + (size < 3 ? " width=\"" + (40 + 10 * size) + "\" height=\"30\"" : "") + "><!-- " + e.c() % 5 + " --></svg>\n"
          : path.endsWith(".css") ? "body { color: #" + (100 + e.c() % 5) + " }\n" : "报告 " + e.c() % 5 + "\n";
      write(path, text, changed);
      return "write " + path;
    }

    String config(Edit e, Set<String> changed) {
      int v = e.b();
      String what = switch (e.a() % 12) {
        case 0 -> "title " + (siteTitle = SITE_TITLES[v % SITE_TITLES.length]);
        case 1, 2 -> "paginate " + (paginate = PAGINATES[v % PAGINATES.length]);
        case 3 -> {
          int c = v % 3;
          channelNames[c] = CHANNEL_NAMES[c][(v / 3) % 2];
          yield "channel name " + channelNames[c];
        }
        case 4 -> "feed items " + (feedItems = v % 2 == 0 ? 3 : 50);
        case 5 -> "search " + (search = !search);
        case 6 -> "summaryLength " + (summaryLength = v % 2 == 0 ? 40 : 120);
        case 7 -> "timezone " + (timezone = v % 2 == 0 ? "UTC" : "Asia/Shanghai");
        case 8 -> "permalink " + (permalink = v % 2 == 0 ? "/{yyyy}/{MM}/{dd}/{slug}/" : null);
        case 9 -> "baseUrl " + (baseUrl = v % 2 == 0 ? "https://www.example.com/" : "https://news.example/portal/");
        case 10 -> "stable pages " + (stablePages = !stablePages);
        default -> "disableKinds " + (disableKinds = new String[] {null, "[authors]", "[sources, 404]", "[tags, sitemap, robots]"}[v % 4]);
      };
      changed.add(writeConfig());
      return "config " + what;
    }

    String page(Edit e, Set<String> changed) {
      switch (e.a() % 3) {
        case 0 -> pageTitle = new String[] {"关于我们", "关于本网", "联系方式"}[e.b() % 3];
        case 1 -> {
          pageBody = e.b() % 3;
          pageLink = e.c() % 2 == 0 || articles.isEmpty() ? null : pick(e.c()).file;
        }
        default -> {
          contact = !contact;
          if (contact) {
            write("content/contact.md", "---\ntitle: 联系我们\nlayout: page\n---\n电话：12345。\n", changed);
          } else {
            remove("content/contact.md", changed);
          }
          return "contact page " + (contact ? "added" : "removed");
        }
      }
      changed.add(writePage());
      return "page " + pageTitle + " body " + pageBody + " link " + pageLink;
    }

    String noop(Edit e, Set<String> changed) {
      String path = articles.isEmpty() ? "content/about.md" : pick(e.b()).file;
      switch (e.a() % 4) {
        case 0 -> {
          return "nothing";
        }
        case 1 -> {
          // an editor saving without changes: same bytes, but the watcher reports the path
          try {
            write(path, Files.readString(site.resolve(path)), changed);
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
          return "save " + path + " unchanged";
        }
        default -> {
          // what editors leave beside the file: not content
          String dir = path.substring(0, path.lastIndexOf('/') + 1);
          String name = path.substring(dir.length());
          String junk = dir + (e.a() % 4 == 2 ? "." + name + ".swp" : e.c() % 2 == 0 ? name + "~" : "4913");
          if (Files.exists(site.resolve(junk)) && e.c() % 3 == 0) {
            remove(junk, changed);
            return "remove editor file " + junk;
          }
          write(junk, "---\ntitle: [broken\n", changed);
          return "editor file " + junk;
        }
      }
    }

    /** Files a BREAK step changed, with their bytes before: put back at the start of the next step. */
    final Map<String, byte[]> broken = new LinkedHashMap<>();
    boolean tampered;

    /** Makes the site fail to build (or warn) until the next step puts the file back. */
    String breakSite(Edit e, Set<String> changed) {
      Art a = pick(e.b());
      String what;
      String path;
      String text;
      try {
        switch (e.a() % 5) {
          case 4 -> {
            // an article edited, and a static file where a channel's folder must go: the build fails
            // after rendering the pages that show the article; the next step removes the file only
            String edited = front(new Edit(Kind.FRONT, e.b(), 0, e.c()), changed);
            broken.put("static/house", null);
            write("static/house", "一个文件\n", changed);
            return edited + ", and static/house in the way of the house channel's folder";
          }
          case 0 -> {
            if (a == null) {
              return add(e, changed);
            }
            path = a.file;
            text = Files.readString(site.resolve(path)).replaceFirst("title: ", "title: [unclosed ");
            what = "broken front matter";
          }
          case 1 -> {
            path = "themes/default/templates/article.ftlh";
            text = Files.readString(site.resolve(path)) + "<#if article.title>\n";
            what = "broken template";
          }
          case 2 -> {
            path = "site-config.yml";
            text = Files.readString(site.resolve(path)).replaceFirst("(?s)  - id: house.*", "");
            what = "channel house removed";
          }
          default -> {
            if (a == null) {
              return add(e, changed);
            }
            path = a.file;
            text = Files.readString(site.resolve(path)) + "\n[断链](../nowhere/missing.md)\n";
            what = "link to a missing file";
          }
        }
        broken.putIfAbsent(path, Files.readAllBytes(site.resolve(path)));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      write(path, text, changed);
      return what + " in " + path;
    }

    /** The next step fixes what the last one broke: links to missing files, broken files. */
    void repair(Set<String> changed) {
      broken.forEach((path, bytes) -> {
        try {
          if (bytes == null) {
            Files.deleteIfExists(site.resolve(path));
          } else {
            Files.write(site.resolve(path), bytes);
          }
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
        changed.add(path);
      });
      broken.clear();
      repairLinks(changed);
    }

    boolean clockMoved;

    /**
     * Moves the builds' "now": by an hour either way, across the news sitemap's 48 hours, by a year,
     * or onto a moment a build compares with it (the future article's date, that date + 48 hours).
     */
    String clock(Edit e) {
      clockMoved = true;
      Instant now = options.now();
      Instant future = java.time.LocalDate.of(2031, 1, 1).atStartOfDay(java.time.ZoneId.of(timezone)).toInstant();
      Instant next = switch (e.a() % 7) {
        case 0 -> now.plus(Duration.ofHours(1));
        case 1 -> now.plus(Duration.ofHours(47));
        case 2 -> now.plus(Duration.ofHours(49));
        case 3 -> now.plus(Duration.ofDays(366));
        case 4 -> future;
        case 5 -> future.plus(Duration.ofHours(48));
        default -> now.minus(Duration.ofHours(1));
      };
      options = options.withNow(next);
      return "now " + next;
    }

    /** Changes public/ behind the persisted cache's back: the next build must notice. */
    String tamper(Edit e) {
      tampered = true;
      Path out = site.resolve("public");
      var files = new ArrayList<>(readTree(out).keySet());
      // without index.html public/ no longer looks like a site Gazette built, and a build refuses it
      files.remove("index.html");
      if (files.isEmpty()) {
        return "nothing to tamper with";
      }
      Path victim = out.resolve(files.get(e.b() % files.size()));
      try {
        switch (e.a() % 5) {
          case 0 -> {
            Files.delete(victim);
            return "delete public/" + out.relativize(victim);
          }
          case 1 -> {
            // a hard link shares the inode with the cache's idea of the file: break it first
            byte[] b = Files.readAllBytes(victim);
            Files.delete(victim);
            Files.write(victim, Arrays.copyOf(b, b.length + 1));
            return "append a byte to public/" + out.relativize(victim);
          }
          case 2 -> {
            Files.setLastModifiedTime(victim, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
            return "set an old mtime on public/" + out.relativize(victim);
          }
          case 3 -> {
            Path extra = victim.resolveSibling("added-by-hand.html");
            Files.writeString(extra, "<p>not Gazette's</p>\n");
            return "add public/" + out.relativize(extra);
          }
          default -> {
            deleteTree(out);
            return "delete public/";
          }
        }
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    /** Links left broken by the last step are fixed now (retargeted to an existing article, or removed). */
    void repairLinks(Set<String> changed) {
      var files = articles.stream().map(a -> a.file).collect(Collectors.toSet());
      for (Art a : articles) {
        if (a.link != null && !files.contains(a.link)) {
          a.link = articles.size() > 1 ? articles.get((a.id + 1) % articles.size()).file : null;
          changed.add(writeArticle(a));
        }
      }
      if (pageLink != null && !files.contains(pageLink)) {
        pageLink = null;
        changed.add(writePage());
      }
    }

    List<Art> linkersOf(String file) {
      return articles.stream().filter(a -> file.equals(a.link)).toList();
    }

    // ---- files

    String writeConfig() {
      String text = """
          title: %s
          baseUrl: %s
          timezone: %s
          paginate: %s
          summaryLength: %d
          search: %s
          feed: { items: %d, formats: [rss, atom, json] }
          %s%schannels:
            - id: news
              name: %s
              children:
                - id: suzhou
                  name: %s
            - id: house
              name: %s
          """.formatted(quote(siteTitle), baseUrl, timezone, stablePages ? "{size: " + paginate + ", stable: true}" : paginate,
          summaryLength, search, feedItems, permalink == null ? "" : "permalink: \"" + permalink + "\"\n",
          disableKinds == null ? "" : "disableKinds: " + disableKinds + "\n", channelNames[0], channelNames[1], channelNames[2]);
      write("site-config.yml", text, null);
      return "site-config.yml";
    }

    String writePage() {
      String[] bodies = {"关于本网。\n", "本网简介。\n\n## 联系\n\n邮箱 news@example.com。\n", "页面正文。\n"};
      var sb = new StringBuilder("---\ntitle: " + pageTitle + "\nlayout: page\n");
      if (pageBody == 2) {
        sb.append("aliases: [/about-us.html]\n");
      }
      sb.append("---\n").append(bodies[pageBody]);
      if (pageLink != null) {
        sb.append("\n最新[报道](").append(relLink("content/about.md", pageLink)).append(")。\n");
      }
      write("content/about.md", sb.toString(), null);
      return "content/about.md";
    }

    String writeArticle(Art a) {
      var sb = new StringBuilder("---\n");
      sb.append("title: ").append(a.title.startsWith("'") ? a.title : a.title + "（" + a.id + "）").append('\n');
      sb.append("channel: ").append(a.channel).append('\n');
      sb.append("date: ").append(a.date).append('\n');
      sb.append("source: ").append(a.source).append('\n');
      sb.append("author: ").append(a.author).append('\n');
      if (a.tags != null) {
        sb.append("tags: ").append(a.tags).append('\n');
      }
      if (a.summary != null) {
        sb.append("summary: ").append(a.summary).append('\n');
      }
      if (a.image != null) {
        sb.append("image: ").append(a.image).append('\n');
      }
      if (a.headline) {
        sb.append("headline: true\n");
      }
      if (a.draft) {
        sb.append("draft: true\n");
      }
      if (a.updated != null) {
        sb.append("updated: ").append(a.updated).append('\n');
      }
      if (a.expires != null) {
        sb.append("expires: ").append(a.expires).append('\n');
      }
      if (a.slug != null) {
        sb.append("slug: ").append(a.slug).append('\n');
      }
      if (a.aliases == 1) {
        sb.append("aliases: [/old/a").append(a.id).append(".html]\n");
      } else if (a.aliases == 2) {
        sb.append("aliases: [/2021/a").append(a.id).append("/, /old/a").append(a.id).append(".html]\n");
      }
      sb.append("---\n\n").append(BODIES[a.body].formatted(a.id));
      if (a.link != null) {
        sb.append("\n详见[相关报道](").append(relLink(a.file, a.link)).append(")。\n");
      }
      write(a.file, a.crlf ? "\uFEFF" + sb.toString().replace("\n", "\r\n") : sb.toString(), null);
      return a.file;
    }

    static String relLink(String from, String to) {
      Path dir = Path.of(from).getParent();
      return dir.relativize(Path.of(to)).toString().replace('\\', '/');
    }

    static String quote(String s) {
      return "'" + s.replace("'", "''") + "'";
    }

    void write(String rel, String text, Set<String> changed) {
      writeBytes(rel, text.getBytes(StandardCharsets.UTF_8), changed);
    }

    void writeBytes(String rel, byte[] bytes, Set<String> changed) {
      try {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (changed != null) {
        changed.add(rel);
      }
    }

    void remove(String rel, Set<String> changed) {
      try {
        Files.delete(site.resolve(rel));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      changed.add(rel);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // comparing outputs

  static List<String> format(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).sorted().toList();
  }

  static Map<String, byte[]> readTree(Path root) {
    var out = new TreeMap<String, byte[]>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Map<String, String> hashes(Map<String, byte[]> files) {
    var out = new TreeMap<String, String>();
    files.forEach((p, b) -> out.put(p, Hashes.of(b)));
    return out;
  }

  /** A set of output files: path to SHA-256, and the text of a path for failure messages. */
  record Tree(Map<String, String> hashes, java.util.function.Function<String, String> text) {
    static Tree of(Captured c) {
      var texts = c.texts();
      return new Tree(c.hashes(), texts::get);
    }

    static Tree of(Map<String, byte[]> files) {
      return new Tree(IncrementalPropertiesTest.hashes(files), p -> new String(files.get(p), StandardCharsets.UTF_8));
    }
  }

  /** Fails with the paths only one side has and the first difference of up to five files. */
  static void sameFiles(String what, Tree expected, Tree actual) {
    if (expected.hashes().equals(actual.hashes())) {
      return;
    }
    var missing = new TreeSet<>(expected.hashes().keySet());
    missing.removeAll(actual.hashes().keySet());
    var extra = new TreeSet<>(actual.hashes().keySet());
    extra.removeAll(expected.hashes().keySet());
    var differ = new ArrayList<String>();
    expected.hashes().forEach((p, h) -> {
      if (actual.hashes().containsKey(p) && !h.equals(actual.hashes().get(p))) {
        differ.add(p);
      }
    });
    var sb = new StringBuilder(what).append(" differs from a fresh build:\n");
    if (!missing.isEmpty()) {
      sb.append("  missing: ").append(missing).append('\n');
    }
    if (!extra.isEmpty()) {
      sb.append("  extra: ").append(extra).append('\n');
    }
    sb.append("  different (").append(differ.size()).append("): ").append(differ).append('\n');
    for (String p : differ.subList(0, Math.min(5, differ.size()))) {
      String x = expected.text().apply(p);
      String y = actual.text().apply(p);
      int i = 0;
      while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
        i++;
      }
      sb.append("  ").append(p).append(" at ").append(i).append(":\n    fresh: ").append(excerpt(x, i))
          .append("\n    this:  ").append(excerpt(y, i)).append('\n');
    }
    throw new AssertionError(sb.toString());
  }

  static String excerpt(String s, int at) {
    int from = Math.max(0, at - 100);
    int to = Math.min(s.length(), at + 100);
    return (from > 0 ? "…" : "") + s.substring(from, to).replace("\n", "⏎") + (to < s.length() ? "…" : "");
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
