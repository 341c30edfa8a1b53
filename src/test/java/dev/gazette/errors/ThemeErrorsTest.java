package dev.gazette.errors;

import static dev.gazette.errors.ErrorSites.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme problems are reported at the template's own file and line. The tests replace the default
 * theme's article template with one whose line 12 they break.
 */
class ThemeErrorsTest {
  private static final String TEMPLATE = """
      <#-- A test article template: line 12 is the one each test breaks. -->
      <!doctype html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>${article.title}</title>
      </head>
      <body>
      <h1>${article.title}</h1>
      <p>${article.source}</p>
      <div>
          LINE12
      </div>
      </body>
      </html>
      """;

  private static TestSite withArticleTemplate(Path dir, String line12) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE);
    site.put("themes/default/templates/article.ftlh", TEMPLATE.replace("LINE12", line12));
    return site.build();
  }

  @Test
  void theTestTemplateWorksUnbroken(@TempDir Path dir) {
    var site = withArticleTemplate(dir, "${article.title}");
    assertThat(site.ok()).as(site.diagnosticText()).isTrue();
  }

  @Test
  void templateSyntaxError(@TempDir Path dir) {
    var site = withArticleTemplate(dir, "${article.title?foo}");
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/default/templates/article.ftlh:12:21: error: template syntax: Unknown built-in: \"foo\"",
        "hint: see https://freemarker.apache.org/docs/ref.html");
  }

  @Test
  void templateRuntimeErrorUndefinedVariable(@TempDir Path dir) {
    var site = withArticleTemplate(dir, "${article.nosuch}");
    assertThat(site.ok()).isFalse();
    // FreeMarker points at the expression inside ${...}: column 7.
    site.assertDiagnostic("themes/default/templates/article.ftlh:12:7: error: template error: article.nosuch is null or missing",
        "hint: a missing value needs a default (x!\"\") or a test (x??)");
  }

  @Test
  void unclosedDirectiveIsReportedAtTheLineThatOpensIt(@TempDir Path dir) {
    var site = withArticleTemplate(dir, "<#list article.tags as t>${t}");
    site.assertDiagnostic("themes/default/templates/article.ftlh:12:5: error: template syntax: <#list> is never closed",
        "hint: close it with </#list> (FreeMarker noticed only at the end of the file, line 15)");
  }

  /**
   * FreeMarker remembers a failed parse and answers the next request for that template with "an
   * error loading the template on an earlier attempt": every page after the first, and every
   * rebuild that keeps the templates, must still get the one syntax error at its line.
   */
  @Test
  void aBrokenTemplateIsTheSameErrorForEveryPageAndEveryRebuild(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE
        + "-- content/b.md --\n" + ErrorSites.ARTICLE.replace("title: ", "title: 另一篇")
        + "-- content/c.md --\n" + ErrorSites.ARTICLE.replace("title: ", "title: 第三篇"));
    site.put("themes/default/templates/article.ftlh", TEMPLATE.replace("LINE12", "<#if article.title??>${article.title}"));
    for (int build = 1; build <= 2; build++) {
      site.rebuild();
      assertThat(site.diagnostics()).as("build " + build + ": " + site.diagnosticText()).hasSize(1);
      site.assertDiagnostic("themes/default/templates/article.ftlh:12:5: error: template syntax: <#if> is never closed");
    }
  }

  /**
   * An unclosed directive in the layout every page imports: one error, at the line that opens it
   * (not one per page template at its line 2, FreeMarker's "error loading the template on an
   * earlier attempt"), with a hint about closing it rather than about the data model.
   */
  @Test
  void anUnclosedDirectiveInTheBaseLayoutIsOneErrorAtItsOwnLine(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE);
    site.edit("themes/default/templates/base.ftlh", "<#local section = page.section!\"\">",
        "<#if page.section??>\n<#local section = page.section!\"\">").build();
    assertThat(site.ok()).isFalse();
    assertThat(site.diagnostics()).as(site.diagnosticText()).hasSize(1);
    int close = site.read("themes/default/templates/base.ftlh").lines().toList().indexOf("</#macro>") + 1;
    int open = site.read("themes/default/templates/base.ftlh").lines().toList().indexOf("<#if page.section??>") + 1;
    site.assertDiagnostic("themes/default/templates/base.ftlh:" + open + ":1: error: template syntax: <#if> is never closed"
        + " (line " + close + " closes something else first: </#macro>)", "hint: close it with </#if> before line " + close);
    assertThat(site.diagnosticText()).doesNotContain("earlier attempt", "data model");
  }

  /** Nested inside an open directive of the same name: the innermost unclosed one is the error. */
  @Test
  void anUnclosedDirectiveInsideAnotherIsReportedAtItsOwnLine(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE);
    site.edit("themes/default/templates/base.ftlh", "<#local subCurrent = trail?seq_contains(sub.id)>",
        "<#local subCurrent = trail?seq_contains(sub.id)>\n<#if sub.url??>").build();
    assertThat(site.diagnostics()).as(site.diagnosticText()).hasSize(1);
    var lines = site.read("themes/default/templates/base.ftlh").lines().toList();
    int open = lines.indexOf("<#if sub.url??>") + 1;
    int close = open + 2; // the </#list> after the sub-channel's line
    assertThat(lines.get(close - 1).trim()).isEqualTo("</#list>");
    site.assertDiagnostic("themes/default/templates/base.ftlh:" + open + ":1: error: template syntax: <#if> is never closed"
        + " (line " + close + " closes something else first: </#list>)", "hint: close it with </#if> before line " + close);
  }

  @Test
  void missingTemplate(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE)
        .delete("themes/default/templates/article.ftlh").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("themes/default/templates/article.ftlh: error: missing template", "article.ftlh",
        "hint: write extends: default in the theme's theme.yml to take the built-in theme's article.ftlh");
  }

  @Test
  void aStaticFileThatCollidesWithAGeneratedPage(@TempDir Path dir) {
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE
        + "-- static/news/index.html --\n<p>旧的频道页</p>\n").build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("static/news/index.html: error: writes /news/index.html, which the index of channel news also writes",
        "hint: rename or move one of them");
  }

  @Test
  void aStaticFileWhereAGeneratedFolderMustGoIsFoundWithoutWriting(@TempDir Path dir) {
    // gazette check builds without an output folder: the clash must still be found.
    var site = TestSite.write(dir, CONFIG + "-- content/a.md --\n" + ErrorSites.ARTICLE
        + "-- static/news --\nnot a folder\n").with(o -> o.withOut(null)).build();
    assertThat(site.ok()).isFalse();
    site.assertDiagnostic("static/news: error: /news is a file (from static/news)");
  }
}
