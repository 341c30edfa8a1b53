package dev.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette build} stopped at each phase of writing the output ({@link WritePhase}, a test
 * hook: the build waits there and is killed with SIGKILL, no sleeps) leaves {@code public/} the
 * complete previous site or the complete new one, and the next build leaves nothing hidden beside
 * it or inside it. SIGTERM and SIGINT (a CI cancel, Ctrl-C) remove the staging folder before the
 * process exits.
 */
class KilledWriteTest {
  static final String B = """
      ---
      title: 第二篇
      channel: news
      date: 2022-06-27
      source: 苏州日报
      author: 张叶
      ---
      第一版正文。
      """;
  static final String SITE = AtomicOutputTest.SITE + "-- content/b.md --\n" + B;

  private final List<String> log = new ArrayList<>();

  @Test
  void aKillAtEveryPhaseOfTheSwapLeavesACompleteSiteAndTheNextBuildNoLitter(@TempDir Path dir, @TempDir Path tmp)
      throws Exception {
    var site = TestSite.write(dir, SITE);
    assumeForks(dir);
    Path out = dir.resolve("public");
    assertThat(run(dir, "first")).isZero();
    var good = Snapshot.of(out);
    int round = 0;
    for (WritePhase phase : List.of(WritePhase.OPENED, WritePhase.WRITING, WritePhase.STAGED, WritePhase.SWAPPED,
        WritePhase.VETTED, WritePhase.DONE, WritePhase.OPENED, WritePhase.WRITING, WritePhase.STAGED)) {
      site.put("content/b.md", B.replace("第一版", "第" + (2 + round++) + "版"));
      var expected = expected(dir, tmp.resolve("expected-" + phase));
      killAt(dir, phase);
      var now = Snapshot.of(out);
      assertThat(now).as(phase + ": public/ after the kill is the previous site or the new one\n" + log)
          .isIn(good, expected);
      log.add(phase + ": public/ is the " + (now.equals(good) ? "previous" : "new") + " site; beside it: " + beside(dir));
      assertThat(run(dir, "after " + phase)).isZero();
      assertThat(Snapshot.of(out)).as(phase + ": the next build writes the new site").isEqualTo(expected);
      assertNoLitter(dir);
      good = expected;
    }
    System.out.println("KilledWriteTest:\n  " + String.join("\n  ", log));
  }

  /**
   * Where the system cannot exchange two folders, the swap is two renames with a moment between
   * them without public/: a kill there leaves both halves beside it, and the next build puts the
   * complete new site in place.
   */
  @Test
  void aKillBetweenTheTwoRenamesOfTheFallbackIsCompletedByTheNextBuild(@TempDir Path dir, @TempDir Path tmp)
      throws Exception {
    var site = TestSite.write(dir, SITE);
    assumeForks(dir);
    assertThat(run(dir, "first", "-Dgazette.swap=rename")).isZero();
    site.edit("content/b.md", "第一版", "第二版");
    var expected = expected(dir, tmp.resolve("expected"));
    killAt(dir, WritePhase.RENAMED_ASIDE, "-Dgazette.swap=rename");
    assertThat(dir.resolve("public")).as("the one window of the fallback").doesNotExist();
    assertThat(run(dir, "after the kill", "-Dgazette.swap=rename")).isZero();
    assertThat(Snapshot.of(dir.resolve("public"))).isEqualTo(expected);
    assertNoLitter(dir);
  }

  @Test
  void sigtermAndSigintWhileWritingLeaveThePreviousSiteAndNothingElse(@TempDir Path dir) throws Exception {
    var site = TestSite.write(dir, SITE);
    assumeForks(dir);
    assertThat(run(dir, "first")).isZero();
    var before = Snapshot.of(dir.resolve("public"));
    for (String signal : List.of("TERM", "INT")) {
      site.edit("content/b.md", "版正文", "版正文" + signal);
      Process p = pausedAt(dir, WritePhase.WRITING);
      assertThat(beside(dir)).anyMatch(n -> n.startsWith(".public.staging-"));
      if (ignores(p, signal.equals("TERM") ? 15 : 2)) {
        // started in the background by a shell without job control: the JVM keeps the inherited
        // "ignore", as it should, and no build can be ended by this signal
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        Assumptions.abort("the build was started with SIG" + signal + " ignored (Maven runs in the background"
            + " of a shell without job control); SIG" + signal + " cannot be tested here");
      }
      new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("SIG" + signal + " ends the build").isTrue();
      assertThat(p.exitValue()).as("SIG" + signal).isEqualTo(128 + (signal.equals("TERM") ? 15 : 2));
      assertThat(Snapshot.of(dir.resolve("public"))).as("SIG" + signal).isEqualTo(before);
      assertNoLitter(dir);
    }
  }

  /**
   * A deploy step left the previous output read-only ({@code chmod -R a-w public}): the build
   * (as an ordinary user, whom the modes stop; root ignores them) swaps in the new site and leaves
   * nothing beside it.
   */
  @Test
  void aReadOnlyPreviousOutputIsReplacedWithoutLeftovers(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "no setpriv to build as an ordinary user");
    Path dir = tmp.resolve("site");
    var site = TestSite.write(dir, SITE);
    tmp.toFile().setExecutable(true, false);
    new ProcessBuilder("chown", "-R", "65534:65534", dir.toString()).inheritIO().start().waitFor();
    var asNobody = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    classPath = readableClassPath(tmp.resolve("cp"));
    // JNA unpacks its native library into the temp folder: one the user may write (else: two renames)
    Files.createDirectories(tmp.resolve("jtmp")).toFile().setWritable(true, false);
    assertThat(runAs(asNobody, dir, "first")).isZero();
    new ProcessBuilder("chmod", "-R", "a-w", dir.resolve("public").toString()).inheritIO().start().waitFor();
    site.put("content/b.md", B.replace("第一版", "第二版"));
    new ProcessBuilder("chown", "-R", "65534:65534", dir.resolve("content").toString()).inheritIO().start().waitFor();
    var expected = expected(dir, tmp.resolve("expected"));
    assertThat(runAs(asNobody, dir, "over a read-only output")).as(String.join("\n", log)).isZero();
    assertThat(Snapshot.of(dir.resolve("public"))).isEqualTo(expected);
    assertThat(beside(dir)).containsOnly(".public.lock");
  }

  private int runAs(List<String> prefix, Path site, String what) throws IOException, InterruptedException {
    Path logFile = site.resolveSibling("as-user.log");
    var cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + site.getParent(),
        "-Djava.io.tmpdir=" + site.resolveSibling("jtmp"), "-cp", classPath, "dev.gazette.cli.Main",
        "build", "-q", "--site", site.toString(), "--now", TestSite.NOW.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(what + " ends").isTrue();
    log.add(what + ": exit " + p.exitValue() + " " + Files.readString(logFile));
    return p.exitValue();
  }

  private String classPath;

  /** The class path copied where any user can read it (root's ~/.m2 is private). */
  private static String readableClassPath(Path to) throws IOException, InterruptedException {
    var entries = new ArrayList<String>();
    Files.createDirectories(to);
    int i = 0;
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path from = Path.of(e);
      if (Files.isRegularFile(from)) {
        Path copy = to.resolve(i++ + ".jar");
        Files.copy(from, copy);
        entries.add(copy.toString());
      } else if (Files.isDirectory(from) && !from.endsWith("test-classes")) {
        Path copy = to.resolve("classes" + i++);
        new ProcessBuilder("cp", "-r", from.toString(), copy.toString()).inheritIO().start().waitFor();
        entries.add(copy.toString());
      }
    }
    new ProcessBuilder("chmod", "-R", "a+rX", to.toString()).inheritIO().start().waitFor();
    return String.join(java.io.File.pathSeparator, entries);
  }

  // ---- helpers

  /** The new site, built in this JVM into a folder of its own. */
  private static Map<String, String> expected(Path site, Path out) {
    try (var build = new Build()) {
      build.run(new BuildOptions(site, out, false, false, TestSite.NOW, null, false));
    }
    return Snapshot.of(out);
  }

  private void killAt(Path site, WritePhase phase, String... jvm) throws IOException, InterruptedException {
    Process p = pausedAt(site, phase, jvm);
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed").isEqualTo(137);
  }

  /** Whether the process ignores signal {@code number} ({@code SigIgn} of /proc/PID/status). */
  private static boolean ignores(Process p, int number) throws IOException {
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (new java.math.BigInteger(line.substring(7).trim(), 16).testBit(number - 1));
      }
    }
    return false;
  }

  /** Starts a build that waits at {@code phase}, and returns once it is there. */
  private Process pausedAt(Path site, WritePhase phase, String... jvm) throws IOException, InterruptedException {
    var extra = new ArrayList<>(List.of(jvm));
    extra.add("-Dgazette.pauseAt=" + phase);
    Path logFile = site.resolveSibling(site.getFileName() + "-" + phase + ".log");
    Process p = start(site, logFile, extra);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.readString(logFile, StandardCharsets.UTF_8).contains("paused at " + phase)) {
      assertThat(p.isAlive()).as("the build reaches " + phase + ": " + Files.readString(logFile)).isTrue();
      assertThat(System.nanoTime()).as("the build reaches " + phase + " in 90 s").isLessThan(until);
      Thread.sleep(20);
    }
    return p;
  }

  private int run(Path site, String what, String... jvm) throws IOException, InterruptedException {
    Path logFile = site.resolveSibling(site.getFileName() + "-build.log");
    Process p = start(site, logFile, List.of(jvm));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(what + " ends").isTrue();
    if (p.exitValue() != 0) {
      log.add(what + ": " + Files.readString(logFile));
    }
    return p.exitValue();
  }

  static Process start(Path site, Path logFile, List<String> jvm) throws IOException {
    var cmd = new ArrayList<String>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dfile.encoding=UTF-8"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main", "build", "-q",
        "--site", site.toString(), "--now", TestSite.NOW.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
  }

  private static void assumeForks(Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "java")),
        "no java executable to start a build to kill");
  }

  static List<String> beside(Path site) throws IOException {
    try (Stream<Path> s = Files.list(site)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public")).sorted().toList();
    }
  }

  /**
   * Only the lock file beside public/ (it stays, like Hugo's .hugo_build.lock) and at most one
   * spare (the previous site, for the next build to stage in), nothing hidden inside.
   */
  static void assertNoLitter(Path site) throws IOException {
    var beside = beside(site);
    assertThat(beside).as("beside public/").contains(".public.lock")
        .allMatch(n -> n.equals(".public.lock") || n.startsWith(".public.spare-"));
    assertThat(beside).as("one spare at most").hasSizeLessThanOrEqualTo(2);
    try (Stream<Path> s = Files.list(site.resolve("public"))) {
      assertThat(s.map(p -> p.getFileName().toString())).as("inside public/").noneMatch(n -> n.startsWith("."));
    }
  }
}
