package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback on long builds: the progress line on a terminal, stage lines elsewhere, --quiet. The
 * hidden {@code --progress} and {@code --progress-after} (GAZETTE_PROGRESS and
 * GAZETTE_PROGRESS_AFTER) force a mode and shorten the two seconds, so no test waits for them.
 */
class CliProgressTest {
  /** A painted terminal line: {@code gazette: render 3/9 (0.4 s)}, maybe padded. */
  static final Pattern LINE = Pattern.compile("gazette: [a-z]+( \\d+/\\d+)? \\(\\d+\\.\\d s\\) *");

  @Test
  void aForcedTerminalShowsOneLineRewrittenInPlaceAndClearedBeforeTheSummary(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    var r = CliTest.run("build", "--site", dir.toString(), "--progress", "tty", "--progress-after", "0");
    assertThat(r.code()).as(r.err()).isZero();
    String err = r.err();
    // one line: painted and repainted with \r, never a new line
    assertThat(err).startsWith("\rgazette: ").doesNotContain("\n");
    List<String> paints = new ArrayList<>(List.of(err.substring(1).split("\r", -1)));
    // the last paint is followed by spaces over it and a \r: the line is clear
    String cleared = paints.remove(paints.size() - 1);
    assertThat(cleared).isEmpty();
    String blank = paints.remove(paints.size() - 1);
    // (a paint shorter than the one before is padded with spaces: only its text needs rubbing out)
    assertThat(blank).isBlank().hasSizeGreaterThanOrEqualTo(paints.get(paints.size() - 1).stripTrailing().length());
    assertThat(paints).isNotEmpty().allSatisfy(p -> assertThat(p).matches(LINE));
    // the first stage paints at once: the threshold is 0 (opening or loading the cache, or the
    // build's first stage); later ones are throttled, so a build this small may show no other
    assertThat(paints.get(0)).matches("gazette: (cache|load|config) \\(.*");
    // the summary is on stdout as always
    assertThat(r.out()).startsWith("built 1 articles");
  }

  @Test
  void theTerminalLineIsThrottledThreadSafeAndShowsPagesDoneOfTotal() throws Exception {
    var sink = new StringWriter();
    var line = ProgressLine.start(ProgressLine.Mode.TTY, new PrintWriter(sink), 0, "start");
    long t0 = System.nanoTime();
    line.update("render", 0, 0);
    int threads = 8;
    int perThread = 5000;
    var go = new CountDownLatch(1);
    var workers = new ArrayList<Thread>();
    var done = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < threads; t++) {
      var w = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < perThread; i++) {
          line.update("render", done.incrementAndGet(), threads * perThread);
        }
      });
      w.start();
      workers.add(w);
    }
    go.countDown();
    for (Thread w : workers) {
      w.join();
    }
    // the ticker repaints with the last state within a tenth of a second or so
    String all = "";
    for (int wait = 0; wait < 50 && !all.contains("render 40000/40000"); wait++) {
      Thread.sleep(50);
      all = sink.toString();
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    line.close();
    String err = sink.toString();
    assertThat(err).contains("\rgazette: render (0.0 s)", "\rgazette: render 40000/40000 (").doesNotContain("\n");
    long paints = err.chars().filter(c -> c == '\r').count() - 2; // the clearing adds two
    // 40,000 updates, at most ten paints a second (one more for the first, one for timing slack)
    assertThat(paints).isPositive().isLessThanOrEqualTo(2 + millis / ProgressLine.REPAINT_MILLIS);
    assertThat(err).endsWith("\r");
    // closed: later updates print nothing
    line.update("render", 1, 2);
    assertThat(sink.toString()).isEqualTo(err);
  }

  @Test
  void notATerminalPrintsOnePlainLinePerStage(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    var r = CliTest.run("build", "--site", dir.toString(), "--progress", "plain", "--progress-after", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("\r");
    List<String> lines = r.err().lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(l).matches("gazette: [a-z]+( \\d+/\\d+)? \\(\\d+\\.\\d s\\)"));
    List<String> stages = new ArrayList<>(lines.stream().map(l -> l.split(" ")[1]).toList());
    stages.remove("cache"); // shown only when opening the cache took a tenth of a second
    assertThat(stages).startsWith("load", "config").contains("parse", "render", "feeds")
        .endsWith("finish", "swap", "save", "cleanup").doesNotHaveDuplicates();
    assertThat(r.out()).startsWith("built 1 articles");
  }

  @Test
  void aBuildShorterThanTheThresholdShowsNoProgress(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    for (String mode : new String[] {"tty", "plain"}) {
      var r = CliTest.run("build", "--site", dir.toString(), "--progress", mode, "--progress-after", "600000");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).as(mode).isEmpty();
      assertThat(r.out()).startsWith("built 1 articles");
    }
  }

  @Test
  void withoutATerminalOrAForcedModeAWriterGetsNoProgress(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    // Main.run with writers of its own: not the process's stderr, so auto shows nothing
    var r = CliTest.run("build", "--site", dir.toString(), "--progress", "auto", "--progress-after", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void quietPrintsNothingForASuccessfulBuild(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    var r = CliTest.run("build", "--site", dir.toString(), "--quiet", "--progress", "tty", "--progress-after", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("public/index.html")).isRegularFile();
    var shortForm = CliTest.run("build", "--site", dir.toString(), "-q");
    assertThat(shortForm.code()).isZero();
    assertThat(shortForm.out()).isEmpty();
    assertThat(shortForm.err()).isEmpty();
  }

  @Test
  void quietStillPrintsWarningsAndErrors(@TempDir Path dir) {
    TestSite.write(dir, ReportAndCompletionTest.SITE);
    var warned = CliTest.run("build", "--site", dir.toString(), "-q");
    assertThat(warned.code()).isZero();
    assertThat(warned.out()).isEmpty();
    assertThat(warned.err()).contains("content/a.md:7:8: warning: image /images/missing.svg does not exist");

    TestSite.write(dir, ReportAndCompletionTest.SITE.replace("channel: news", "channel: nws"));
    var failed = CliTest.run("build", "--site", dir.toString(), "-q", "--progress", "tty", "--progress-after", "0");
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.err()).contains("error: unknown channel \"nws\"").doesNotContain("\r");
  }

  @Test
  void aFailedBuildClearsTheLineBeforeItsErrors(@TempDir Path dir) {
    TestSite.write(dir, ReportAndCompletionTest.SITE.replace("channel: news", "channel: nws"));
    var r = CliTest.run("build", "--site", dir.toString(), "--progress", "tty", "--progress-after", "0");
    assertThat(r.code()).isEqualTo(1);
    String err = r.err();
    int lastReturn = err.lastIndexOf('\r');
    assertThat(lastReturn).isPositive();
    // everything after the clearing \r is the diagnostics, starting on a clean line
    assertThat(err.substring(lastReturn + 1)).startsWith(dir.resolve("content/a.md").toString() + ":").contains("unknown channel");
    String beforeClear = err.substring(0, lastReturn);
    assertThat(beforeClear.substring(beforeClear.lastIndexOf('\r') + 1)).isBlank();
  }

  @Test
  void badSettingsAreCommandLineErrors(@TempDir Path dir) throws IOException {
    CliTest.site(dir);
    var mode = CliTest.run("build", "--site", dir.toString(), "--progress", "fancy");
    assertThat(mode.code()).isEqualTo(2);
    assertThat(mode.err()).contains("GAZETTE_PROGRESS", "fancy");
    var after = CliTest.run("build", "--site", dir.toString(), "--progress-after", "soon");
    assertThat(after.code()).isEqualTo(2);
    assertThat(after.err()).contains("GAZETTE_PROGRESS_AFTER", "soon");
    var both = CliTest.run("build", "--site", dir.toString(), "-q", "-v");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose");
    CliTest.assertNoStackTrace(both);
  }

  @Test
  void elapsedTimeReadsAsSecondsThenMinutes() {
    assertThat(ProgressLine.elapsed(2_345_000_000L)).isEqualTo("2.3 s");
    assertThat(ProgressLine.elapsed(62_000_000_000L)).isEqualTo("1m02s");
  }

  @Test
  void theStrictJsonParserRefusesWhatIsNotJson() {
    assertThat(StrictJson.object("{\"a\": [1, 2.5, \"x\\u00e9\", true, null], \"b\": {}}"))
        .containsKeys("a", "b");
    for (String bad : new String[] {"{\"a\": 1, \"a\": 2}", "{\"a\": 1,}", "[1 2]", "{\"a\": 01}", "{} x", "{'a': 1}"}) {
      assertThatThrownBy(() -> StrictJson.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
