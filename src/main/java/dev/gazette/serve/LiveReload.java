package dev.gazette.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server-sent-events endpoint pages listen on. After each build every open stream gets
 * {@code reload} (success) or {@code error} with the diagnostics (failure); a comment every
 * {@code heartbeat} keeps idle connections alive and finds browsers that left.
 */
final class LiveReload implements AutoCloseable {
  static final String PATH = "/__gazette/events";

  private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    var t = new Thread(r, "gazette-heartbeat");
    t.setDaemon(true);
    return t;
  });

  LiveReload(Duration heartbeat) {
    long every = heartbeat.toMillis();
    timer.scheduleAtFixedRate(() -> streams.forEach(s -> s.send(": ping\n\n")), every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens a stream and keeps the response open. A page passes the generation it was built from
   * ({@code ?gen=N}); when the site has moved on since, the current state is sent at once, so a
   * page never misses the build that happened between its load and its connection.
   */
  void open(Request request, Response response, Callback callback, Supplier<Snapshot> current) {
    long since = generation(request.getHttpURI().getQuery());
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    var stream = new EventStream(response, callback, streams::remove);
    streams.add(stream);
    request.addFailureListener(stream::fail);
    stream.send("retry: 1000\n: connected\n\n");
    Snapshot now = current.get();
    if (since >= 0 && since != now.generation()) {
      stream.send(event(now));
    }
  }

  /** Tells every open page about a finished build. */
  void announce(Snapshot snapshot) {
    String event = event(snapshot);
    streams.forEach(s -> s.send(event));
  }

  int openStreams() {
    return streams.size();
  }

  static String event(Snapshot s) {
    if (!s.isFailed()) {
      return "event: reload\ndata: " + s.generation() + "\n\n";
    }
    var sb = new StringBuilder("event: error\n");
    for (String line : PageInjector.text(s.errors()).split("\n", -1)) {
      sb.append("data: ").append(line.replace("\r", "")).append('\n');
    }
    return sb.append('\n').toString();
  }

  /** The {@code gen} of a query such as {@code gen=12}, or -1. */
  static long generation(String query) {
    if (query == null) {
      return -1;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("gen=")) {
        try {
          return Long.parseLong(pair.substring(4));
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    streams.forEach(EventStream::close);
  }
}
