package dev.gazette.serve;

import static org.assertj.core.api.Assertions.fail;

import dev.gazette.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** A test site served for real on 127.0.0.1, port 0, with an HTTP client to ask it. */
final class Served implements AutoCloseable {
  final TestSite site;
  final DevServer server;
  final URI uri;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Events.TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<Events> streams = new ArrayList<>();

  private Served(TestSite site, ServeOptions options) {
    this.site = site;
    this.server = new DevServer(options, log::add);
    try {
      this.uri = server.start();
    } catch (IOException e) {
      server.close();
      throw new UncheckedIOException(e);
    }
  }

  static Served start(Path dir, String text) {
    var site = TestSite.write(dir, text);
    return new Served(site, ServeOptions.of(dir).withPort(0));
  }

  static Served start(Path dir, String text, ServeOptions options) {
    return new Served(TestSite.write(dir, text), options);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Events.TIMEOUT).GET().build());
  }

  HttpResponse<String> head(String path) {
    return send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Events.TIMEOUT)
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens a live-reload stream as a page built from generation {@code gen} would. */
  Events events() {
    var e = Events.open(http, uri, "?gen=" + server.snapshot().generation());
    streams.add(e);
    return e;
  }

  /** Polls until the page's body satisfies the condition; fails after the timeout. */
  String awaitBody(String path, Predicate<String> condition, String what) {
    long deadline = System.nanoTime() + Events.TIMEOUT.toNanos();
    String body = null;
    while (System.nanoTime() < deadline) {
      body = get(path).body();
      if (condition.test(body)) {
        return body;
      }
      sleep(20);
    }
    return fail(path + " never " + what + " within " + Events.TIMEOUT + "; last body:\n" + body + "\nlog:\n" + String.join("\n", log));
  }

  /** Polls until a line of the log satisfies the condition (the reload event goes out before the log line). */
  void awaitLog(Predicate<String> condition, String what) {
    long deadline = System.nanoTime() + Events.TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (log) {
        if (log.stream().anyMatch(condition)) {
          return;
        }
      }
      sleep(20);
    }
    fail("the log never " + what + " within " + Events.TIMEOUT + ":\n" + String.join("\n", log));
  }

  /**
   * Sends a request line as given, bypassing the client's URI checks (backslashes, NUL), and
   * returns the whole raw response.
   */
  String raw(String target) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) Events.TIMEOUT.toMillis());
      socket.setSoTimeout((int) Events.TIMEOUT.toMillis());
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      var out = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Duration timeout() {
    return Events.TIMEOUT;
  }

  @Override
  public void close() {
    streams.forEach(Events::close);
    server.close();
  }
}
