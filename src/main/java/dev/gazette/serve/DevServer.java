package dev.gazette.serve;

import dev.gazette.config.ConfigLoader;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * {@code gazette serve}: builds the site into memory, serves it with Jetty, rebuilds on every
 * save and tells open pages to reload. The site is never written to disk. Usable from tests:
 * {@link #start()} on port 0 returns the real address; {@link #close()} stops everything.
 */
public final class DevServer implements AutoCloseable {
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final ServeOptions options;
  private final Consumer<String> log;
  private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());
  private final CountDownLatch stopped = new CountDownLatch(1);
  private LiveReload liveReload;
  private SourceWatcher watcher;
  private Rebuilder rebuilder;
  private Server server;
  private FirstBuild firstBuild;
  private boolean closed;

  /** @param log receives one line per build, then the diagnostics of a failed one */
  public DevServer(ServeOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /**
   * Binds the address, builds the site once (a failed build still starts the server, which then
   * shows the errors) and starts watching the sources.
   *
   * @return the address pages are served at, {@code http://127.0.0.1:1313/}
   * @throws IOException when the site folder cannot be watched or the address cannot be bound;
   *     the message is one line for the user
   */
  public synchronized URI start() throws IOException {
    if (!Files.isDirectory(options.siteDir())) {
      throw new IOException("no such site folder: " + options.siteDir());
    }
    quietJettyLogging();
    liveReload = new LiveReload(HEARTBEAT);
    watcher = new SourceWatcher(options.siteDir(), options.quiet(), changes -> rebuilder.changed(changes));
    String basePath = basePath(options.siteDir());
    var connector = listen(basePath);
    URI uri = URI.create("http://" + urlHost(options.host()) + ":" + connector.getLocalPort() + basePath);
    rebuilder = new Rebuilder(options, current::get, this::publish, log);
    rebuilder.first(uri.toString());
    watcher.start();
    return uri;
  }

  /**
   * The path of the configured baseUrl ({@code /portal/}), under which the site is served as it
   * will be hosted; {@code /} when the config has none or cannot be read yet (the first build
   * then shows why). Read once: a changed path takes a restart.
   */
  static String basePath(java.nio.file.Path siteDir) {
    try {
      return ConfigLoader.load(siteDir).baseUrl().path();
    } catch (SiteException e) {
      return "/";
    }
  }

  private ServerConnector listen(String basePath) throws IOException {
    var threads = new QueuedThreadPool();
    threads.setName("gazette-http");
    server = new Server(threads);
    var http = new HttpConfiguration();
    http.setSendServerVersion(false);
    var connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    server.addConnector(connector);
    firstBuild = new FirstBuild(current::get, new SiteHandler(current::get, liveReload, options.siteDir(), basePath));
    server.setHandler(new HostCheck(options.host(), options.allowedHosts(), firstBuild));
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + reason(e));
    }
    return connector;
  }

  private void publish(Snapshot snapshot) {
    current.set(snapshot);
    firstBuild.published(snapshot);
    liveReload.announce(snapshot);
  }

  /** The snapshot being served (tests). */
  Snapshot snapshot() {
    return current.get();
  }

  /** Open live-reload streams (tests). */
  int liveReloadClients() {
    return liveReload.openStreams();
  }

  /** Blocks until {@link #close()} has run. */
  public void awaitClosed() throws InterruptedException {
    stopped.await();
  }

  /** Stops watching, ends the live-reload streams and stops Jetty. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    if (rebuilder != null) {
      rebuilder.close();
    }
    if (liveReload != null) {
      liveReload.close();
    }
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        log.accept("gazette: stopping the server: " + e.getMessage());
      }
    }
    stopped.countDown();
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return "address already in use (is another server running? pick another --port)";
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }

  /** The host as it goes into a URL: a wildcard address is reached as localhost. */
  static String urlHost(String host) {
    if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      return "localhost";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * Jetty logs through SLF4J, and without a provider SLF4J prints a warning on every start. The
   * dev server reports its own problems, so when no provider is present it selects SLF4J's no-op.
   */
  private static void quietJettyLogging() {
    if (System.getProperty("slf4j.provider") == null
        && ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isEmpty()) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }
}
