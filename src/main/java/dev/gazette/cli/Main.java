package dev.gazette.cli;

import dev.gazette.build.BuildResult;
import dev.gazette.diag.FileNameCharset;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code gazette} command. {@link #run} returns the exit code: 0 success, 1 the site has
 * errors, 2 bad command line. Only {@link #main} exits the JVM.
 */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = "A static site generator for news portals.",
    subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
        InitCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec CommandSpec spec;

  public static void main(String[] args) {
    var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, new Stderr(), args));
  }

  /**
   * The process's stderr. Only on it does {@code gazette build} decide by itself whether to show
   * progress (a terminal: one line rewritten in place; else plain stage lines); on any other
   * writer given to {@link #run} it shows none unless asked (GAZETTE_PROGRESS).
   */
  static final class Stderr extends PrintWriter {
    Stderr() {
      super(System.err, true, StandardCharsets.UTF_8);
    }
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    var cl = commandLine(out, err);
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable t) {
      // An Error (stack overflow, out of memory) passes picocli's handler: still no bare trace.
      err.println("gazette: internal error, please report it with the trace below: " + t);
      t.printStackTrace(err);
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    var cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    cl.getCommandSpec().exitCodeOnInvalidInput(2);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof SiteException s) {
        Reporter.print(commandLine.getErr(), s.diagnostics(), Path.of("."));
        Reporter.summary(commandLine.getErr(), s.diagnostics());
        return 1;
      }
      if (e instanceof CommandLine.ParameterException p) {
        commandLine.getErr().println("gazette: " + p.getMessage());
        return 2;
      }
      var locale = FileNameCharset.hint(e);
      if (locale.isPresent()) {
        commandLine.getErr().println("gazette: cannot name a file: " + e.getMessage() + "\n  hint: " + locale.get());
        commandLine.getErr().flush();
        return 1;
      }
      commandLine.getErr().println("gazette: internal error, please report it with the trace below: " + e);
      e.printStackTrace(commandLine.getErr());
      commandLine.getErr().flush();
      return 1;
    });
    return cl;
  }

  /** {@code gazette} alone: a command is missing, which is a bad command line. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /**
   * Runs a build step, printing its diagnostics on failure and writing the --report file.
   *
   * @return the result, or null when the site has errors (already reported)
   */
  static BuildResult runReporting(CommandSpec spec, Path site, Path report, Supplier<BuildResult> build) {
    var err = spec.commandLine().getErr();
    try {
      BuildResult result = build.get();
      writeReport(report, Report.json(result, result.warnings()), err);
      return result;
    } catch (SiteException e) {
      Reporter.print(err, e.diagnostics(), site);
      Reporter.summary(err, e.diagnostics());
      writeReport(report, Report.json(null, e.diagnostics()), err);
      return null;
    }
  }

  private static void writeReport(Path report, String json, PrintWriter err) {
    if (report == null) {
      return;
    }
    try {
      Files.writeString(report, json);
    } catch (IOException e) {
      err.println("gazette: cannot write report " + report + ": " + e.getMessage());
    }
  }

}
