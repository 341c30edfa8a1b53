package dev.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site staged in the spare (the site before the previous one) is byte for byte the site staged
 * in an empty folder, whatever the sequence of sites: files added, changed, removed, a file where
 * a folder was and the other way round, files added or changed by hand in the output between
 * builds. Unchanged files keep their inode, and nothing is left beside the output but the lock
 * and one spare.
 */
class SpareTest {
  /** Paths that clash as file and folder: {@code a} and {@code a/index.html}, {@code d/e} and {@code d/e/f.html}. */
  private static final List<String> PATHS = List.of("index.html", "a", "a/index.html", "a/b", "a/b/index.html",
      "a/c.html", "d", "d/e", "d/e/f.html", "g.html", "h/i/j/k.html");
  /** 甲 and 丁 have the same length: a file replaced by hand with the other one keeps its size. */
  private static final List<String> TEXTS = List.of("甲", "丁", "乙乙", "丙丙丙");

  /** One build: the site it writes, how it keeps unchanged files, and what someone does by hand afterwards. */
  record Step(Map<String, String> site, boolean reuse, int tamper) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Map<String, String>> site = Arbitraries.maps(Arbitraries.of(PATHS), Arbitraries.of(TEXTS))
        .ofMaxSize(PATHS.size()).map(SpareTest::withoutClashes);
    return Combinators.combine(site, Arbitraries.of(true, false), Arbitraries.integers().between(0, 5))
        .as(Step::new).list().ofMinSize(2).ofMaxSize(8);
  }

  @Property(tries = 60)
  void aSiteStagedInTheSpareIsTheSiteStagedAfresh(@ForAll("steps") List<Step> steps) throws IOException {
    Path dir = Files.createTempDirectory("gazette-spare-");
    try {
      Path out = dir.resolve("public");
      Map<String, OutputRecord> records = Map.of();
      Spare spare = null;
      Map<String, String> last = Map.of();
      Map<String, Object> inodes = Map.of();
      int round = 0;
      for (Step step : steps) {
        Map<String, OutputRecord> previous = records;
        Map<String, String> before = last;
        try (var staging = Staging.open(out, previous, spare, false)) {
          for (var e : step.site().entrySet()) {
            boolean same = e.getValue().equals(before.get(e.getKey()));
            if (!(same && step.reuse() && staging.reuse(e.getKey()))) {
              staging.write(OutputFile.text(e.getKey(), e.getValue(), "test"));
            }
          }
          records = staging.commit();
          spare = staging.spare();
        }
        String what = "round " + round++ + " of " + steps;
        assertThat(Snapshot.of(out)).as(what).isEqualTo(expected(dir.resolve("expected-" + round), step.site()));
        assertThat(beside(dir)).as(what).allMatch(n -> n.equals(".public.lock") || n.startsWith(".public.spare-"))
            .hasSizeLessThanOrEqualTo(2);
        for (var e : step.site().entrySet()) {
          if (e.getValue().equals(before.get(e.getKey())) && inodes.containsKey(e.getKey())) {
            assertThat(inode(out.resolve(e.getKey()))).as(what + ": unchanged /" + e.getKey() + " keeps its inode")
                .isEqualTo(inodes.get(e.getKey()));
          }
        }
        last = step.site();
        inodes = tamper(out, step.tamper(), last);
      }
    } finally {
      SiteWriter.deleteQuietly(dir);
    }
  }

  @Test
  void aBuildThatChangesNothingKeepsTheOutputAndTheSpare(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("public");
    Map<String, OutputRecord> records = Map.of();
    Spare spare = null;
    for (String text : List.of("一", "二", "二", "二")) {
      try (var staging = Staging.open(out, records, spare, false)) {
        staging.write(OutputFile.text("index.html", text, "test"));
        staging.write(OutputFile.text("news/index.html", "新闻", "test"));
        records = staging.commit();
        spare = staging.spare();
      }
    }
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("二");
    assertThat(spare).isNotNull();
    assertThat(spare.stale()).isEmpty();
    assertThat(Snapshot.of(dir.resolve(spare.folder()))).isEqualTo(Snapshot.of(out));
  }

  /**
   * A file replaced by hand with one of the same size, whose bytes the next build then writes:
   * the spare's file (the last build's) must not stand in for it.
   */
  @Test
  void aFileReplacedByHandWithTheBytesTheNextBuildWritesIsWritten(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("public");
    Map<String, OutputRecord> records = Map.of();
    Spare spare = null;
    var sites = List.of(Map.of("index.html", "甲"), Map.of("index.html", "甲", "x.html", "乙乙"),
        Map.of("index.html", "丁", "x.html", "乙乙"));
    for (int i = 0; i < sites.size(); i++) {
      var site = sites.get(i);
      try (var staging = Staging.open(out, records, spare, false)) {
        site.forEach((path, text) -> staging.write(OutputFile.text(path, text, "test")));
        records = staging.commit();
        spare = staging.spare();
      }
      if (i == 1) {
        assertThat(spare).isNotNull();
        Path tmp = out.resolve("zz.tmp");
        Files.writeString(tmp, "丁");
        Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.fromMillis(records.get("index.html").mtime() + 10_000));
        Files.move(tmp, out.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("丁");
  }

  /** Someone works in the output by hand; returns the inodes of the files nobody touched. */
  private static Map<String, Object> tamper(Path out, int how, Map<String, String> site) throws IOException {
    var files = new ArrayList<>(site.keySet());
    files.sort(Comparator.naturalOrder());
    String victim = files.isEmpty() ? null : files.get(0);
    switch (how) {
      case 1 -> Files.writeString(out.resolve("zz-added-by-hand.txt"), "手工");
      case 2 -> {
        if (victim != null) {
          // replaced: a new file (a new inode) renamed over the built one
          Path tmp = out.resolve("zz.tmp");
          Files.writeString(tmp, "手工改过的内容");
          Files.move(tmp, out.resolve(victim), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      case 3 -> {
        if (victim != null) {
          // written into: the same inode, which the spare shares
          Files.writeString(out.resolve(victim), "手工追加", StandardOpenOption.APPEND);
        }
      }
      case 4 -> {
        if (victim != null) {
          // replaced by a file of the same size (a build that now writes those bytes must not keep the spare's)
          Path tmp = out.resolve("zz.tmp");
          Files.writeString(tmp, site.get(victim).equals("甲") ? "丁" : site.get(victim).equals("丁") ? "甲" : "手工");
          Files.move(tmp, out.resolve(victim), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      default -> { }
    }
    var inodes = new TreeMap<String, Object>();
    for (String f : files) {
      if (!(how >= 2 && how <= 4 && f.equals(victim))) {
        inodes.put(f, inode(out.resolve(f)));
      }
    }
    return inodes;
  }

  private static Map<String, String> expected(Path dir, Map<String, String> site) {
    try {
      Files.createDirectories(dir);
      for (var e : site.entrySet()) {
        Path f = dir.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      }
      var snapshot = Snapshot.of(dir);
      SiteWriter.deleteQuietly(dir);
      return snapshot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A site where no path is both a file and a folder of another: the longer one goes. */
  private static Map<String, String> withoutClashes(Map<String, String> site) {
    var kept = new TreeMap<String, String>();
    site.forEach((path, text) -> {
      boolean clash = site.keySet().stream().anyMatch(other -> path.startsWith(other + "/"));
      if (!clash) {
        kept.put(path, text);
      }
    });
    return kept;
  }

  private static Object inode(Path file) throws IOException {
    return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }

  private static List<String> beside(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public")).sorted().toList();
    }
  }
}
