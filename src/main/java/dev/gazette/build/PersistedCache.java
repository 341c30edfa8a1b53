package dev.gazette.build;

import dev.gazette.store.CorruptStoreException;
import dev.gazette.store.Hashes;
import dev.gazette.store.PackStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The build cache between runs of {@code gazette build}, in {@code .gazette/cache/}: an index of
 * parsed files, rendered bodies, page fingerprints and the last output, plus a pack of body HTML.
 * Never trusted blindly: the index ends with the SHA-256 of its content and names the Gazette
 * that wrote it (version and code hash); a wrong hash, a foreign version, a truncated file or a
 * pack shorter than the index says is reported in one line and the cache is started afresh. A
 * cache another build is using (a file lock) is left alone: this build then runs without it.
 *
 * <p>Writes are ordered so that a build killed at any moment leaves a usable cache: bodies are
 * appended to the pack beyond what the saved index names, and the index is replaced by an
 * atomic rename only after the pack is on disk. A pack that is mostly bodies no file uses any
 * more is compacted when the cache is opened: the live bodies are copied into the next pack
 * ({@code bodies-2.pack} after {@code bodies-1.pack}), which the index names from the next save
 * on; the old pack is removed only after that save.
 */
final class PersistedCache implements AutoCloseable {
  private static final String MAGIC = "gazette-cache";
  private static final int FORMAT = 5;
  static final String INDEX = "index";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** The pack the loaded index names (set by {@link #load}). */
  private String packName = "bodies-1.pack";

  private PersistedCache(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * The cache in {@code dir}, locked for this build; nothing is read yet ({@link #load}).
   *
   * @return null when another build holds the cache or it cannot be used (with a note): the
   *     caller builds without one
   */
  static PersistedCache open(Path dir, Consumer<String> notes) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        notes.accept("gazette: the build cache " + dir + " is in use by another build; building without it");
        return null;
      }
      return new PersistedCache(dir, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      notes.accept("gazette: cannot use the build cache in " + dir + " (" + reason(e) + "); building without it");
      return null;
    }
  }

  /**
   * The cached build for {@code outDir}, read from the index; a cache that cannot be used gives
   * an empty one (and a note).
   */
  BuildCache load(Path siteDir, Path outDir, Consumer<String> notes) {
    try {
      var read = read(dir, siteDir, outDir);
      packName = read.packName;
      return read.cache;
    } catch (NoSuchFileException e) {
      // no cache yet
    } catch (IOException | CorruptStoreException | IllegalArgumentException e) {
      notes.accept("gazette: the build cache in " + dir + " cannot be used (" + reason(e) + "); rebuilding it");
    }
    packName = "bodies-1.pack";
    return new BuildCache(false, PackStore.create(dir.resolve(packName)));
  }

  Path dir() {
    return dir;
  }

  private record Read(String packName, BuildCache cache) {}

  private static Read read(Path dir, Path siteDir, Path outDir) throws IOException {
    byte[] all = Files.readAllBytes(dir.resolve(INDEX));
    if (all.length < 32) {
      throw new CorruptStoreException("the index is truncated");
    }
    byte[] body = Arrays.copyOf(all, all.length - 32);
    MessageDigest md = Hashes.digest();
    if (!Arrays.equals(md.digest(body), Arrays.copyOfRange(all, all.length - 32, all.length))) {
      throw new CorruptStoreException("the index is damaged or truncated");
    }
    var in = new DataInputStream(new ByteArrayInputStream(body));
    var head = CacheCodec.reader(in, siteDir, null);
    if (!MAGIC.equals(head.str()) || in.readInt() != FORMAT) {
      throw new CorruptStoreException("not a Gazette cache");
    }
    String version = head.str();
    if (!CodeVersion.ID.equals(version)) {
      throw new CorruptStoreException("written by another Gazette version");
    }
    String out = head.str();
    String packName = head.str();
    if (packName == null || !packName.matches("bodies-\\d+\\.pack")) {
      throw new CorruptStoreException("bad pack name");
    }
    String configFingerprint = head.str();
    long packLength = in.readLong();
    PackStore pack = PackStore.open(dir.resolve(packName), packLength);
    PackStore compacted = null;
    try {
      var codec = CacheCodec.reader(in, siteDir, pack);
      var parsed = new java.util.ArrayList<CacheCodec.Named<BuildCache.Parsed>>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        parsed.add(codec.parsed());
      }
      var bodies = new java.util.ArrayList<CacheCodec.Named<BuildCache.Body>>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        bodies.add(codec.body());
      }
      var rendered = new java.util.ArrayList<CacheCodec.Named<BuildCache.Rendered>>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        rendered.add(codec.rendered());
      }
      var output = new java.util.HashMap<String, dev.gazette.output.OutputRecord>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        var o = codec.output();
        output.put(o.name(), o.value());
      }
      var spare = codec.spare();
      Shape shape = null;
      byte[] shapeBytes = null;
      if (in.readBoolean()) {
        int from = body.length - in.available();
        shape = codec.shape();
        shapeBytes = Arrays.copyOfRange(body, from, body.length - in.available());
      }
      if (in.available() != 0) {
        throw new CorruptStoreException("the index has bytes after its end");
      }
      if (packLength > 2 * liveBytes(bodies) + COMPACT_SLACK) {
        // Mostly bodies no file uses any more: copy the live ones into the next pack. The index on
        // disk still names this pack, untouched, until the build saves one naming the new pack.
        String next = nextPackName(packName);
        try {
          compacted = PackStore.create(dir.resolve(next));
          var moved = new java.util.ArrayList<CacheCodec.Named<BuildCache.Body>>(bodies.size());
          for (var b : bodies) {
            moved.add(new CacheCodec.Named<>(b.name(), moveTo(pack, compacted, b.value())));
          }
          bodies = moved;
          pack.close();
          pack = compacted;
          packName = next;
        } catch (java.io.UncheckedIOException e) {
          // no room for a copy (a full disk): go on with the pack as it is
          if (compacted != null) {
            compacted.close();
            compacted = null;
          }
          Files.deleteIfExists(dir.resolve(next));
        }
      }
      var cache = new BuildCache(false, pack);
      cache.configFingerprint = configFingerprint;
      parsed.forEach(p -> cache.parsed.put(p.name(), p.value()));
      bodies.forEach(b -> cache.bodies.put(b.name(), b.value()));
      rendered.forEach(r -> cache.rendered.put(r.name(), r.value()));
      if (outDir != null && out.equals(outDir.toAbsolutePath().normalize().toString())) {
        cache.output = output;
        cache.spare = spare;
        cache.shape = shape;
        cache.savedShape = new BuildCache.SavedShape(shape, shapeBytes);
      }
      return new Read(packName, cache);
    } catch (IOException | RuntimeException e) {
      pack.close();
      if (compacted != null) {
        compacted.close();
      }
      throw e;
    }
  }

  /**
   * A pack is rewritten when it holds more than twice the bytes of the bodies in use (plus this):
   * bodies are appended whenever they are rendered again, so without it the pack would grow with
   * every edit and every change of base URL, forever.
   */
  static final long COMPACT_SLACK = 64 * 1024;

  private static long liveBytes(java.util.List<CacheCodec.Named<BuildCache.Body>> bodies) {
    var seen = new java.util.HashSet<Long>();
    long live = 0;
    for (var b : bodies) {
      for (var blob : java.util.List.of(b.value().body().html().blob(), b.value().body().text().blob())) {
        if (seen.add(blob.offset())) {
          live += blob.length();
        }
      }
    }
    return live;
  }

  private static dev.gazette.store.StoredText copy(PackStore from, PackStore to, dev.gazette.store.StoredText t) {
    return new dev.gazette.store.StoredText(to, to.put(from.read(t.blob()), t.blob().id()));
  }

  /** {@code bodies-7.pack} is followed by {@code bodies-8.pack}. */
  static String nextPackName(String name) {
    long n = Long.parseLong(name.substring("bodies-".length(), name.length() - ".pack".length()));
    return "bodies-" + (n + 1) + ".pack";
  }

  /** The body with its HTML and text copied from {@code from} (checked) into {@code to}. */
  private static BuildCache.Body moveTo(PackStore from, PackStore to, BuildCache.Body b) {
    var s = b.body();
    var body = new dev.gazette.markdown.StoredBody(copy(from, to, s.html()), copy(from, to, s.text()), s.teaser(),
        s.stats(), s.rootLinks(), s.linksToContent());
    return new BuildCache.Body(b.hash(), b.baseKey(), b.links(), body, b.diagnostics());
  }

  /**
   * Saves the cache after a successful build; a failure to save is a note, never a failed build.
   *
   * @return whether the index is saved
   */
  boolean save(BuildCache cache, Path outDir, Set<String> liveSources, Consumer<String> notes) {
    try {
      cache.store.force();
      var bytes = new ByteArrayOutputStream(1 << 20);
      var out = new DataOutputStream(bytes);
      var codec = CacheCodec.writer(out);
      codec.str(MAGIC);
      out.writeInt(FORMAT);
      codec.str(CodeVersion.ID);
      codec.str(outDir == null ? "" : outDir.toAbsolutePath().normalize().toString());
      codec.str(packName);
      codec.str(cache.configFingerprint);
      out.writeLong(cache.store.length());
      var parsed = cache.parsed.entrySet().stream().filter(e -> liveSources.contains(e.getKey())).toList();
      out.writeInt(parsed.size());
      for (var e : parsed) {
        codec.parsed(e.getKey(), e.getValue());
      }
      var bodies = cache.bodies.entrySet().stream().filter(e -> liveSources.contains(e.getKey())).toList();
      out.writeInt(bodies.size());
      for (var e : bodies) {
        codec.body(e.getKey(), e.getValue());
      }
      out.writeInt(cache.rendered.size());
      for (var e : cache.rendered.entrySet()) {
        codec.rendered(e.getKey(), e.getValue());
      }
      out.writeInt(cache.output.size());
      for (var e : cache.output.entrySet()) {
        codec.output(e.getKey(), e.getValue());
      }
      codec.spare(cache.spare);
      out.writeBoolean(cache.shape != null);
      if (cache.shape != null && cache.savedShape != null && cache.savedShape.shape() == cache.shape) {
        out.write(cache.savedShape.bytes());
      } else if (cache.shape != null) {
        codec.shape(cache.shape);
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      Path tmp = dir.resolve(INDEX + ".tmp");
      try (var ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(java.nio.ByteBuffer.wrap(body));
        ch.write(java.nio.ByteBuffer.wrap(Hashes.digest().digest(body)));
        ch.force(false);
      }
      Files.move(tmp, dir.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      removeOtherPacks();
      return true;
    } catch (IOException | RuntimeException e) {
      notes.accept("gazette: cannot save the build cache in " + dir + " (" + reason(e) + "); the next build starts without it");
      return false;
    }
  }

  /**
   * Removes the packs the saved index does not name: the one a compaction replaced, or one a
   * killed build left half written.
   */
  private void removeOtherPacks() {
    try (var s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String n = p.getFileName().toString();
        if (n.matches("bodies-\\d+\\.pack") && !n.equals(packName)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // the index is saved; a pack left over is removed by the next build
    }
  }

  String packName() {
    return packName;
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // released when the channel closes
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static Set<String> names(Iterable<Path> files, Path siteDir) {
    var out = new HashSet<String>();
    files.forEach(f -> out.add(dev.gazette.source.ContentScanner.relPath(siteDir, f)));
    return out;
  }
}
