package dev.gazette.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion", description = "Print a shell completion script: source <(gazette completion bash).")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "completion: SHELL must be bash or zsh, not " + shell);
    }
    String script = AutoComplete.bash("gazette", Main.commandLine(spec.commandLine().getOut(), spec.commandLine().getErr()));
    if (shell.equals("zsh")) {
      script = "autoload -U +X bashcompinit && bashcompinit\n" + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
