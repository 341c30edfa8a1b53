package dev.gazette.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A browser's EventSource, in a test: reads the live-reload stream on its own thread. */
final class Events implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** @param name the event name; {@code :comment} for comment lines */
  record Event(String name, String data) {}

  private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
  private final InputStream body;
  private final Thread reader;

  private Events(InputStream body) {
    this.body = body;
    this.reader = new Thread(this::read, "test-events");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /** Connects and waits until the server has registered the stream. */
  static Events open(HttpClient http, URI site, String query) {
    var request = HttpRequest.newBuilder(site.resolve("/__gazette/events" + query)).timeout(TIMEOUT).build();
    try {
      HttpResponse<InputStream> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200
          || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
        fail("event stream answered " + response.statusCode() + " " + response.headers().map());
      }
      var events = new Events(response.body());
      events.await(":comment");
      return events;
    } catch (Exception e) {
      return fail("cannot open the event stream", e);
    }
  }

  private void read() {
    try (var in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String name = "message";
      var data = new StringBuilder();
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            queue.add(new Event(name, data.substring(0, data.length() - 1)));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith(":")) {
          queue.add(new Event(":comment", line.substring(1).strip()));
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).replaceFirst("^ ", "")).append('\n');
        }
      }
      queue.add(new Event(":end", ""));
    } catch (IOException e) {
      queue.add(new Event(":end", e.toString()));
    }
  }

  /** The next event with this name, skipping others; fails after {@link #TIMEOUT}. */
  Event await(String name) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try {
      while (true) {
        Event e = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (e == null) {
          return fail("no \"" + name + "\" event within " + TIMEOUT);
        }
        if (e.name().equals(name)) {
          return e;
        }
        if (e.name().equals(":end") && !name.equals(":end")) {
          return fail("event stream ended before a \"" + name + "\" event: " + e.data());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  /** Events received so far and not yet awaited. */
  java.util.List<Event> drain() {
    var out = new java.util.ArrayList<Event>();
    queue.drainTo(out);
    return out;
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
