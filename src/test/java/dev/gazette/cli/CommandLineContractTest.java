package dev.gazette.cli;

import static dev.gazette.cli.CliTest.ARTICLE;
import static dev.gazette.cli.CliTest.run;
import static dev.gazette.cli.CliTest.site;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.frontmatter.DateParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, point 8: exit codes and help as SPEC §5 says; check, serve and init as documented. */
class CommandLineContractTest {
  @Test
  void noArgumentsPrintsUsageToStderrAndExitsTwo() {
    var r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Usage: gazette [-hV] [COMMAND]\n").contains("build", "serve", "check", "init");
    assertThat(run("publish").code()).isEqualTo(2);
  }

  @Test
  void helpOfBuildAndCheckListsTheAcceptedNowSpellings() {
    for (String command : new String[] {"build", "check"}) {
      var r = run(command, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out().replaceAll("\\s+", " ")).as(command)
          .contains("--now=TIME", "--report=FILE", "--strict", DateParser.ACCEPTED);
    }
  }

  @Test
  void checkTakesNowAndReport(@TempDir Path dir) throws IOException {
    site(dir);
    Files.writeString(dir.resolve("content/news/later.md"), ARTICLE.replace("2022-06-26 17:05", "2031-03-01 08:00"));
    var today = run("check", "--site", dir.toString(), "--now", "2030-01-01", "--report", dir.resolve("r.json").toString());
    assertThat(today.code()).as(today.err()).isZero();
    assertThat(today.out()).isEqualTo("ok: 1 articles, " + today.out().split(", ", 2)[1]);
    assertThat(Files.readString(dir.resolve("r.json"))).startsWith("{\n  \"ok\": true,\n  \"articles\": 1,");
    var later = run("check", "--site", dir.toString(), "--now", "2031-03-02 00:00");
    assertThat(later.out()).startsWith("ok: 2 articles");
    assertThat(dir.resolve("public")).doesNotExist();

    var bad = run("check", "--site", dir.toString(), "--now", "next week");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("--now: unrecognised date \"next week\"; " + DateParser.ACCEPTED + "\nUsage: gazette check ");

    Files.writeString(dir.resolve("content/news/bad.md"), ARTICLE.replace("channel: news/suzhou", "channel: sport"));
    var failed = run("check", "--site", dir.toString(), "--report", dir.resolve("f.json").toString());
    assertThat(failed.code()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("f.json"))).startsWith("{\n  \"ok\": false").contains("unknown channel");
  }

  @Test
  void servePrintsTheSitesPathNotDot(@TempDir Path dir) throws Exception {
    site(dir);
    var out = new StringWriter();
    var err = new StringWriter();
    var server = new Thread(() -> Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--site",
        dir.resolve("content/..").toString(), "--port", "0"));
    server.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!out.toString().contains("serving") && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    server.interrupt();
    server.join(10_000);
    assertThat(out.toString()).as(err.toString())
        .containsPattern("(?m)^serving " + java.util.regex.Pattern.quote(dir.toAbsolutePath().toString())
            + " at http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)$");
  }

  @Test
  void initCopiesTheSearchScriptOnlyWithSearch(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("plain");
    var r = run("init", plain.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("created a site in " + plain + ": cd " + plain + " && gazette serve\n");
    assertThat(plain.resolve("site-config.yml")).content().contains("\nsearch: false\n");
    assertThat(plain.resolve("themes/default/static/js/search.js")).doesNotExist();
    assertThat(plain.resolve("themes/default/templates/search.ftlh")).doesNotExist();
    assertThat(run("build", "--site", plain.toString()).code()).isZero();
    assertThat(plain.resolve("public/js/search.js")).doesNotExist();

    Path searching = dir.resolve("searching");
    assertThat(run("init", searching.toString(), "--search").code()).isZero();
    assertThat(searching.resolve("site-config.yml")).content().contains("\nsearch: true\n");
    assertThat(searching.resolve("themes/default/static/js/search.js")).isRegularFile();
    var build = run("build", "--site", searching.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(searching.resolve("public/search/index.html")).isRegularFile();
    assertThat(searching.resolve("public/js/search.js")).isRegularFile();
  }
}
