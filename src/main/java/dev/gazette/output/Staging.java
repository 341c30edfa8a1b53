package dev.gazette.output;

import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.SiteException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A new site being written beside the output: files go into a hidden staging folder as they are
 * rendered (nothing is held back in memory), and {@link #commit} swaps it in. A file whose bytes
 * the last build already wrote is a hard link to the previous output's file, so it keeps its
 * inode and modification time and {@code rsync} or a bucket sync sees only real changes. Until the
 * swap the previous output is untouched; {@link #abort} removes the staging folder.
 *
 * <p>A staged site whose files all equal the previous output's, with none removed, is not swapped
 * at all: the output folder is left exactly as it was.
 */
public final class Staging implements OutputSink, AutoCloseable {
  private final Path out;
  private final Path staging;
  private final Path old;
  private final Map<String, OutputRecord> previous;
  private final Map<String, OutputRecord> written = new ConcurrentHashMap<>();
  private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
  private final AtomicInteger fresh = new AtomicInteger();
  /** Whether {@link WritePhase#WRITING} was reported (the test hook of killed builds). */
  private final java.util.concurrent.atomic.AtomicBoolean writingReported = new java.util.concurrent.atomic.AtomicBoolean();
  private final Set<String> freshPaths = ConcurrentHashMap.newKeySet();
  private final AtomicInteger linked = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final OutputLock lock;
  private final boolean inPlace;
  /** Writes under way: an interruption waits for them before it removes the staging folder. */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile RuntimeException failure;
  private boolean done;
  /** Deletes the previous site after the swap while the build saves its cache; it holds the lock. */
  private Thread deleter;

  private Staging(Path out, Path staging, Path old, Map<String, OutputRecord> previous, OutputLock lock, boolean inPlace) {
    this.inPlace = inPlace;
    this.out = out;
    this.staging = staging;
    this.old = old;
    this.previous = previous;
    this.lock = lock;
  }

  /** Starts a new site for {@code outDir}, which must not be a mount point. */
  public static Staging open(Path outDir, Map<String, OutputRecord> previous) {
    return open(outDir, previous, false);
  }

  /**
   * Starts a new site for {@code outDir}. Waits for any other build writing the same output,
   * then removes what a killed build left beside it (and puts back an output a kill took away
   * in the middle of a swap).
   *
   * @param previous what the last build wrote there, by path; empty when unknown
   * @param inPlace a mount point as the output is updated file by file ({@link InPlace}); without
   *     it, a mount point is refused (it cannot be swapped)
   */
  public static Staging open(Path outDir, Map<String, OutputRecord> previous, boolean inPlace) {
    Path out = outDir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      // Replace the folder the link points to, and keep the link.
      out = OutputGuard.real(out);
    }
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    String token = UUID.randomUUID().toString().substring(0, 8);
    boolean mount = MountPoint.is(out);
    if (mount && !inPlace) {
      throw new SiteException(Diagnostic.error(outDir.toString(), 0, 0,
          "the output folder " + outDir + " is a mount point, which a build cannot swap for a new one",
          "build with --in-place to update it file by file (each file is replaced whole, but readers may see old and"
              + " new pages together while it runs), or mount the folder above it and write into a folder inside"));
    }
    // In place, the staging folder is inside the output: a rename out of it never crosses devices.
    Path home = mount ? out : parent;
    OutputLock lock;
    try {
      Files.createDirectories(parent);
      lock = OutputLock.acquire(parent.resolve("." + name + ".lock"));
    } catch (IOException | SecurityException e) {
      throw SiteWriter.failure(out, null, e);
    }
    try {
      Leftovers.clean(home, name);
      Path staging = home.resolve("." + name + ".staging-" + token);
      Files.createDirectory(staging);
      var s = new Staging(out, staging, home.resolve("." + name + ".old-" + token), Map.copyOf(previous), lock, mount);
      Interruption.watch(s);
      WritePhase.OPENED.reached();
      return s;
    } catch (IOException | SecurityException e) {
      lock.close();
      throw SiteWriter.failure(out, null, e);
    }
  }

  @Override
  public void write(OutputFile f) {
    inFlight.incrementAndGet();
    try {
      writeNow(f);
    } finally {
      inFlight.decrementAndGet();
    }
    // once, after the first file written anew: with writes in parallel, two threads can both see
    // a count past 1, so the count alone would let the phase pass unreported
    if (fresh.get() > 0 && !writingReported.getAndSet(true)) {
      WritePhase.WRITING.reached();
    }
  }

  private void writeNow(OutputFile f) {
    if (failure != null) {
      return;
    }
    try {
      Path target = target(f);
      if (!sameAsPrevious(f) || !linkPrevious(f.path(), target)) {
        if (f.bytes() != null) {
          Files.write(target, f.bytes());
        } else {
          // a static file is copied, never read into memory (photos, videos)
          Files.copy(f.copyFrom(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        record(f.path(), target);
        fresh.incrementAndGet();
        freshPaths.add(f.path());
      }
    } catch (IOException | SecurityException e) {
      fail(new WriteFailure(f, e));
    } catch (WriteFailure e) {
      // recorded by target()
    }
  }

  @Override
  public boolean reuse(String path) {
    inFlight.incrementAndGet();
    try {
      if (failure != null) {
        return true;
      }
      return linkPrevious(path, target(OutputFile.text(path, "", "the last build")));
    } catch (IOException | WriteFailure e) {
      return false;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Whether the previous output's file has exactly these bytes: compared, not hashed, and only
   * when the last build left a file of that size there (a cold build compares nothing).
   */
  private boolean sameAsPrevious(OutputFile f) throws IOException {
    OutputRecord last = previous.get(f.path());
    long size = f.bytes() != null ? f.bytes().length : Files.size(f.copyFrom());
    if (last == null || last.size() != size) {
      return false;
    }
    Path prev = out.resolve(f.path());
    try {
      return f.bytes() != null ? java.util.Arrays.equals(Files.readAllBytes(prev), f.bytes()) : Files.mismatch(prev, f.copyFrom()) == -1;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Links the previous output's file when it still is the one the last build wrote there. */
  private boolean linkPrevious(String path, Path target) throws IOException {
    OutputRecord last = previous.get(path);
    if (last == null) {
      return false;
    }
    Path prev = out.resolve(path);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(prev, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (!attrs.isRegularFile() || attrs.size() != last.size() || attrs.lastModifiedTime().toMillis() != last.mtime()) {
      return false;
    }
    try {
      Files.createLink(target, prev);
    } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
      return false;
    }
    written.put(path, last);
    linked.incrementAndGet();
    return true;
  }

  private void record(String path, Path target) throws IOException {
    var attrs = Files.readAttributes(target, BasicFileAttributes.class);
    written.put(path, new OutputRecord(attrs.size(), attrs.lastModifiedTime().toMillis()));
    bytes.addAndGet(attrs.size());
  }

  private Path target(OutputFile f) {
    Path target = staging.resolve(f.path());
    if (!target.normalize().startsWith(staging)) {
      throw fail(new WriteFailure(f, new IOException("the path leaves the output folder")));
    }
    try {
      folder(target.getParent());
    } catch (IOException | SecurityException e) {
      throw fail(new WriteFailure(f, e));
    }
    return target;
  }

  /**
   * Creates a folder of the staged site and its parents, each with one system call: the JDK's
   * createDirectories probes every ancestor through exceptions, which costs more than the
   * writing on a site of many small folders.
   */
  private void folder(Path dir) throws IOException {
    if (dir.equals(staging) || dirs.contains(dir)) {
      return;
    }
    folder(dir.getParent());
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw e;
      }
    }
    dirs.add(dir);
  }

  private RuntimeException fail(RuntimeException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * Swaps the staged site in; when every file equals the previous output's, none was removed and
   * the output holds nothing else (a file added by hand), the output is left as it is and the
   * staging folder removed.
   *
   * @return what the new output holds, by path, for the next build
   */
  public synchronized Map<String, OutputRecord> commit() {
    if (done) {
      throw failure != null ? failure : new IllegalStateException("committed twice");
    }
    done = true;
    try {
      if (failure instanceof WriteFailure w) {
        throw SiteWriter.failure(out, w.file, w.error);
      } else if (failure != null) {
        throw failure;
      }
      WritePhase.STAGED.reached();
      if (fresh.get() == 0 && written.keySet().equals(previous.keySet()) && Files.isDirectory(out)
          && OutputState.holdsExactly(out, previous)) {
        SiteWriter.deleteQuietly(staging);
      } else if (inPlace) {
        InPlace.apply(out, staging, freshPaths, written.keySet());
      } else {
        Path previousSite = SiteWriter.swap(out, staging, old);
        WritePhase.SWAPPED.reached();
        if (previousSite != null) {
          // 174,000 files take seconds to unlink: that overlaps the cache's save, and close() waits
          deleter = new Thread(() -> {
            try {
              SiteWriter.delete(previousSite, WritePhase.DELETING);
              WritePhase.DONE.reached();
            } finally {
              lock.close();
            }
          }, "gazette-delete-previous-output");
          deleter.start();
        }
      }
      if (deleter == null) {
        WritePhase.DONE.reached();
      }
      return Map.copyOf(written);
    } catch (RuntimeException e) {
      SiteWriter.deleteQuietly(staging);
      throw e;
    } finally {
      Interruption.forget(this);
      if (deleter == null) {
        lock.close();
      }
    }
  }

  /** Removes the staging folder; the previous output stays as it was. */
  public synchronized void abort() {
    if (!done) {
      done = true;
      SiteWriter.deleteQuietly(staging);
      Interruption.forget(this);
      lock.close();
    }
  }

  /**
   * SIGTERM or SIGINT (a CI cancel, Ctrl-C): stops writing, waits a moment for writes under way,
   * removes the staging folder. A swap under way is finished first (this waits for {@link
   * #commit}), so the output is the previous site or the new one, never neither.
   */
  synchronized void interrupt() {
    if (done) {
      return;
    }
    fail(new SiteException(Diagnostic.error(out.toString(), 0, 0, "the build was interrupted", "nothing was changed")));
    long until = System.nanoTime() + 5_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < until) {
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
    }
    done = true;
    SiteWriter.deleteQuietly(staging);
  }

  /** Removes the staging folder if it was not committed; waits for the previous site's deletion. */
  @Override
  public void close() {
    abort();
    if (deleter != null) {
      try {
        deleter.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * What this build changed in the output, by path: after {@link #commit}. Without a record of
   * the last output (no cache) every file counts as added.
   */
  public OutputChanges changes() {
    var added = new java.util.TreeSet<String>();
    var changed = new java.util.TreeSet<String>();
    for (String p : freshPaths) {
      (previous.containsKey(p) ? changed : added).add(p);
    }
    var removed = new java.util.ArrayList<String>();
    for (String p : previous.keySet()) {
      if (!written.containsKey(p)) {
        removed.add(p);
      }
    }
    java.util.Collections.sort(removed);
    return new OutputChanges(java.util.List.copyOf(added), java.util.List.copyOf(changed), java.util.List.copyOf(removed));
  }

  /** Files written anew (not linked to the previous output). */
  public int freshFiles() {
    return fresh.get();
  }

  public int linkedFiles() {
    return linked.get();
  }

  public long bytesWritten() {
    return bytes.get();
  }

  /** One file that could not be written, and why. */
  static final class WriteFailure extends RuntimeException {
    final transient OutputFile file;
    final Exception error;

    WriteFailure(OutputFile file, Exception cause) {
      super(cause.getMessage(), cause, false, false);
      this.file = file;
      this.error = cause;
    }
  }

}
