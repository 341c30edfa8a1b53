package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {
  static final String SITE = """
      -- site-config.yml --
      title: T
      baseUrl: https://news.example/
      channels: [{id: news, name: 资讯}]
      -- static/css/style.css --
      body { color: red; }
      -- static/images/a.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- static/.hidden --
      secret
      """;

  @Test
  void siteStaticOverridesTheThemeAndDotFilesStayOut(@TempDir Path dir) {
    var site = TestSite.build(dir, SITE);
    site.assertFile("public/css/style.css", "color: red");
    site.assertFile("public/images/a.svg", "<svg");
    site.assertFile("public/favicon.svg");
    site.assertNoFile("public/.hidden");
  }

  @Test
  void aSymlinkLeadingOutOfTheSiteIsNotCopied(@TempDir Path dir, @TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "TOP-SECRET");
    var site = TestSite.write(dir, SITE);
    Files.createSymbolicLink(dir.resolve("static/leak.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("static/inside.svg"), dir.resolve("static/images/a.svg"));
    site.build();
    assertThat(site.ok()).isTrue();
    site.assertNoFile("public/leak.txt");
    site.assertFile("public/inside.svg", "<svg");
    site.assertDiagnostic("static/leak.txt: warning: symlink points outside the site; not copied");
  }
}
