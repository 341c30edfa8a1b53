package dev.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.TestSite;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' backup and temp files beside an article are not content, in full and hinted builds. */
class EditorFilesTest {
  @Test
  void backupAndTempFilesAreIgnored(@TempDir Path dir) {
    var site = TestSite.build(dir, """
        -- site-config.yml --
        title: T
        baseUrl: https://news.example/
        channels: [{id: news, name: 资讯}]
        -- content/a.md --
        ---
        title: 正文
        channel: news
        date: 2022-06-26
        source: 本网
        author: 甲
        ---
        正文。
        -- content/a.md~ --
        old
        -- content/#a.md# --
        autosave
        -- content/a.md.swp --
        swap
        -- content/4913 --
        -- content/b.md.bak --
        backup
        """);
    assertThat(site.diagnostics()).isEmpty();
    site.put("content/a.md.tmp", "x");
    var build = Build.incremental();
    var options = new BuildOptions(dir, null, false, false, TestSite.NOW, null, false);
    build.run(options);
    var result = build.run(options, Set.of(dir.resolve("content/a.md.tmp"), dir.resolve("content/4913")), dev.gazette.output.OutputSink.NONE);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.articles()).isEqualTo(1);
  }
}
