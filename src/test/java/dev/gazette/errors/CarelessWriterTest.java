package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.ARTICLE;
import static dev.gazette.errors.ErrorSites.failing;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people typing Chinese in a hurry get wrong, and what Gazette says or does about it. */
class CarelessWriterTest {
  @Test
  void aFullWidthColonIsReportedWhereItWasTyped(@TempDir Path dir) {
    // YAML would read "title：…" as text running into the next line and complain there.
    failing(dir, "-- content/a.md --\n" + ARTICLE.replace("title: 苏州市", "title：苏州市"))
        .assertDiagnostic("content/a.md:2:6: error: full-width colon \"：\" after \"title\"", "hint: switch the input method");
  }

  @Test
  void aFullWidthColonOnTheLastFieldIsNotSwallowedByTheOneBefore(@TempDir Path dir) {
    // Without the check, "source: 苏州日报 author：赵焱" would silently be one source.
    failing(dir, "-- content/a.md --\n" + ARTICLE.replace("author: 赵焱", "author：赵焱"))
        .assertDiagnostic("content/a.md:6:7: error: full-width colon \"：\" after \"author\"");
  }

  @Test
  void aHashAfterTheColonIsExplainedAsAComment(@TempDir Path dir) {
    failing(dir, "-- content/a.md --\n" + ARTICLE.replace("title: 苏州市生物医药产业创新集群推进会召开", "title: #1 苏州新闻"))
        .assertDiagnostic("content/a.md:2:1: error: \"title\" is empty", "hint: a # after the colon starts a comment in YAML");
  }

  @Test
  void namesAndTagsWrittenAsOneTextAreSplitAtCommas(@TempDir Path dir) {
    var site = TestSite.build(dir, ErrorSites.CONFIG + "-- content/a.md --\n"
        + ARTICLE.replace("author: 赵焱", "author: 赵焱、张叶\ntags: 生物医药，产业集群, 园区"));
    site.assertFile("public/news/suzhou/2022/06/a/index.html", "赵焱", "张叶");
    site.assertFile("public/authors/张叶/index.html");
    site.assertFile("public/tags/产业集群/index.html");
    site.assertFile("public/tags/园区/index.html");
    site.assertFile("public/rss.xml", "<dc:creator>赵焱</dc:creator>", "<dc:creator>张叶</dc:creator>");
  }
}
