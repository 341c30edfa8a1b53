package dev.gazette.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, points 6 and 7: what {@code mvn package} makes, run as a user would. The release
 * archive is unpacked outside the repository and its {@code bin/gazette} starts a site and builds
 * it with nothing on PATH but {@code java}; {@code ./gazette install} puts a working command on a
 * prefix; the launcher packages once, says so, and prints no escape codes. Runs in {@code mvn
 * verify} after the package phase (the surefire execution "packaged").
 */
class ReleaseIT {
  static Path zip;
  static Path jar;
  static String version;

  @BeforeAll
  static void packaged() {
    String release = System.getProperty("gazette.release");
    assumeTrue(release != null, "run by mvn verify after package (the surefire execution \"packaged\")");
    zip = Path.of(release);
    jar = Path.of(System.getProperty("gazette.jar"));
    version = System.getProperty("gazette.version");
    assertThat(zip).as("the release archive mvn package writes").isRegularFile();
  }

  record Run(int code, String out, String err) {}

  /** Runs a program with exactly {@code env} as its environment (no inherited PATH). */
  static Run run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
    var pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile("gazette-out", ".txt");
    Path err = Files.createTempFile("gazette-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
    var r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** A folder holding only a {@code java} (running this JVM's): the PATH of a slim image. */
  static Path javaOnly(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("java-only-bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    return bin;
  }

  static void unzip(Path zip, Path to) throws IOException {
    try (var z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        Path dest = to.resolve(e.getName()).normalize();
        assertThat(dest.startsWith(to)).as(e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(dest);
          continue;
        }
        Files.createDirectories(dest.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  void theArchiveHoldsTheLauncherTheJarAndTheReadme() throws IOException {
    try (var z = new ZipFile(zip.toFile())) {
      var names = java.util.Collections.list(z.entries()).stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
      String root = "gazette-" + version + "/";
      assertThat(names).containsExactlyInAnyOrder(root + "bin/gazette", root + "lib/gazette.jar", root + "README.md");
      String script = new String(z.getInputStream(z.getEntry(root + "bin/gazette")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(script).startsWith("#!/bin/sh\n").doesNotContain("\r");
    }
    // the runnable jar holds every class once: it was shaded from the plain jar, not from itself
    try (var z = new ZipFile(jar.toFile())) {
      Set<String> seen = new HashSet<>();
      List<String> twice = new ArrayList<>();
      z.stream().map(ZipEntry::getName).forEach(n -> {
        if (!seen.add(n)) {
          twice.add(n);
        }
      });
      assertThat(twice).isEmpty();
      assertThat(seen).contains("dev/gazette/cli/Main.class", "dev/gazette/schema/site-config.schema.json",
          "dev/gazette/schema/front-matter.schema.json", "gazette/themes/default/templates/base.ftlh");
    }
    assertThat(jar.resolveSibling("original-gazette.jar")).doesNotExist();
  }

  @Test
  void theUnpackedReleaseStartsAndBuildsASiteWithOnlyJavaOnPath(@TempDir Path dir) throws Exception {
    unzip(zip, dir.resolve("opt"));
    Path gazette = dir.resolve("opt/gazette-" + version + "/bin/gazette");
    Files.setPosixFilePermissions(gazette, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
    var env = Map.of("PATH", javaOnly(dir).toString(), "HOME", dir.toString());
    Path work = Files.createDirectories(dir.resolve("work"));

    var version = run(work, env, gazette.toString(), "--version");
    assertThat(version.code()).as(version.err()).isZero();
    assertThat(version.out()).contains(ReleaseIT.version);

    var init = run(work, env, gazette.toString(), "init", "my-site");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).isEqualTo("created a site in my-site: cd my-site && gazette serve\n");
    assertThat(init.err()).isEmpty();

    Path site = work.resolve("my-site");
    var build = run(site, env, gazette.toString(), "build");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).matches("built 1 articles, \\d+ pages, \\d+ files in \\d+ ms .* -> \\./public\\n");
    // nothing but the stage lines a build longer than two seconds prints when stderr is no terminal
    assertThat(build.err().lines()).as(build.err()).allMatch(l -> l.matches("gazette: [a-z]+( \\d+/\\d+)? \\(\\d+\\.\\d s\\)"));
    assertThat(site.resolve("public/index.html")).content(StandardCharsets.UTF_8).contains("网站开通");

    // bin/gazette picks a UTF-8 locale; java alone under the C locale cannot name /tags/公告/ and says why
    var bare = run(site, env, "java", "-jar", jar.toString(), "build", "--out", "bare");
    assertThat(bare.code()).isEqualTo(1);
    assertThat(bare.err()).contains("tags/公告/",
        "hint: the system locale names files in ANSI_X3.4-1968, which has no Chinese: run with a UTF-8 locale, such as LC_ALL=C.UTF-8");

    var none = run(site, env, gazette.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("Usage: gazette");

    var noJava = run(site, Map.of("PATH", dir.resolve("nothing").toString()), gazette.toString(), "build");
    assertThat(noJava.code()).isEqualTo(1);
    assertThat(noJava.err()).isEqualTo("gazette: no java found: install a JDK or JRE 17 or newer, or set JAVA_HOME\n");
  }

  // ---- the launcher of a clone, ./gazette

  /**
   * A clone's shape around a copy of the launcher, and a fake {@code mvn} first on PATH that, like
   * Maven 3.8 under -q, prints colour resets and "packages" by copying the real jar.
   */
  static Path clone(Path dir) throws IOException {
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Files.copy(Path.of("gazette"), clone.resolve("gazette"));
    Files.copy(Path.of("src/main/dist/bin/gazette"), Files.createDirectories(clone.resolve("src/main/dist/bin")).resolve("gazette"));
    Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
    Files.writeString(Files.createDirectories(clone.resolve("src/main/java")).resolve("A.java"), "class A {}\n");
    Files.writeString(Files.createDirectories(clone.resolve("themes/default/templates")).resolve("base.ftlh"), "<html>\n");
    Path fake = Files.createDirectories(dir.resolve("fake-bin"));
    Files.writeString(fake.resolve("mvn"), """
        #!/bin/sh
        printf '\\033[0m\\033[0m'
        echo "mvn $*" >> "%s"
        mkdir -p target && cp "%s" target/gazette.jar
        """.formatted(dir.resolve("mvn-calls.txt"), jar));
    fake.resolve("mvn").toFile().setExecutable(true);
    return clone;
  }

  static Map<String, String> launcherEnv(Path dir) {
    return Map.of("PATH", dir.resolve("fake-bin") + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin",
        "HOME", dir.toString(), "GAZETTE_CDS", "0");
  }

  @Test
  void theLauncherPackagesOnceSaysSoAndPrintsNoEscapeCodes(@TempDir Path dir) throws Exception {
    Path clone = clone(dir);
    var env = launcherEnv(dir);
    var first = run(clone, env, "bash", "./gazette", "--version");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).isEqualTo("gazette: packaging target/gazette.jar with Maven once: the first run of this clone (about 30 s) ...\n");
    assertThat(first.out()).contains(version).doesNotContain("\u001b");
    assertThat(Files.readAllLines(dir.resolve("mvn-calls.txt"))).containsExactly("mvn -B -q -DskipTests -Dstyle.color=never package");

    var second = run(clone, env, "bash", "./gazette", "--version");
    assertThat(second.err()).isEmpty();
    // a theme edit does not repackage; a source edit does
    Thread.sleep(1100);
    Files.writeString(clone.resolve("themes/default/templates/base.ftlh"), "<html lang=\"zh-CN\">\n");
    assertThat(run(clone, env, "bash", "./gazette", "--version").err()).isEmpty();
    Files.writeString(clone.resolve("src/main/java/A.java"), "class A { }\n");
    var again = run(clone, env, "bash", "./gazette", "--version");
    assertThat(again.err()).isEqualTo("gazette: packaging target/gazette.jar with Maven again: the sources changed (about 30 s) ...\n");
    assertThat(Files.readAllLines(dir.resolve("mvn-calls.txt"))).hasSize(2);
  }

  @Test
  void installPutsAWorkingGazetteCommandIntoThePrefix(@TempDir Path dir) throws Exception {
    Path clone = clone(dir);
    var env = new java.util.HashMap<>(launcherEnv(dir));
    env.put("GAZETTE_JAR", jar.toString());
    var install = run(clone, env, "bash", "./gazette", "install", "--prefix", dir.resolve("prefix").toString());
    assertThat(install.code()).as(install.err()).isZero();
    Path prefix = dir.resolve("prefix").toRealPath();
    assertThat(install.out()).isEqualTo("installed " + prefix + "/bin/gazette (Gazette in " + prefix + "/share/gazette)\n"
        + prefix + "/bin is not on PATH: add it, e.g. echo 'export PATH=\"" + prefix + "/bin:$PATH\"' >> ~/.bashrc\n");
    var onlyJava = Map.of("PATH", prefix.resolve("bin") + ":" + javaOnly(dir), "HOME", dir.toString());
    var init = run(dir, onlyJava, prefix.resolve("bin/gazette").toString(), "init", "site");
    assertThat(init.code()).as(init.err()).isZero();
    var build = run(dir.resolve("site"), onlyJava, prefix.resolve("bin/gazette").toString(), "build", "-q");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(dir.resolve("site/public/index.html")).isRegularFile();
    assertThat(run(clone, env, "bash", "./gazette", "install", "--prefix").code()).isEqualTo(2);
  }

  /**
   * The output swap calls renameat2 through JNA; on JDK 22+ that prints four "WARNING: A
   * restricted method ..." lines on every build over an existing output unless the jar grants
   * native access (its manifest's Enable-Native-Access, JEP 472).
   */
  @Test
  void aBuildOverAnExistingOutputPrintsNoNativeAccessWarningOnJdk22Plus(@TempDir Path dir) throws Exception {
    Path java = javaAtLeast(22);
    assumeTrue(java != null, "no JDK 22+ in java.home or /usr/lib/jvm: the warning exists only there");
    var env = Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "LC_ALL", "C.UTF-8");
    assertThat(run(dir, env, java.toString(), "-jar", jar.toString(), "init", "site").code()).isZero();
    for (int i = 0; i < 2; i++) {
      Files.writeString(dir.resolve("site/content/news/edit-" + i + ".md"), "---\ntitle: 改版说明 " + i
          + "\nchannel: news/local\ndate: 2026-11-0" + (i + 1) + "\nsource: 本网\nauthor: 编辑部\n---\n\n正文。\n");
      var build = run(dir.resolve("site"), env, java.toString(), "-jar", jar.toString(), "build", "-q");
      assertThat(build.code()).as(build.err()).isZero();
      assertThat(build.err()).as("build " + (i + 1) + " with " + java).doesNotContain("WARNING");
    }
  }

  /** This JVM's java when its feature release is at least {@code feature}, else the newest such one in /usr/lib/jvm. */
  static Path javaAtLeast(int feature) throws IOException {
    if (Runtime.version().feature() >= feature) {
      return Path.of(System.getProperty("java.home"), "bin", "java");
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    Path best = null;
    int bestFeature = 0;
    try (var homes = Files.list(jvms)) {
      for (Path home : (Iterable<Path>) homes::iterator) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin/java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
          continue;
        }
        var m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        if (m.find() && Integer.parseInt(m.group(1)) >= Math.max(feature, bestFeature + 1)) {
          best = java;
          bestFeature = Integer.parseInt(m.group(1));
        }
      }
    }
    return best;
  }
}
