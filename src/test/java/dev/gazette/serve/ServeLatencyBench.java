package dev.gazette.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Save-to-reload latency of the dev server (not a test; run by {@code bench/serve-latency.sh}).
 * Serves a site in this JVM, listens on the live-reload stream like a browser, then edits one
 * article's body again and again: each sample is the time from just before the file is written
 * to the {@code reload} event arriving at the client. Prints median and p90, and the median time
 * of each build stage, so a slow rebuild shows where its time goes.
 *
 * <pre>ServeLatencyBench --site DIR [--edits 20] [--warmup 10] [--article content/...md]</pre>
 */
public final class ServeLatencyBench {
  private static final Pattern STAGES = Pattern.compile("\\[(.*)]$");
  private static final Pattern REBUILD = Pattern.compile(" in (\\d+) ms");

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    Path site = Path.of(opt.getOrDefault("--site", "."));
    int edits = Integer.parseInt(opt.getOrDefault("--edits", "20"));
    int warmup = Integer.parseInt(opt.getOrDefault("--warmup", "10"));
    Path article = opt.containsKey("--article") ? site.resolve(opt.get("--article")) : middleArticle(site);
    String original = Files.readString(article, StandardCharsets.UTF_8);

    List<String> log = Collections.synchronizedList(new ArrayList<>());
    var options = new ServeOptions(site, ServeOptions.DEFAULT_HOST, 0, false, false, ServeOptions.DEFAULT_QUIET, true);
    long t0 = System.nanoTime();
    try (var server = new DevServer(options, log::add)) {
      var uri = server.start();
      System.out.printf("site %s: %s (first build, %d ms to serve)%n", site, log.get(0), (System.nanoTime() - t0) / 1_000_000);
      System.out.println("editing " + site.relativize(article) + ", " + warmup + " warm-up edits, then " + edits + " measured");
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      var samples = new ArrayList<Long>();
      var stageSamples = new LinkedHashMap<String, List<Long>>();
      var rebuilds = new ArrayList<Long>();
      try (var events = Events.open(http, uri, "")) {
        for (int i = 0; i < warmup + edits; i++) {
          int logged = log.size();
          long start = System.nanoTime();
          Files.writeString(article, original + "\n本段为第 " + i + " 次编辑。\n", StandardCharsets.UTF_8);
          events.await("reload");
          long micros = (System.nanoTime() - start) / 1000;
          awaitLogLine(log, logged);
          if (i >= warmup) {
            samples.add(micros);
            stages(log.get(logged), stageSamples);
            rebuilds.add(rebuildMillis(log.get(logged)));
          }
          Thread.sleep(150); // let the server settle, so edits do not merge into one rebuild
          events.drain();
        }
      } finally {
        Files.writeString(article, original, StandardCharsets.UTF_8);
      }
      report(samples, rebuilds, stageSamples);
    }
  }

  private static void report(List<Long> micros, List<Long> rebuilds, Map<String, List<Long>> stages) {
    var sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    System.out.printf("save-to-reload: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms (%d edits)%n",
        percentile(sorted, 50) / 1000.0, percentile(sorted, 90) / 1000.0, sorted.get(0) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    Collections.sort(rebuilds);
    System.out.printf("server-side rebuild (from the watcher's batch to published): median %d ms, p90 %d ms%n",
        percentile(rebuilds, 50), percentile(rebuilds, 90));
    var sb = new StringBuilder("median build stages (ms):");
    stages.forEach((name, values) -> {
      var v = new ArrayList<>(values);
      Collections.sort(v);
      sb.append(' ').append(name).append(' ').append(percentile(v, 50));
    });
    System.out.println(sb);
  }

  /** Nearest-rank percentile of a sorted list. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void stages(String line, Map<String, List<Long>> out) {
    var m = STAGES.matcher(line);
    if (!m.find()) {
      return;
    }
    for (String part : m.group(1).split(", ")) {
      int space = part.lastIndexOf(' ');
      out.computeIfAbsent(part.substring(0, space), k -> new ArrayList<>()).add(Long.parseLong(part.substring(space + 1)));
    }
  }

  private static long rebuildMillis(String line) {
    var m = REBUILD.matcher(line);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** The rebuild's log line is written just after the event is sent. */
  private static void awaitLogLine(List<String> log, int before) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (log.size() <= before && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    if (log.size() <= before) {
      throw new IllegalStateException("no log line for the rebuild");
    }
    if (!log.get(before).startsWith("rebuilt")) {
      throw new IllegalStateException("the edit did not rebuild cleanly: " + log.subList(before, log.size()));
    }
  }

  /** The article in the middle of the sorted content paths: an ordinary, not the newest, story. */
  private static Path middleArticle(Path site) throws IOException {
    try (Stream<Path> s = Files.walk(site.resolve("content"))) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      return all.get(all.size() / 2);
    }
  }

  private static Map<String, String> options(String[] args) {
    var out = new LinkedHashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
