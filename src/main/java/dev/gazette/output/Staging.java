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
import java.nio.file.StandardOpenOption;
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
 *
 * <p>With a {@link Spare} (the site before the previous one, kept by the last build), the new site
 * is staged in the spare's folder instead of an empty one: only the files the last two builds
 * changed are replaced there, and the rest are already the output's files. After the swap the
 * previous site becomes the next spare instead of being deleted. A file is never written into:
 * it is removed and created anew, since the spare's files are the output's own (hard links).
 */
public final class Staging implements OutputSink, AutoCloseable {
  private final Path out;
  private final Path staging;
  private final Path old;
  /** Where the previous site goes after the swap when it is kept as the next build's spare. */
  private final Path spareDir;
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
  /**
   * Deletes the previous site after the swap, or checks it to keep as the next spare, while the
   * build saves its cache; it holds the lock.
   */
  private Thread deleter;
  /**
   * The paths whose file in the staging folder is not the output's, when the staging folder is
   * the spare ({@link Spare#stale}); null when it started empty.
   */
  private final Set<String> stale;
  /** The spare this build leaves for the next one (after {@link #commit}), or null. */
  private Spare next;

  private Staging(Path out, Path staging, Path old, Path spareDir, Map<String, OutputRecord> previous, OutputLock lock,
      boolean inPlace, Set<String> stale) {
    this.inPlace = inPlace;
    this.out = out;
    this.staging = staging;
    this.old = old;
    this.spareDir = spareDir;
    this.previous = previous;
    this.lock = lock;
    this.stale = stale;
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
    return open(outDir, previous, null, inPlace);
  }

  /**
   * Starts a new site for {@code outDir} in {@code spare}'s folder when it is there (null: none),
   * else in an empty one; a spare the call does not name is removed.
   */
  public static Staging open(Path outDir, Map<String, OutputRecord> previous, Spare spare, boolean inPlace) {
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
      boolean recycle = spare != null && !mount && !previous.isEmpty();
      Leftovers.clean(home, name, recycle ? spare.folder() : null);
      Path staging = home.resolve("." + name + ".staging-" + token);
      Set<String> stale = recycle && recycle(home.resolve(spare.folder()), staging) ? spare.stale() : null;
      if (stale == null) {
        Files.createDirectory(staging);
      }
      var s = new Staging(out, staging, home.resolve("." + name + ".old-" + token), home.resolve(Spare.prefix(name) + token),
          Map.copyOf(previous), lock, mount, stale);
      Interruption.watch(s);
      WritePhase.OPENED.reached();
      return s;
    } catch (IOException | SecurityException e) {
      lock.close();
      throw SiteWriter.failure(out, null, e);
    }
  }

  /** Renames the spare to be the staging folder; false when it is not there (or cannot be moved: then it goes). */
  private static boolean recycle(Path spare, Path staging) {
    if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | SecurityException e) {
      SiteWriter.deleteQuietly(spare);
      return false;
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
      if (!sameAsPrevious(f) || !(spareHolds(f.path()) || link(f.path(), target, previous.get(f.path())))) {
        clear(target);
        // CREATE_NEW: a file still there would be the output's own (a link), written into
        if (f.bytes() != null) {
          Files.write(target, f.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } else {
          // a static file is copied, never read into memory (photos, videos)
          Files.copy(f.copyFrom(), target);
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
      return spareHolds(path) || linkPrevious(path, target(OutputFile.text(path, "", "the last build")));
    } catch (IOException | WriteFailure e) {
      return false;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Whether the previous output's file has exactly these bytes: compared, not hashed, and only
   * when it is still the file the last build recorded there (a cold build compares nothing).
   */
  private boolean sameAsPrevious(OutputFile f) throws IOException {
    OutputRecord last = previous.get(f.path());
    long size = f.bytes() != null ? f.bytes().length : Files.size(f.copyFrom());
    if (last == null || last.size() != size) {
      return false;
    }
    Path prev = out.resolve(f.path());
    if (!holds(prev, last)) {
      // not the file the last build wrote (changed by hand): its bytes say nothing of the spare's
      return false;
    }
    try {
      return f.bytes() != null ? java.util.Arrays.equals(Files.readAllBytes(prev), f.bytes()) : Files.mismatch(prev, f.copyFrom()) == -1;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /**
   * Whether the staging folder (the spare) already has the output's file at {@code path}: one the
   * last build did not change, with the size and modification time it recorded. Then it stays.
   */
  private boolean spareHolds(String path) throws IOException {
    if (stale == null || stale.contains(path)) {
      return false;
    }
    OutputRecord last = previous.get(path);
    if (last == null || !holds(staging.resolve(path), last)) {
      return false;
    }
    written.put(path, last);
    linked.incrementAndGet();
    return true;
  }

  /** Whether {@code file} is the regular file {@code r} records (false when it is not there). */
  private static boolean holds(Path file, OutputRecord r) throws IOException {
    try {
      return r.describes(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Removes what the spare has where a file goes (an older file, or a folder); nothing in a fresh staging folder. */
  private void clear(Path target) throws IOException {
    if (stale == null) {
      return;
    }
    try {
      Files.deleteIfExists(target);
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      SiteWriter.delete(target, null);
    }
  }

  /** Links the previous output's file when it still is the one the last build wrote there. */
  private boolean linkPrevious(String path, Path target) throws IOException {
    OutputRecord last = previous.get(path);
    return last != null && holds(out.resolve(path), last) && link(path, target, last);
  }

  /** Links the previous output's file, checked to be the one {@code last} records. */
  private boolean link(String path, Path target, OutputRecord last) throws IOException {
    try {
      clear(target);
      Files.createLink(target, out.resolve(path));
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
    if (stale != null && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      // the spare has most folders already: one stat, not an exception per folder
      dirs.add(dir);
      return;
    }
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (stale == null) {
          throw e;
        }
        replaceFileByFolder(dir);
      }
    }
    dirs.add(dir);
  }

  /** The spare has a file where the new site has a folder: one thread replaces it. */
  private synchronized void replaceFileByFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(dir);
      Files.createDirectory(dir);
    }
  }

  /**
   * Removes from the staging folder, when it was the spare, the files the new site does not have:
   * those the last output had and this build did not make again, and those the spare kept from
   * before the last build; then the folders they leave empty.
   */
  private void prune() throws IOException {
    var gone = new java.util.ArrayList<>(removed());
    for (String p : stale) {
      if (!written.containsKey(p) && !previous.containsKey(p)) {
        gone.add(p);
      }
    }
    for (String p : gone) {
      Path f = staging.resolve(p);
      if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
        // not in the spare; a folder of its path is now a file of the new site; or it is a folder of the new site
        continue;
      }
      Files.delete(f);
      for (Path d = f.getParent(); d != null && !d.equals(staging); d = d.getParent()) {
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
          break;
        }
        try {
          Files.delete(d);
        } catch (java.nio.file.DirectoryNotEmptyException | NoSuchFileException e) {
          break;
        }
      }
    }
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
      if (stale != null) {
        try {
          prune();
        } catch (IOException | SecurityException e) {
          throw SiteWriter.failure(out, null, e);
        }
      }
      WritePhase.STAGED.reached();
      if (fresh.get() == 0 && written.keySet().equals(previous.keySet()) && Files.isDirectory(out)
          && OutputState.holdsExactly(out, previous)) {
        // every staged file is the output's own: the staging folder is a spare that differs in nothing
        keepAsSpare(staging, Set.of());
      } else if (inPlace) {
        InPlace.apply(out, staging, freshPaths, written.keySet());
      } else {
        Path previousSite = SiteWriter.swap(out, staging, old);
        WritePhase.SWAPPED.reached();
        if (previousSite != null) {
          Set<String> changed = previous.isEmpty() ? Set.of() : changedPaths();
          next = previous.isEmpty() ? null : new Spare(spareDir.getFileName().toString(), changed);
          // checking or unlinking 174,000 files takes seconds: that overlaps the cache's save, and close() waits
          deleter = new Thread(() -> {
            try {
              if (next == null || !Spare.vet(previousSite, previous, changed)) {
                SiteWriter.delete(previousSite, WritePhase.DELETING);
              } else {
                WritePhase.VETTED.reached();
                Files.move(previousSite, spareDir, StandardCopyOption.ATOMIC_MOVE);
              }
              WritePhase.DONE.reached();
            } catch (IOException | RuntimeException e) {
              SiteWriter.deleteQuietly(previousSite);
            } finally {
              lock.close();
            }
          }, "gazette-keep-previous-output");
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

  /** The paths whose file this build wrote anew or removed: where the previous site differs from the new one. */
  private Set<String> changedPaths() {
    var changed = new java.util.HashSet<>(freshPaths);
    changed.addAll(removed());
    return changed;
  }

  /**
   * The paths the last output had and this build neither wrote nor kept, sorted; asked only once
   * every file is staged (by the pruning, the next spare and the change list), and found once.
   */
  private java.util.List<String> removed() {
    if (removed == null) {
      var gone = new java.util.ArrayList<String>();
      for (String p : previous.keySet()) {
        if (!written.containsKey(p)) {
          gone.add(p);
        }
      }
      java.util.Collections.sort(gone);
      removed = java.util.List.copyOf(gone);
    }
    return removed;
  }

  private java.util.List<String> removed;

  /** Renames {@code dir} to be the spare; on failure it is removed. */
  private void keepAsSpare(Path dir, Set<String> changed) {
    try {
      Files.move(dir, spareDir, StandardCopyOption.ATOMIC_MOVE);
      next = new Spare(spareDir.getFileName().toString(), changed);
    } catch (IOException | SecurityException e) {
      SiteWriter.deleteQuietly(dir);
    }
  }

  /**
   * The spare this build leaves beside the output for the next one, once committed: the previous
   * site (being checked while the build saves its cache; if the check fails the folder is not
   * there and the next build starts from an empty one), or null.
   */
  public Spare spare() {
    return next;
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
    return new OutputChanges(java.util.List.copyOf(added), java.util.List.copyOf(changed), java.util.List.copyOf(removed()));
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
