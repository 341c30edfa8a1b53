package dev.gazette.output;

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
  private final Set<String> freshPaths = ConcurrentHashMap.newKeySet();
  private final AtomicInteger linked = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final OutputLock lock;
  private volatile RuntimeException failure;
  private boolean done;

  private Staging(Path out, Path staging, Path old, Map<String, OutputRecord> previous, OutputLock lock) {
    this.out = out;
    this.staging = staging;
    this.old = old;
    this.previous = previous;
    this.lock = lock;
  }

  /**
   * Starts a new site for {@code outDir}. Waits for any other build writing the same output,
   * then removes what a killed build left beside it (and puts back an output a kill took away
   * in the middle of a swap).
   *
   * @param previous what the last build wrote there, by path; empty when unknown
   */
  public static Staging open(Path outDir, Map<String, OutputRecord> previous) {
    Path out = outDir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      // Replace the folder the link points to, and keep the link.
      out = OutputGuard.real(out);
    }
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    String token = UUID.randomUUID().toString().substring(0, 8);
    OutputLock lock;
    try {
      Files.createDirectories(parent);
      lock = OutputLock.acquire(parent.resolve("." + name + ".lock"));
      Leftovers.clean(parent, name);
      Path staging = parent.resolve("." + name + ".staging-" + token);
      Files.createDirectory(staging);
      return new Staging(out, staging, parent.resolve("." + name + ".old-" + token), Map.copyOf(previous), lock);
    } catch (IOException | SecurityException e) {
      throw SiteWriter.failure(out, null, e);
    }
  }

  @Override
  public void write(OutputFile f) {
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
    if (failure != null) {
      return true;
    }
    try {
      return linkPrevious(path, target(OutputFile.text(path, "", "the last build")));
    } catch (IOException | WriteFailure e) {
      return false;
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
  public Map<String, OutputRecord> commit() {
    done = true;
    try {
      if (failure instanceof WriteFailure w) {
        throw SiteWriter.failure(out, w.file, w.error);
      } else if (failure != null) {
        throw failure;
      }
      if (fresh.get() == 0 && written.keySet().equals(previous.keySet()) && Files.isDirectory(out)
          && OutputState.holdsExactly(out, previous)) {
        SiteWriter.deleteQuietly(staging);
      } else {
        SiteWriter.swap(out, staging, old);
        SiteWriter.deleteQuietly(old);
      }
      return Map.copyOf(written);
    } catch (RuntimeException e) {
      SiteWriter.deleteQuietly(staging);
      throw e;
    } finally {
      lock.close();
    }
  }

  /** Removes the staging folder; the previous output stays as it was. */
  public void abort() {
    if (!done) {
      done = true;
      SiteWriter.deleteQuietly(staging);
      lock.close();
    }
  }

  @Override
  public void close() {
    abort();
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
    var removed = new java.util.TreeSet<>(previous.keySet());
    removed.removeAll(written.keySet());
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
