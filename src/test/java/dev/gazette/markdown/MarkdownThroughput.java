package dev.gazette.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.gazette.config.ConfigLoader;
import dev.gazette.diag.Diagnostics;
import dev.gazette.frontmatter.FrontMatterParser;
import dev.gazette.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown stage's throughput on a site's bodies, one thread, pass after pass (run by
 * {@code bench/markdown-bench.sh}): front matter, then Flexmark's parse and HTML with Gazette's
 * settings, then the same with Flexmark's own autolink and table extensions and text rendering
 * in place of Gazette's ({@link QuickAutolinkExtension}, {@link QuickTablesExtension}, {@link
 * QuickTextExtension}), which give the same HTML; the first passes are the JIT's warm-up.
 *
 * <pre>java -cp target/gazette.jar:target/test-classes dev.gazette.markdown.MarkdownThroughput SITE [PASSES]</pre>
 */
public final class MarkdownThroughput {
  private MarkdownThroughput() {}

  public static void main(String[] args) throws IOException {
    Path site = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    var config = ConfigLoader.load(site);
    List<Path> files;
    try (var walk = Files.walk(site.resolve("content"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    var frontMatter = new FrontMatterParser(config);
    DataHolder gazette = MarkdownRenderer.options(true);
    DataHolder stock = FlexmarksOwn.instead(List.of(QuickAutolinkExtension.class, QuickTablesExtension.class, QuickTextExtension.class));
    var ours = new Flexmark(gazette);
    var theirs = new Flexmark(stock);
    System.out.printf("%,d bodies of %s, one thread; ms per pass%n", files.size(), site);
    System.out.println("pass  front matter  parse  html  | Flexmark's own autolinks, tables, text: parse  html");
    for (int pass = 1; pass <= passes; pass++) {
      long t0 = System.nanoTime();
      var bodies = new ArrayList<String>(files.size());
      for (Path f : files) {
        String rel = site.relativize(f).toString();
        var read = SourceReader.decode(f, rel, Files.readAllBytes(f), "");
        if (read instanceof SourceReader.Ok ok) {
          frontMatter.parse(ok.file(), new Diagnostics()).ifPresent(d -> bodies.add(d.body()));
        }
      }
      long t1 = System.nanoTime();
      long[] a = ours.time(bodies);
      long[] b = theirs.time(bodies);
      System.out.printf("%4d  %12d  %5d  %4d  |  %44d  %4d%n", pass, (t1 - t0) / 1_000_000, a[0], a[1], b[0], b[1]);
    }
  }

  /** A parser and renderer of one option set, timed over every body. */
  private record Flexmark(Parser parser, HtmlRenderer html) {
    Flexmark(DataHolder options) {
      this(Parser.builder(options).build(), HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeadingIds.Factory()).build());
    }

    long[] time(List<String> bodies) {
      long parse = 0;
      long render = 0;
      for (String body : bodies) {
        long t0 = System.nanoTime();
        Document d = parser.parse(body);
        long t1 = System.nanoTime();
        html.render(d);
        parse += t1 - t0;
        render += System.nanoTime() - t1;
      }
      return new long[] {parse / 1_000_000, render / 1_000_000};
    }
  }
}
