package dev.gazette.cli;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Build the site into the output folder (atomically).")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOption site;
  @Mixin PublishOptions publish;
  @Mixin ValidateOptions validate;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: SITE/public)")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "override baseUrl from site-config.yml")
  String baseUrl;

  @Option(names = "--in-place",
      description = "update an output folder that is a mount point file by file (it cannot be swapped atomically)")
  boolean inPlace;

  @Option(names = {"-v", "--verbose"}, description = "print the time of each stage")
  boolean verbose;

  @Option(names = {"-q", "--quiet"},
      description = "print neither progress nor the summary line (errors and warnings still go to stderr)")
  boolean quiet;

  /** auto, tty, plain or off: see {@link ProgressLine#mode}; hidden, for tests and odd terminals. */
  @Option(names = "--progress", hidden = true, defaultValue = "${env:GAZETTE_PROGRESS:-auto}")
  String progress;

  /** Milliseconds before any progress shows (default 2000). */
  @Option(names = "--progress-after", hidden = true, defaultValue = "${env:GAZETTE_PROGRESS_AFTER:-2000}")
  String progressAfter;

  @Option(names = "--cache", paramLabel = "DIR", description = "build cache folder (default: SITE/.gazette/cache)")
  Path cache;

  @Option(names = "--no-cache", description = "build from scratch, without reading or writing a cache")
  boolean noCache;

  @Option(names = "--changes", paramLabel = "FILE",
      description = "write the URLs added, changed and removed to FILE (.json: JSON; else one URL a line)")
  Path changes;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (quiet && verbose) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--quiet and --verbose exclude each other");
    }
    var options = new BuildOptions(site.dir(), this.out != null ? this.out : site.dir().resolve("public"),
        publish.drafts, publish.future, Clock.now(validate.now, site.dir(), spec.commandLine()), baseUrl, validate.strict, inPlace);
    var err = spec.commandLine().getErr();
    var mode = ProgressLine.mode(progress, quiet, err, spec.commandLine());
    long after = ProgressLine.afterMillis(progressAfter, spec.commandLine());
    Path cacheDir = cache != null ? cache : site.dir().resolve(".gazette").resolve("cache");
    BuildResult result = Main.runReporting(spec, site.dir(), validate.report, () -> {
      // closed (the line cleared) before runReporting prints the diagnostics of a failed build
      try (var line = ProgressLine.start(mode, err, after, noCache ? "start" : "cache");
          Build build = noCache ? new Build() : Build.persistent(cacheDir, options, line::note)) {
        return build.progress(line).run(options);
      }
    });
    if (result == null) {
      return 1;
    }
    if (changes != null) {
      try {
        ChangeList.write(changes, result);
      } catch (java.io.IOException e) {
        err.println("gazette: cannot write " + changes + ": " + e.getMessage());
        return 1;
      }
    }
    Reporter.print(spec.commandLine().getErr(), result.warnings(), site.dir());
    if (quiet) {
      return 0;
    }
    out.println("built " + result.summary() + " (" + result.rendered() + " rendered, " + result.reused() + " unchanged; "
        + result.written() + " files written, " + result.linked() + " kept) -> " + options.outDir());
    if (verbose) {
      result.timings().forEach(t -> out.println("  " + t.name() + ": " + t.millis() + " ms"));
    }
    out.flush();
    return 0;
  }
}
