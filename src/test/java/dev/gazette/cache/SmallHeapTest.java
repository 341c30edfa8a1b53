package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5,000 articles (some 6,800 pages, 100 MB of output) build in a JVM with a 192 MB heap, without
 * the cache and with it: pages stream to disk and bodies live in the pack, so memory follows the
 * number of articles, not the size of the site; holding the rendered pages alone would take more
 * than the heap. {@code -Dgazette.smallheap.dump=DIR} writes a heap dump there on
 * OutOfMemoryError.
 */
class SmallHeapTest {
  static final int ARTICLES = 5000;
  static final String HEAP = "-Xmx192m";
  static final Pattern SUMMARY = Pattern.compile("built (\\d+) articles, (\\d+) pages, (\\d+) files in");

  @Test
  void fiveThousandArticlesBuildIn192Megabytes(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("site");
    var corpus = Corpus.write(site, ARTICLES, 15, 20300505L);
    Assumptions.assumeTrue(KilledBuildTest.canFork(dir), "cannot start a JVM (" + KilledBuildTest.javaBin() + ")");
    int pages = corpus.expectedPages();
    long articles = corpus.published();
    assertThat(articles).isBetween(4600L, 4950L);

    var log = new ArrayList<String>();
    build(dir, site, "--no-cache", articles, pages, log);
    assertThat(site.resolve(".gazette")).as("--no-cache writes no cache").doesNotExist();
    build(dir, site, null, articles, pages, log);
    assertThat(site.resolve(".gazette/cache/index")).as("the build saved its cache").exists();
    assertThat(Files.readString(site.resolve("public/index.html"))).contains("</html>");
    System.out.println("SmallHeapTest (" + HEAP + "):\n  " + String.join("\n  ", log));
  }

  private static String build(Path dir, Path site, String flag, long articles, int pages, List<String> log)
      throws IOException, InterruptedException {
    Path logFile = dir.resolve("build-" + log.size() + ".log");
    var cmd = new ArrayList<>(List.of(KilledBuildTest.javaBin(), HEAP, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
    String dump = System.getProperty("gazette.smallheap.dump");
    if (dump != null) {
      cmd.addAll(List.of("-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + dump));
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main", "build",
        "--site", site.toString(), "--now", Corpus.NOW_ARG));
    if (flag != null) {
      cmd.add(flag);
    }
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    boolean ended = p.waitFor(300, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = Files.readString(logFile, StandardCharsets.UTF_8);
    String what = "gazette build " + (flag == null ? "(cache)" : flag) + " with " + HEAP;
    assertThat(ended).as(what + " ends within 5 minutes:\n" + output).isTrue();
    assertThat(output).as(what).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(what + ":\n" + tail(output)).isZero();
    var m = SUMMARY.matcher(output);
    assertThat(m.find()).as(what + " prints its summary:\n" + output).isTrue();
    assertThat(Long.parseLong(m.group(1))).as(what + " articles").isEqualTo(articles);
    assertThat(Integer.parseInt(m.group(2))).as(what + " pages").isEqualTo(pages);
    log.add(what + ", " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + output.strip());
    return output;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
  }
}
