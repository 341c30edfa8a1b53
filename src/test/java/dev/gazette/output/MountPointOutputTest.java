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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code public/} as a mount point (a Docker or CI volume; here a tmpfs mounted in a private mount
 * namespace with {@code unshare}): a plain build refuses in one line naming {@code --in-place};
 * {@code --in-place} writes the site into it, updates it (only changed files, unchanged ones keep
 * their inode and mtime) and leaves nothing hidden in it.
 */
class MountPointOutputTest {
  @Test
  void aMountPointOutputIsRefusedInOneLineOrUpdatedInPlace(@TempDir Path dir, @TempDir Path tmp) throws Exception {
    var site = TestSite.write(dir, KilledWriteTest.SITE);
    Files.createDirectories(dir.resolve("public"));
    Path script = tmp.resolve("run.sh");
    String build = String.join(" ", java()) + " build --site " + dir + " --now " + TestSite.NOW;
    Files.writeString(script, String.join("\n",
        "set -u",
        "cd " + dir,
        "mount -t tmpfs tmpfs public || exit 77",
        build + " > " + tmp.resolve("refused.log") + " 2>&1; echo \"exit $?\" >> " + tmp.resolve("refused.log"),
        build + " --in-place > " + tmp.resolve("first.log") + " 2>&1 || exit 1",
        "stat -c '%i %Y' public/css/style.css > " + tmp.resolve("inode1"),
        "cp -r public " + tmp.resolve("s1"),
        "sed -i 's/第一版/第二版/' content/b.md",
        "rm content/a.md",
        build + " --in-place > " + tmp.resolve("second.log") + " 2>&1 || exit 2",
        "stat -c '%i %Y' public/css/style.css > " + tmp.resolve("inode2"),
        "cp -r public " + tmp.resolve("s2"),
        "ls -A public > " + tmp.resolve("list"),
        ""));
    var cmd = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", script.toString()));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("unshare.log").toFile()).start();
    } catch (IOException e) {
      Assumptions.abort("cannot run unshare to mount a tmpfs: " + e.getMessage());
      return;
    }
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String unshareLog = Files.readString(tmp.resolve("unshare.log"));
    Assumptions.assumeTrue(p.exitValue() != 77 && !unshareLog.contains("unshare:"),
        "cannot mount a tmpfs in a private namespace here: " + unshareLog.strip());
    assertThat(p.exitValue()).as(unshareLog + log(tmp, "first.log") + log(tmp, "second.log")).isZero();

    String refused = Files.readString(tmp.resolve("refused.log"), StandardCharsets.UTF_8);
    assertThat(refused).contains("public: error: the output folder " + dir.resolve("public")
        + " is a mount point, which a build cannot swap for a new one", "hint: build with --in-place", "exit 1");
    assertThat(refused.lines().filter(l -> l.contains("error:"))).hasSize(1);

    Map<String, String> first = expectedAfter(dir, tmp.resolve("e1"), () -> {
      site.put("content/b.md", KilledWriteTest.B);
      site.put("content/a.md", AtomicOutputTest.SITE.substring(AtomicOutputTest.SITE.indexOf("---")));
    });
    assertThat(Snapshot.of(tmp.resolve("s1"))).isEqualTo(first);
    var second = expectedAfter(dir, tmp.resolve("e2"), () -> {
      site.edit("content/b.md", "第一版", "第二版");
      site.delete("content/a.md");
    });
    assertThat(Snapshot.of(tmp.resolve("s2"))).as("updated in place: the deleted article's page is gone").isEqualTo(second);
    assertThat(Files.readString(tmp.resolve("inode2"))).as("an unchanged file is not touched")
        .isEqualTo(Files.readString(tmp.resolve("inode1")));
    assertThat(Files.readAllLines(tmp.resolve("list"))).noneMatch(n -> n.startsWith("."));
  }

  /** A full disk (a 200 KB tmpfs holding the output) is reported at the output, not at a content file. */
  @Test
  void aFullDiskIsReportedAtTheOutputFolderNotAtAContentFile(@TempDir Path dir, @TempDir Path tmp) throws Exception {
    var site = TestSite.write(dir, KilledWriteTest.SITE);
    site.put("content/c.md", KilledWriteTest.B.replace("第一版正文。", "长文。".repeat(100_000)));
    Path disk = tmp.resolve("disk");
    Files.createDirectories(disk);
    Path script = tmp.resolve("run.sh");
    Files.writeString(script, String.join("\n",
        "mount -t tmpfs -o size=200k tmpfs " + disk + " || exit 77",
        String.join(" ", java()) + " build --site " + dir + " --out " + disk.resolve("public") + " --now " + TestSite.NOW
            + " > " + tmp.resolve("full.log") + " 2>&1",
        "echo \"exit $?\" >> " + tmp.resolve("full.log"),
        "ls -A " + disk + " > " + tmp.resolve("list"),
        ""));
    Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", script.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("unshare.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String unshareLog = Files.readString(tmp.resolve("unshare.log"));
    Assumptions.assumeTrue(p.exitValue() != 77 && !unshareLog.contains("unshare:"),
        "cannot mount a tmpfs in a private namespace here: " + unshareLog.strip());
    String log = Files.readString(tmp.resolve("full.log"), StandardCharsets.UTF_8);
    assertThat(log).contains(disk.resolve("public") + ": error: cannot write the output: No space left on device (while writing /",
        "hint: nothing was changed", "free space on the disk that holds " + disk, "exit 1");
    assertThat(log).doesNotContain("content/c.md: error", "content/a.md: error", "content/b.md: error");
    assertThat(Files.readAllLines(tmp.resolve("list"))).as("nothing left on the full disk").containsOnly(".public.lock");
  }

  private static Map<String, String> expectedAfter(Path site, Path out, Runnable edit) {
    edit.run();
    try (var build = new Build()) {
      build.run(new BuildOptions(site, out, false, false, TestSite.NOW, null, false));
    }
    return Snapshot.of(out);
  }

  private static List<String> java() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8", "-cp", "'" + System.getProperty("java.class.path") + "'", "dev.gazette.cli.Main");
  }

  private static String log(Path tmp, String name) throws IOException {
    Path f = tmp.resolve(name);
    return Files.exists(f) ? "\n" + name + ": " + Files.readString(f) : "";
  }
}
