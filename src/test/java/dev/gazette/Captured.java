package dev.gazette;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.output.OutputFile;
import dev.gazette.output.OutputSink;
import dev.gazette.store.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sink that keeps every file of a build in memory, as the dev server's does (a file it is told
 * to reuse is the last capture's), so tests can compare builds file by file.
 */
public final class Captured implements OutputSink {
  private final Map<String, byte[]> previous;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  public Captured(Map<String, byte[]> previous) {
    this.previous = previous;
  }

  /** A fresh build of the site, captured. */
  public static Captured fresh(BuildOptions options) {
    return run(new Build(), options, null, null);
  }

  /** Runs {@code build} on top of the last capture and returns the new one. */
  public static Captured run(Build build, BuildOptions options, Set<Path> changed, Captured last) {
    var sink = new Captured(last == null ? Map.of() : last.files);
    sink.result = build.run(options.withOut(null), changed, sink);
    return sink;
  }

  public BuildResult result;

  @Override
  public void write(OutputFile f) {
    try {
      files.put(f.path(), f.bytes() != null ? f.bytes() : Files.readAllBytes(f.copyFrom()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean reuse(String path) {
    byte[] last = previous.get(path);
    if (last == null) {
      return false;
    }
    files.put(path, last);
    return true;
  }

  /** Path to text (binary files as their hash), sorted. */
  public Map<String, String> texts() {
    var out = new TreeMap<String, String>();
    files.forEach((p, b) -> out.put(p, p.endsWith(".svg") || p.endsWith(".html") || p.endsWith(".xml") || p.endsWith(".json")
        || p.endsWith(".txt") || p.endsWith(".css") || p.endsWith(".js") ? new String(b, StandardCharsets.UTF_8) : Hashes.of(b)));
    return out;
  }

  public Map<String, String> hashes() {
    var out = new TreeMap<String, String>();
    files.forEach((p, b) -> out.put(p, Hashes.of(b)));
    return out;
  }
}
