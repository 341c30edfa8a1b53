package dev.gazette.serve;

import dev.gazette.build.Build;
import dev.gazette.build.BuildOptions;
import dev.gazette.build.BuildResult;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import dev.gazette.photos.Photo;
import dev.gazette.store.PackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs builds one at a time on its own thread with one {@link Build}, whose cache makes each
 * rebuild redo only what changed; the watcher's paths tell it which files to look at. Changes that
 * arrive during a build are gathered into the next one. A change that only modifies static files
 * the site already serves needs no build at all: they are read from disk when requested, so the
 * pages are just told to reload.
 */
final class Rebuilder implements AutoCloseable {
  private static final int MAX_LOGGED = 50;

  private Build build = Build.incremental();
  /** Where rendered pages go: a file on disk, so the heap holds only where each page is. */
  private PackStore pack = PackStore.temporary("gazette-serve-");
  /** The pack before the last compaction: kept open one more build for requests still reading it. */
  private PackStore retired;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    var t = new Thread(r, "gazette-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final ServeOptions options;
  private final Supplier<Snapshot> current;
  private final Consumer<Snapshot> publish;
  private final Consumer<String> log;
  private final Set<Change> pending = new LinkedHashSet<>();
  private boolean scheduled;
  private String baseUrl;
  /**
   * Every path changed since the last successful build. The build reads only these (it takes the
   * other content files from its cache), so after a failure the next build re-checks them all.
   */
  private final Set<Path> sinceGood = new HashSet<>();
  /** False before the first good build and after lost events: then the build checks every file. */
  private boolean hintsComplete;
  private Set<Diagnostic> warnings = Set.of();

  Rebuilder(ServeOptions options, Supplier<Snapshot> current, Consumer<Snapshot> publish, Consumer<String> log) {
    this.options = options;
    this.current = current;
    this.publish = publish;
    this.log = log;
  }

  /** The first build, on the build thread; returns when it is published. */
  void first(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      thread.submit(() -> rebuild(List.of())).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("first build crashed", e.getCause());
    }
  }

  /** Schedules a rebuild for these changes, merged with any not yet built. */
  void changed(Collection<Change> changes) {
    synchronized (pending) {
      pending.addAll(changes);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    thread.execute(() -> {
      List<Change> batch;
      synchronized (pending) {
        batch = List.copyOf(pending);
        pending.clear();
        scheduled = false;
      }
      rebuild(batch);
    });
  }

  private void rebuild(List<Change> batch) {
    long t0 = System.nanoTime();
    List<Change> changes = existingFirst(batch);
    Snapshot before = current.get();
    if (!changes.isEmpty() && servesAsIs(before, changes)) {
      publish.accept(before.touched());
      log.accept("reloaded (" + describe(changes) + ") in " + millis(t0) + " ms, no rebuild needed");
      return;
    }
    for (Change c : changes) {
      if (c.equals(Change.EVERYTHING)) {
        hintsComplete = false;
      } else {
        sinceGood.add(options.siteDir().resolve(c.path()));
      }
    }
    var buildOptions = new BuildOptions(options.siteDir(), null, options.drafts(), options.future(), Instant.now(), baseUrl, false);
    try {
      var sink = new ServedFiles(pack, before.files());
      BuildResult result = build.run(buildOptions, hintsComplete ? Set.copyOf(sinceGood) : null, sink);
      hintsComplete = true;
      sinceGood.clear();
      long t1 = System.nanoTime();
      publish.accept(compacted(before.succeeded(sink.files(), pack)));
      log.accept((changes.isEmpty() ? "built " + result.summary() : "rebuilt (" + describe(changes) + ") in " + millis(t0) + " ms")
          + stages(result, millis(t1)));
      logNewWarnings(result.warnings());
    } catch (SiteException e) {
      publish.accept(before.failed(e.diagnostics()));
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      log.accept((changes.isEmpty() ? "build failed" : "rebuild failed (" + describe(changes) + ")") + " in " + millis(t0)
          + " ms: " + errors + (errors == 1 ? " error" : " errors") + "; still serving the last good build");
      e.diagnostics().stream().limit(MAX_LOGGED).forEach(d -> log.accept(d.format()));
      warnings = Set.of();
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in the build must not kill the server: report it as the CLI does, start over with a
      // fresh cache, and keep serving the last good site.
      build.close();
      build = Build.incremental();
      hintsComplete = false;
      publish.accept(before.failed(List.of(Diagnostic.error("gazette", 0, 0, "internal error, please report it: " + e, ""))));
      var trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      log.accept("gazette: internal error during rebuild, please report it with the trace below: " + e);
      log.accept(trace.toString().stripTrailing());
    }
  }

  /** The log names the first change: a saved file rather than an editor's vanished temp file. */
  private List<Change> existingFirst(List<Change> batch) {
    var out = new ArrayList<>(batch);
    out.sort(Comparator.comparing(c -> !Files.isRegularFile(options.siteDir().resolve(c.path()))));
    return out;
  }

  /** Warnings are printed once, when they first appear, not again with every save. */
  private void logNewWarnings(List<Diagnostic> now) {
    now.stream().filter(w -> !warnings.contains(w)).limit(MAX_LOGGED).forEach(w -> log.accept(w.format()));
    warnings = Set.copyOf(now);
  }

  /**
   * Only modified static files the current site already serves from the same place, none of them
   * a photo: a GIF is served as it is too, but its derivatives and the pages that show it change.
   */
  private boolean servesAsIs(Snapshot snapshot, List<Change> changes) {
    if (snapshot.isFailed() || changes.stream().anyMatch(c -> c.kind() != ChangeKind.STATIC || Photo.raster(c.path()))) {
      return false;
    }
    Set<Path> served = new HashSet<>();
    snapshot.files().forEach((path, f) -> {
      if (f.copyFrom() != null) {
        served.add(f.copyFrom().toAbsolutePath().normalize());
      }
    });
    return changes.stream().map(c -> options.siteDir().resolve(c.path()).toAbsolutePath().normalize())
        .allMatch(p -> served.contains(p) && Files.isRegularFile(p));
  }

  /** {@code [config 0, scan 2, ..., build 41, publish 3]}: the build's stages, then its whole and the swap. */
  private String stages(BuildResult result, long publishMillis) {
    if (!options.verbose()) {
      return "";
    }
    return result.timings().stream().map(t -> t.name() + " " + t.millis()).collect(Collectors.joining(", ", " [", ", "))
        + "build " + result.millis() + ", publish " + publishMillis + "]";
  }

  /** {@code content: content/news/a.md} or {@code content: content/a.md and 3 more} */
  static String describe(List<Change> changes) {
    return changes.get(0) + (changes.size() > 1 ? " and " + (changes.size() - 1) + " more" : "");
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * Every rebuild appends the pages it rendered anew; when the pack holds four times what the
   * site needs (a template edit re-renders everything), the live pages are copied into a new
   * pack, so a long session does not fill the disk.
   */
  private Snapshot compacted(Snapshot s) {
    if (pack.length() <= 4 * s.files().packBytes() + (64L << 20)) {
      return s;
    }
    var fresh = PackStore.temporary("gazette-serve-");
    var files = new java.util.HashMap<String, ServedFile>(s.files().size() * 2);
    s.files().forEach((path, f) -> files.put(path, f.blob() == null ? f
        : new ServedFile(path, fresh.put(pack.readUnchecked(f.blob()), path), null)));
    if (retired != null) {
      retired.delete();
    }
    retired = pack;
    pack = fresh;
    return new Snapshot(s.generation(), FileTable.of(files), s.errors(), fresh);
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    build.close();
    pack.delete();
    if (retired != null) {
      retired.delete();
    }
  }
}
