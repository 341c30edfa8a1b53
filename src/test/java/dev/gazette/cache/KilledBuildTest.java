package dev.gazette.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Captured;
import dev.gazette.TestSite;
import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette build} killed with SIGKILL at random moments (while rendering into the staging
 * folder, while bodies go into the cache's pack, during the swap, while the cache index is
 * written): {@code public/} is always absent (before the first build) or a complete site, the
 * last successful build's or, when the kill came after the swap, the killed build's own; and the
 * next build succeeds without a word about the cache, leaves nothing beside {@code public/} and
 * writes exactly what a fresh build writes.
 */
class KilledBuildTest {
  static final int ARTICLES = 1500;
  /** Rounds stop once this much time is spent, so the class stays near a minute on a slow box. */
  static final long BUDGET_MILLIS = 35_000;
  /** The kills during the cache write and the swap always run. */
  static final int MIN_ROUNDS = 2;

  enum Moment {
    /** a random moment after the JVM started */
    RANDOM,
    /** a random moment after the staging folder appeared: rendering and writing pages */
    STAGING,
    /** as soon as the cache's pack grows: bodies being rendered and stored */
    PACK,
    /** as soon as the swap put the new site in place: the previous one is being deleted */
    SWAP,
    /**
     * as soon as the new cache index or its shards are being written (or, when that is too quick to
     * see, right after the swap)
     */
    CACHE
  }

  record Killed(Moment moment, String seen, boolean finished, int exit, long millis) {}

  private final List<String> log = new ArrayList<>();

  @Test
  void aBuildKilledAtAnyMomentLeavesACompleteSiteAndTheNextBuildRecovers(@TempDir Path dir) throws Exception {
    long start = System.nanoTime();
    long seed = Long.getLong("gazette.killed.seed", System.nanoTime());
    var rng = new Random(seed);
    log.add("seed " + seed + " (-Dgazette.killed.seed=" + seed + " repeats the kill moments)");
    Path site = dir.resolve("site");
    Corpus.write(site, ARTICLES, 15, 20300101L);
    Assumptions.assumeTrue(canFork(dir), "cannot start a JVM (" + javaBin() + ") to kill: " + forkProblem);
    Path out = site.resolve("public");

    // the first build, killed: there is no public/ yet, or it is complete
    Map<String, String> expected = fresh(site);
    var first = kill(site, Moment.STAGING, rng);
    Map<String, String> good = null;
    if (first.finished()) {
      assertThat(first.exit()).as(describe()).isZero();
    }
    if (Files.exists(out)) {
      assertThat(hashes(out)).as(describe() + "public/ after a killed first build").isEqualTo(expected);
    }
    good = recover(site, expected);

    List<Runnable> edits = List.of(
        () -> editBodies(site, rng, 40),
        () -> editTemplate(site, "article.ftlh", "</article>", "<!-- 修改 -->"),
        () -> editConfig(site, "paginate: 15", "paginate: 12"),
        () -> replaceArticles(site, rng, 30),
        () -> editTemplate(site, "base.ftlh", "</footer>", "<!-- 页脚 -->"),
        () -> editBodies(site, rng, 200));
    // the rarest moments first: the time budget may end the rounds early on a slow machine
    Moment[] moments = {Moment.CACHE, Moment.SWAP, Moment.RANDOM, Moment.PACK, Moment.STAGING, Moment.CACHE};
    for (int round = 0; round < edits.size(); round++) {
      if (round >= MIN_ROUNDS && (System.nanoTime() - start) / 1_000_000 > BUDGET_MILLIS) {
        log.add("time budget spent after " + round + " rounds");
        break;
      }
      edits.get(round).run();
      expected = fresh(site);
      var k = kill(site, moments[round], rng);
      if (k.finished()) {
        assertThat(k.exit()).as(describe()).isZero();
      }
      assertComplete(site, good, expected);
      good = recover(site, expected);
    }
    System.out.println("KilledBuildTest:\n  " + String.join("\n  ", log));
  }

  /**
   * The one state a kill can leave that is not a complete public/, where the system cannot exchange
   * two folders (Exchange): killed between the two renames of the swap, public/ is gone, the previous site is in .public.old-T and the new one, complete,
   * in .public.staging-T. The next build puts the new one in place and carries on.
   */
  @Test
  void aKillBetweenTheTwoRenamesOfASwapIsCompletedByTheNextBuild(@TempDir Path dir, @TempDir Path elsewhere) throws IOException {
    var site = TestSite.write(dir, PersistedCacheTest.SITE);
    var options = new BuildOptions(dir, dir.resolve("public"), false, false, TestSite.NOW, null, false);
    var notes = new ArrayList<String>();
    try (var build = Build.persistent(dir.resolve(".gazette/cache"), options, notes::add)) {
      build.run(options);
    }
    site.edit("content/news/c.md", "新规发布。", "新规今日发布。");
    // the killed build's complete staged site, and the previous output renamed aside
    try (var build = new Build()) {
      build.run(options.withOut(elsewhere.resolve("staged")));
    }
    Files.move(elsewhere.resolve("staged"), dir.resolve(".public.staging-0badf00d"));
    Files.move(dir.resolve("public"), dir.resolve(".public.old-0badf00d"));

    try (var build = Build.persistent(dir.resolve(".gazette/cache"), options, notes::add)) {
      build.run(options);
    }
    assertThat(notes).isEmpty();
    assertThat(hashes(dir.resolve("public"))).isEqualTo(fresh(dir));
    assertNoLeftovers(dir);
  }

  // ---- kills

  /** Starts {@code gazette build}, kills it at {@code moment} and says what it saw. */
  private Killed kill(Path site, Moment moment, Random rng) throws IOException, InterruptedException {
    Path cache = site.resolve(".gazette/cache");
    long packBefore = packSize(cache);
    var shardsBefore = shards(cache);
    Object publicBefore = inode(site.resolve("public"));
    long t0 = System.nanoTime();
    Process p = start(site, site.resolveSibling("killed-" + log.size() + ".log"));
    String seen = "nothing";
    long delay = switch (moment) {
      case RANDOM -> 300 + rng.nextInt(4000);
      case STAGING -> rng.nextInt(1500);
      default -> 0;
    };
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    outer:
    while (p.isAlive() && System.nanoTime() < waitUntil) {
      switch (moment) {
        case RANDOM -> {
          Thread.sleep(delay);
          seen = delay + " ms after start";
          break outer;
        }
        case STAGING -> {
          if (beside(site, ".public.staging-")) {
            Thread.sleep(delay);
            seen = "staging folder + " + delay + " ms";
            break outer;
          }
        }
        case PACK -> {
          if (packSize(cache) > packBefore) {
            seen = "pack grew";
            break outer;
          }
        }
        case SWAP -> {
          Object now = inode(site.resolve("public"));
          if (now != null && !now.equals(publicBefore) && beside(site, ".public.staging-")) {
            seen = "swapped, the previous site beside public/";
            break outer;
          }
        }
        case CACHE -> {
          // the cache is saved after the swap and after the old site is deleted
          if (Files.exists(cache.resolve("index.tmp"))) {
            seen = "index.tmp being written";
            break outer;
          }
          var shards = shards(cache);
          if (!shards.isEmpty() && !shardsBefore.containsAll(shards)) {
            seen = "new index shards being written";
            break outer;
          }
          Object now = inode(site.resolve("public"));
          boolean swapped = now != null && !now.equals(publicBefore);
          if (swapped && !beside(site, ".public.staging-")) {
            seen = "swapped and old site deleted: saving the cache";
            break outer;
          }
        }
      }
      LockSupport.parkNanos(100_000);
    }
    boolean finished = !p.isAlive();
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    var k = new Killed(moment, seen, finished, p.exitValue(), millis);
    log.add("killed at " + moment + ": " + seen + (finished ? " (the build had finished: exit " + p.exitValue() + ")" : "")
        + " after " + millis + " ms; beside public/: " + besideNames(site));
    return k;
  }

  /** public/ after a kill: the last good site, or the killed build's complete one. */
  private void assertComplete(Path site, Map<String, String> good, Map<String, String> expected) {
    Path out = site.resolve("public");
    // the swap exchanges the two folders in one system call: public/ is never missing
    assertThat(out).as(describe() + "public/ after a kill").isDirectory();
    var now = hashes(out);
    if (now.equals(good)) {
      log.add("  public/ is the last good build's");
    } else {
      assertThat(now).as(describe() + "public/ after a kill is neither the last good site nor the killed build's complete one")
          .isEqualTo(expected);
      log.add("  public/ is the killed build's complete site");
    }
  }

  /** The next normal build: succeeds, says nothing about the cache, leaves nothing beside public/. */
  private Map<String, String> recover(Path site, Map<String, String> expected) throws IOException, InterruptedException {
    Path logFile = site.resolveSibling("build-" + log.size() + ".log");
    long t0 = System.nanoTime();
    Process p = start(site, logFile);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the build ends").isTrue();
    String output = Files.readString(logFile, StandardCharsets.UTF_8);
    log.add("  next build (" + (System.nanoTime() - t0) / 1_000_000 + " ms): " + output.strip().replace("\n", " | "));
    assertThat(p.exitValue()).as(describe() + output).isZero();
    assertThat(output).as(describe() + "a killed build leaves a usable cache").doesNotContain("build cache");
    assertNoLeftovers(site);
    var now = hashes(site.resolve("public"));
    assertThat(now).as(describe() + "the build after a kill writes what a fresh build writes").isEqualTo(expected);
    return now;
  }

  // ---- edits between rounds

  private static void editBodies(Path site, Random rng, int count) {
    var files = contentFiles(site);
    for (int i = 0; i < count; i++) {
      Path f = files.get(rng.nextInt(files.size()));
      append(f, "\n补记第" + rng.nextInt(1_000_000) + "条。\n");
    }
  }

  private static void editTemplate(Path site, String template, String anchor, String insert) {
    Path f = site.resolve("themes/default/templates").resolve(template);
    replace(f, anchor, insert + anchor);
  }

  private static void editConfig(Path site, String old, String replacement) {
    replace(site.resolve("site-config.yml"), old, replacement);
  }

  private static void replaceArticles(Path site, Random rng, int count) {
    var files = contentFiles(site);
    try {
      for (int i = 0; i < count; i++) {
        Path f = files.remove(rng.nextInt(files.size()));
        String text = Files.readString(f);
        Files.delete(f);
        Files.writeString(f.resolveSibling("n" + rng.nextInt(1_000_000) + ".md"), text.replace("title: ", "title: 新"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> contentFiles(Path site) {
    try (Stream<Path> s = Files.walk(site.resolve("content"))) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path f, String text) {
    try {
      Files.writeString(f, Files.readString(f) + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path f, String old, String replacement) {
    try {
      String text = Files.readString(f);
      assertThat(text).as(f.toString()).contains(old);
      Files.writeString(f, text.replace(old, replacement));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- processes and folders

  private static String forkProblem = "";

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Process start(Path site, Path logFile, String... extra) throws IOException {
    var cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main", "build", "--site", site.toString(),
        "--now", Corpus.NOW_ARG));
    cmd.addAll(List.of(extra));
    var pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
    return pb.start();
  }

  /** Whether {@code gazette --version} runs in a forked JVM. */
  static boolean canFork(Path dir) {
    try {
      Path logFile = dir.resolve("fork.log");
      var p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main", "--version")
          .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        forkProblem = "no answer in 60 s";
        return false;
      }
      forkProblem = "exit " + p.exitValue() + ": " + Files.readString(logFile).strip();
      return p.exitValue() == 0;
    } catch (IOException | InterruptedException | SecurityException | UnsupportedOperationException e) {
      forkProblem = e.toString();
      return false;
    }
  }

  static Map<String, String> fresh(Path site) {
    var options = new BuildOptions(site, null, false, false, TestSite.NOW, null, false);
    return Captured.fresh(options).hashes();
  }

  static Map<String, String> hashes(Path root) {
    var out = new TreeMap<String, String>();
    IncrementalPropertiesTest.readTree(root).forEach((p, b) -> out.put(p, dev.gazette.store.Hashes.of(b)));
    return out;
  }

  private static long packSize(Path cache) {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".pack")).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The index's shard files ({@code shards/}): a save writes new ones before the index names them. */
  private static java.util.Set<String> shards(Path cache) {
    try (Stream<Path> s = Files.list(cache.resolve("shards"))) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    } catch (IOException e) {
      return java.util.Set.of();
    }
  }

  private static Object inode(Path p) {
    try {
      return Files.getAttribute(p, "unix:ino");
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static boolean beside(Path site, String prefix) {
    return besideNames(site).stream().anyMatch(n -> n.startsWith(prefix));
  }

  private static List<String> besideNames(Path site) {
    try (Stream<Path> s = Files.list(site)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static void assertNoLeftovers(Path site) {
    assertThat(besideNames(site)).as("beside public/").noneMatch(n -> n.startsWith(".public.staging-") || n.startsWith(".public.old-"));
  }

  private String describe() {
    return String.join("\n", log) + "\n";
  }
}
