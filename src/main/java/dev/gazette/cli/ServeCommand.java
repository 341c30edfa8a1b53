package dev.gazette.cli;

import dev.gazette.serve.DevServer;
import dev.gazette.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve the site from memory, rebuild on every save and reload the browser.",
    "Nothing is written to the output folder."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SiteOption site;
  @Mixin PublishOptions publish;

  @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: ${DEFAULT-VALUE})")
  int port = ServeOptions.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host = ServeOptions.DEFAULT_HOST;

  @Option(names = "--allowed-host", paramLabel = "HOST",
      description = "also answer requests for this Host name (a tunnel, a LAN name); repeatable")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "print the time of each build stage with every rebuild")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("gazette: --port must be between 0 and 65535, not " + port);
      return 2;
    }
    var options = new ServeOptions(site.dir(), host, port, publish.drafts, publish.future, ServeOptions.DEFAULT_QUIET, verbose,
        allowedHosts);
    var server = new DevServer(options, line -> {
      out.println(line);
      out.flush();
    });
    URI uri;
    try {
      uri = server.start();
    } catch (IOException e) {
      err.println("gazette: " + e.getMessage());
      err.flush();
      return 1;
    }
    Thread hook = new Thread(server::close, "gazette-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("serving " + site.dir().toAbsolutePath().normalize() + " at " + uri + " (Ctrl-C to stop)");
    out.flush();
    try {
      server.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return 0;
  }
}
