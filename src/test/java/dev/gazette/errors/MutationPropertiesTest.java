package dev.gazette.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.output.Snapshot;
import dev.gazette.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Robustness: mutated articles and configs always end in a successful build or in positioned
 * diagnostics, never in any other exception, and the output folder is always either the previous
 * build's exact bytes or one complete new build. Tries are bounded so the class takes seconds.
 */
class MutationPropertiesTest {
  static final List<String> ARTICLE_FIELDS = List.of("title", "channel", "date", "source", "author", "tags", "summary",
      "slug", "headline", "draft", "updated", "expires", "layout", "aliases", "image", "extra");
  static final List<String> CONFIG_FIELDS = List.of("title", "baseUrl", "language", "timezone", "theme", "paginate",
      "summaryLength", "feed", "search", "permalink", "channels", "maxArticleSize", "  - id", "    name", "children");

  static final String CONFIG = """
      title: 苏州都市网
      baseUrl: https://www.example.com/portal/
      timezone: Asia/Shanghai
      theme: t
      paginate: 2
      feed: { items: 5, formats: [rss, atom, json] }
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
        - id: house
          name: 房产频道
      """;

  static final String ARTICLE = """
      ---
      title: 苏州市生物医药产业创新集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: [赵焱, 张叶]
      tags: [生物医药, 产业集群]
      summary: 昨天，推进会在苏州工业园区召开。
      headline: true
      ---

      苏报讯（记者 赵焱）昨天，推进会在[园区](../house/b.md)召开。

      - 一
      - 二
      """;

  static final String OTHER = """
      ---
      title: 园区新房入市
      channel: house
      date: 2022-06-25
      source: 苏州日报
      author: 赵焱
      ---
      正文。
      """;

  /**
   * A small theme of the test's own, so the property exercises Gazette rather than following
   * changes to the default theme; it still touches titles, lists, authors, tags, bodies, params.
   */
  static final String THEME = """
      -- themes/t/templates/list.ftlh --
      <!doctype html><title>${page.title}</title>
      <#list (paginator.items)![] as a><a href="${a.url}">${a.title}</a> ${a.date}</#list>
      <#list (latest)![] as a><a href="${a.url}">${a.title}</a></#list>
      -- themes/t/templates/article.ftlh --
      <!doctype html><title>${page.title}</title><h1>${article.title}</h1>
      <p>${article.source} <#list article.authors as au>${au.name}</#list> <#list article.tags as t>${t.name}</#list></p>
      ${article.content?no_esc}
      <#list article.params as k, v>${k}</#list>
      -- themes/t/templates/404.ftlh --
      <!doctype html><title>${page.title}</title>
      -- themes/t/static/css/t.css --
      body { margin: 0 }
      """;

  private static Path site;
  private static Map<String, String> lastGood;

  @BeforeContainer
  static void createSite() throws IOException {
    site = Files.createTempDirectory("gazette-mutations");
    TestSite.write(site, "-- site-config.yml --\n" + CONFIG + "-- content/news/a.md --\n" + ARTICLE
        + "-- content/house/b.md --\n" + OTHER + "-- static/images/logo.svg --\n<svg/>\n" + THEME);
    var first = build();
    assertThat(first).as("the unmutated site builds").isInstanceOf(BuildResult.class);
    lastGood = Snapshot.of(site.resolve("public"));
  }

  @AfterContainer
  static void deleteSite() throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> articleMutations() {
    return Mutations.any(ARTICLE_FIELDS);
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> configMutations() {
    return Mutations.any(CONFIG_FIELDS);
  }

  @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
  void aMutatedArticleBuildsOrFailsWithPositionedDiagnostics(@ForAll("articleMutations") List<Mutations.Mutation> edits) {
    mutateBuildAndRestore("content/news/a.md", ARTICLE, edits);
  }

  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void aMutatedConfigBuildsOrFailsWithPositionedDiagnostics(@ForAll("configMutations") List<Mutations.Mutation> edits) {
    mutateBuildAndRestore("site-config.yml", CONFIG, edits);
  }

  private static void mutateBuildAndRestore(String file, String original, List<Mutations.Mutation> edits) {
    byte[] mutated = Mutations.applyAll(edits, original.getBytes(StandardCharsets.UTF_8));
    write(file, mutated);
    try {
      Object outcome = build();
      if (outcome instanceof SiteException e) {
        assertPositioned(file, e.diagnostics());
        assertThat(Snapshot.of(site.resolve("public"))).as("a failed build leaves the previous output").isEqualTo(lastGood);
      } else {
        BuildResult r = (BuildResult) outcome;
        var now = Snapshot.of(site.resolve("public"));
        assertThat(filesOnly(now)).as("a successful build writes exactly its files").isEqualTo(
            dev.gazette.Captured.fresh(new BuildOptions(site, null, false, false, TestSite.NOW, null, false)).hashes());
        lastGood = now;
      }
      assertNoLeftovers();
    } finally {
      write(file, original.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The result, or the SiteException; anything else escaping the build fails the property. */
  private static Object build() {
    var options = new BuildOptions(site, site.resolve("public"), false, false, TestSite.NOW, null, false);
    try {
      return new Build().run(options);
    } catch (SiteException e) {
      return e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("a bug: " + e + " escaped the build", e);
    }
  }

  /** Whole-file problems have no line; everything else in the mutated file does. */
  private static void assertPositioned(String file, List<Diagnostic> diagnostics) {
    assertThat(diagnostics).as("a failed build says why").anyMatch(Diagnostic::isError);
    for (Diagnostic d : diagnostics) {
      assertThat(d.file()).as(d.format()).isNotBlank();
      assertThat(d.message()).as(d.format()).doesNotContain("Exception");
      if (d.file().equals(file) && !wholeFile(d.message())) {
        assertThat(d.line()).as("positioned: " + d.format()).isPositive();
        assertThat(d.col()).as("positioned: " + d.format()).isPositive();
      }
    }
  }

  private static boolean wholeFile(String message) {
    return Stream.of("empty file", "article is ", "cannot read", "not a Markdown article", "no site-config.yml")
        .anyMatch(message::startsWith);
  }

  private static Map<String, String> filesOnly(Map<String, String> snapshot) {
    var out = new TreeMap<>(snapshot);
    out.keySet().removeIf(k -> k.endsWith("/"));
    return out;
  }


  private static void assertNoLeftovers() {
    try (Stream<Path> s = Files.list(site)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".staging-") || n.contains(".old-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String file, byte[] bytes) {
    try {
      Files.write(site.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
