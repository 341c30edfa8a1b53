package dev.gazette.cli;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Validate the whole site as build would, writing nothing.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOption site;
  @Mixin PublishOptions publish;
  @Mixin ValidateOptions validate;

  @Override
  public Integer call() {
    var options = new BuildOptions(site.dir(), null, publish.drafts, publish.future,
        Clock.now(validate.now, site.dir(), spec.commandLine()), null, validate.strict);
    BuildResult result = Main.runReporting(spec, site.dir(), validate.report, () -> {
      try (var build = new Build()) {
        return build.run(options);
      }
    });
    if (result == null) {
      return 1;
    }
    Reporter.print(spec.commandLine().getErr(), result.warnings(), site.dir());
    spec.commandLine().getOut().println("ok: " + result.summary() + " (nothing written)"
        + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warnings"));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
