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

  @Option(names = "--search", description = "turn on the site search page /search/ (search: true) and copy its script")
  boolean search;

  /** The JSON Schemas for editors, written beside the config; site-config.yml names its own. */
  static final String SCHEMAS = "schemas";
  static final String CONFIG_SCHEMA = "site-config.schema.json";
  static final String FRONT_MATTER_SCHEMA = "front-matter.schema.json";

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
    // the search page's template and script only for a site that has search
    BuiltinTheme.copyTo(dir.resolve("themes/default"),
        rel -> search || !(rel.equals("static/js/search.js") || rel.equals("templates/search.ftlh")));
    for (String schema : new String[] {CONFIG_SCHEMA, FRONT_MATTER_SCHEMA}) {
      copyResource("/dev/gazette/schema/" + schema, dir.resolve(SCHEMAS).resolve(schema));
    }
    Files.writeString(dir.resolve("site-config.yml"), """
        # yaml-language-server: $schema=%s/%s
        title: 我的新闻网
        baseUrl: https://www.example.com/
        language: zh-CN
        timezone: Asia/Shanghai
        theme: default
        paginate: 20
        summaryLength: 120
        search: %s
        channels:
          - id: news
            name: 新闻
            children:
              - id: local
                name: 本地新闻
        """.formatted(SCHEMAS, CONFIG_SCHEMA, search));
    Files.writeString(dir.resolve("content/news/welcome.md"), """
        ---
        # yaml-language-server: $schema=../../%s/%s
        title: 网站开通
        channel: news/local
        date: %s
        source: 本网
        author: 编辑部
        tags: [公告]
        ---

        欢迎访问。这是用 Gazette 生成的第一篇文章，编辑 content/ 下的文件即可发布新闻。
        """.formatted(SCHEMAS, FRONT_MATTER_SCHEMA, java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .format(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(1))));
    Files.writeString(dir.resolve(".gitignore"), "/public/\n/.gazette/\n/.public.lock\n");
    copyResource("/dev/gazette/init/publish.yml", dir.resolve(".github/workflows/publish.yml"));
    spec.commandLine().getOut().println("created a site in " + dir + ": cd " + dir + " && gazette serve");
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static void copyResource(String resource, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (var in = InitCommand.class.getResourceAsStream(resource)) {
      Files.write(to, in.readAllBytes());
    }
  }
}
