package dev.gazette.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code site-config.yml}, {@code content/}, {@code static/} and {@code themes/}
 * recursively (folders created later included) and reports changed paths in batches: a batch is
 * handed over once no event arrived for {@code quiet}, so an editor's burst of writes, temp files
 * and renames becomes one rebuild. Names starting with {@code .} (swap files, lock files, dot
 * folders) are ignored, as the build ignores them.
 */
final class SourceWatcher implements AutoCloseable {
  static final List<String> TREES = List.of("content", "static", "themes");
  static final String CONFIG = "site-config.yml";
  /** A steady stream of events still gets a rebuild this often. */
  private static final Duration MAX_DELAY = Duration.ofMillis(500);

  private final Path root;
  private final Duration quiet;
  private final Consumer<List<Change>> onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
  private final Thread thread;

  SourceWatcher(Path siteDir, Duration quiet, Consumer<List<Change>> onChange) throws IOException {
    this.root = siteDir.toAbsolutePath().normalize();
    this.quiet = quiet;
    this.onChange = onChange;
    this.service = root.getFileSystem().newWatchService();
    register(root);
    for (String tree : TREES) {
      registerTree(root.resolve(tree), null);
    }
    this.thread = new Thread(this::loop, "gazette-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    var batch = new LinkedHashSet<Change>();
    long first = 0;
    try {
      while (true) {
        WatchKey key;
        if (batch.isEmpty()) {
          key = service.take();
          first = System.nanoTime();
        } else {
          key = service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (key != null) {
          collect(key, batch);
        }
        boolean overdue = System.nanoTime() - first > MAX_DELAY.toNanos();
        if (!batch.isEmpty() && (key == null || overdue)) {
          onChange.accept(List.copyOf(batch));
          batch.clear();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  private void collect(WatchKey key, Set<Change> batch) {
    Path dir = dirs.get(key);
    for (var event : key.pollEvents()) {
      if (dir == null) {
        continue;
      }
      if (event.kind() == OVERFLOW) {
        batch.add(Change.EVERYTHING);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      String name = path.getFileName().toString();
      if (event.kind() == ENTRY_DELETE) {
        forget(path);
      }
      if (name.startsWith(".")) {
        continue;
      }
      if (dir.equals(root)) {
        if (name.equals(CONFIG)) {
          batch.add(Change.of(CONFIG));
        } else if (TREES.contains(name)) {
          if (event.kind() == ENTRY_CREATE) {
            registerTree(path, batch);
          }
          batch.add(Change.of(name + "/"));
        }
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        registerTree(path, batch);
      }
      batch.add(Change.of(rel(path)));
    }
    if (!key.reset()) {
      dirs.remove(key);
    }
  }

  /**
   * Watches a folder and every folder below it. Files already inside a folder that appeared
   * after the start (a folder moved in, or filled before it was registered) go into {@code batch}.
   */
  private void registerTree(Path start, Set<Change> batch) {
    if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
          if (!d.equals(start) && d.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          register(d);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (batch != null && !f.getFileName().toString().startsWith(".")) {
            batch.add(Change.of(rel(f)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // The folder vanished while being walked; its deletion is an event of its own.
    }
  }

  /**
   * Registers one folder. Events are named through {@code dirs}, not the key's own path: the JDK
   * hands back the old key, with the old path, for a folder renamed within the site.
   */
  private void register(Path dir) throws IOException {
    dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
  }

  /**
   * Stops watching a folder that was deleted or moved away, and the folders below it: a folder
   * moved out of the site would otherwise go on reporting its changes as the site's.
   */
  private void forget(Path gone) {
    dirs.entrySet().removeIf(e -> {
      if (e.getValue().startsWith(gone)) {
        e.getKey().cancel();
        return true;
      }
      return false;
    });
  }

  private String rel(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      service.close();
      thread.join(2000);
    } catch (IOException e) {
      // nothing left to release
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
