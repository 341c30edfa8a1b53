package dev.gazette.cli;

import dev.gazette.build.BuiltinTheme;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Start a new site in DIR, with the default theme from the jar.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the new site's folder")
  Path dir;

  @Option(names = "--force", description = "write into a folder that is not empty (existing files are overwritten)")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(dir) && !force) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new SiteException(Diagnostic.error(dir.toString(), 0, 0, "the folder is not empty", "choose a new folder, or pass --force"));
        }
      }
    }
    Files.createDirectories(dir.resolve("content/news"));
    Files.createDirectories(dir.resolve("static/images"));
    BuiltinTheme.copyTo(dir.resolve("themes/default"));
    Files.writeString(dir.resolve("site-config.yml"), """
        title: 我的新闻网
        baseUrl: https://www.example.com/
        language: zh-CN
        timezone: Asia/Shanghai
        theme: default
        paginate: 20
        summaryLength: 120
        channels:
          - id: news
            name: 新闻
            children:
              - id: local
                name: 本地新闻
        """);
    Files.writeString(dir.resolve("content/news/welcome.md"), """
        ---
        title: 网站开通
        channel: news/local
        date: %s
        source: 本网
        author: 编辑部
        tags: [公告]
        ---

        欢迎访问。这是用 Gazette 生成的第一篇文章，编辑 content/ 下的文件即可发布新闻。
        """.formatted(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .format(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(1))));
    Files.writeString(dir.resolve(".gitignore"), "/public/\n/.gazette/\n/.public.lock\n");
    Path workflow = dir.resolve(".github/workflows/publish.yml");
    Files.createDirectories(workflow.getParent());
    try (var in = InitCommand.class.getResourceAsStream("/dev/gazette/init/publish.yml")) {
      Files.write(workflow, in.readAllBytes());
    }
    spec.commandLine().getOut().println("created a site in " + dir + ": cd " + dir + " && gazette serve");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
