package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.failing;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front-matter block itself: missing, unclosed, not YAML. Positions are the file's own lines. */
class FrontMatterErrorsTest {
  @Test
  void noFrontMatter(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        昨天，推进会在苏州工业园区召开。
        """).assertDiagnostic("content/a.md:1:1: error: no front matter: the file must start with a line ---",
        "hint: start the file with a line ---, then title:");
  }

  @Test
  void frontMatterAfterEmptyLines(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --

        ---
        title: 标题
        ---
        """).assertDiagnostic("content/a.md:1:1: error: no front matter: it must start on line 1, but starts on line 2",
        "hint: delete the empty lines above the first ---");
  }

  @Test
  void hugosTomlOrJsonFrontMatterSaysWhatToWriteInstead(@TempDir Path dir) {
    var site = failing(dir, """
        -- content/a.md --
        +++
        title = "推进会"
        +++
        -- content/b.md --
        {
          "title": "推进会"
        }
        """);
    site.assertDiagnostic("content/a.md:1:1: error: no front matter: line 1 is \"+++\", which starts TOML front matter (Hugo's)",
        "hint: replace both +++ lines with ---");
    site.assertDiagnostic("content/b.md:1:1: error: no front matter: line 1 is \"{\", which starts JSON front matter",
            "hint: write the fields as YAML between lines ---");
  }

  @Test
  void fenceTypedWithChineseDashes(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ——
        title: 标题
        ——
        """).assertDiagnostic("content/a.md:1:1: error: no front matter: line 1 is \"——\", not ---",
        "hint: type the fence as three ASCII hyphens ---");
  }

  @Test
  void unterminatedFrontMatter(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        昨天，推进会召开。
        """).assertDiagnostic("content/a.md:1:1: error: front matter is not closed: no line --- after the fields",
        "hint: add a line --- after the last front-matter field");
  }

  @Test
  void closingFenceTypedWithChineseDashes(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        ——
        正文。
        """).assertDiagnostic("content/a.md:3:1: error: front matter is not closed: line 3 is \"——\", not ---",
        "hint: type the closing line as three ASCII hyphens ---");
  }

  @Test
  void emptyFrontMatter(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        ---
        正文。
        """).assertDiagnostic("content/a.md:1:1: error: front matter is empty", "hint: start the file with a line ---");
  }

  @Test
  void invalidYamlIsReportedAtTheFilesOwnLine(@TempDir Path dir) {
    // The error is on the 3rd line of the YAML block, which is line 4 of the file.
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        channel: news/suzhou
        summary: 推进会召开: 会议强调
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        ---
        正文。
        """).assertDiagnostic("content/a.md:4:15: error: invalid YAML: a second \":\" on the line",
        "hint: put the value in quotes: summary: \"推进会召开: 会议强调\"");
  }

  @Test
  void unclosedListIsReportedWhereItOpens(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        tags: [生物医药, 产业集群
        channel: news
        ---
        """).assertDiagnostic("content/a.md:3:7: error: invalid YAML: a list opened here with [ is not closed with ]",
        "hint: close it with ]");
  }

  @Test
  void unclosedQuoteIsReportedWhereItOpens(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: "苏州市推进会召开
        channel: news
        ---
        """).assertDiagnostic("content/a.md:2:8: error: invalid YAML: a quote opened here is never closed",
        "hint: close the quote");
  }

  @Test
  void tabIndentation(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n---\ntitle: 标题\n\tchannel: news\n---\n")
        .assertDiagnostic("content/a.md:3:1: error: invalid YAML: a tab character", "hint: replace the tab with spaces");
  }

  @Test
  void accidentalIndentation(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
          channel: news
        ---
        """).assertDiagnostic("content/a.md:3:3: error: invalid YAML: this line is indented",
        "hint: remove the spaces at the start of the line");
  }

  @Test
  void valueStartingWithAnAsterisk(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: *重磅* 推进会召开
        ---
        """).assertDiagnostic("content/a.md:2:8: error: invalid YAML: a value starts with * or & (an alias or anchor) but is not one",
        "hint: put the value in quotes: title: \"*重磅* 推进会召开\"");
  }

  @Test
  void invisibleControlCharacter(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n---\ntitle: 标题\u0007\n---\n")
        .assertDiagnostic("content/a.md:2:10: error: invisible control character U+0007", "hint: delete it");
  }

  @Test
  void frontMatterThatIsAList(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        - title: 标题
        ---
        """).assertDiagnostic("content/a.md:2:1: error: front matter must be a mapping of \"key: value\" lines, not a list",
        "hint: write one \"key: value\" per line");
  }

  @Test
  void duplicateField(@TempDir Path dir) {
    failing(dir, """
        -- content/a.md --
        ---
        title: 标题
        channel: news
        date: 2022-06-26
        source: 苏州日报
        author: 赵焱
        title: 又一个标题
        ---
        """).assertDiagnostic("content/a.md:7:1: error: duplicate key \"title\"", "hint: remove one of the two");
  }
}
