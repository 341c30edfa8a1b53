package dev.gazette.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import dev.gazette.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The valid site that the error tests break one piece at a time, and the CLI runner. */
final class ErrorSites {
  private ErrorSites() {}

  /** news (with suzhou) and house. */
  static final String CONFIG = """
      -- site-config.yml --
      title: 苏州都市网
      baseUrl: https://www.example.com/
      channels:
        - id: news
          name: 资讯中心
          children:
            - id: suzhou
              name: 苏州资讯
        - id: house
          name: 房产频道
      """;

  /** A valid article; line 1 is ---, title is line 2, channel 3, date 4, source 5, author 6. */
  static final String ARTICLE = """
      ---
      title: 苏州市生物医药产业创新集群推进会召开
      channel: news/suzhou
      date: 2022-06-26 17:05
      source: 苏州日报
      author: 赵焱
      ---
      昨天，推进会在苏州工业园区召开。
      """;

  /** Builds the site of {@code files} (a CONFIG is added) and asserts that it failed. */
  static TestSite failing(Path dir, String files) {
    var site = TestSite.write(dir, CONFIG + files).build();
    assertThat(site.ok()).as("the build should fail").isFalse();
    return site;
  }

  /** The result of one {@code gazette} command line run in-process. */
  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** No Java internals reach a writer for bad input. */
  static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
