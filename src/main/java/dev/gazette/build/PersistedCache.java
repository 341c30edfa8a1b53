package dev.gazette.build;

import dev.gazette.store.CorruptStoreException;
import dev.gazette.store.PackStore;
import dev.gazette.store.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import dev.gazette.output.OutputRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The build cache between runs of {@code gazette build}, in {@code .gazette/cache/}: an index of
 * parsed files, rendered bodies, page fingerprints and the last output, plus a pack of body HTML.
 * The index is small: it names the shard files that hold the entries ({@link IndexShards}), so a
 * save after a small change writes only the shards that changed. Never trusted blindly: the index
 * ends with the CRC-32C of its content, names the Gazette that wrote it (version and code hash)
 * and gives each shard's length and CRC-32C; a wrong checksum, a foreign version, a truncated or
 * missing file or a pack shorter than the index says is reported in one line and the cache is
 * started afresh. A cache another build is using (a file lock) is left alone: this build then
 * runs without it.
 *
 * <p>Writes are ordered so that a build killed at any moment leaves a usable cache: bodies are
 * appended to the pack beyond what the saved index names, shards are new files no index names
 * yet, and the index is replaced by an atomic rename only after the pack and the shards are on
 * disk; shards no index names any more are removed after it. A pack that is mostly bodies no file uses any
 * more is compacted when the cache is opened: the live bodies are copied into the next pack
 * ({@code bodies-2.pack} after {@code bodies-1.pack}), which the index names from the next save
 * on; the old pack is removed only after that save.
 */
final class PersistedCache implements AutoCloseable {
  private static final String MAGIC = "gazette-cache";
  private static final int FORMAT = 10;
  static final String INDEX = "index";
  /** The file of the key under which source files are hashed: drawn once, kept as long as the cache. */
  static final String KEY = "source-key";
  /** The folder of photo derivatives ({@link dev.gazette.photos.Derivatives}), kept with the cache. */
  static final String PHOTOS = "photos";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** The pack the loaded index names (set by {@link #load}). */
  private String packName = "bodies-1.pack";
  /** The sections of the loaded index, shard by shard: a save keeps the shards whose entries are the same. */
  private Map<IndexShards.Section, IndexShards.Read> loaded = Map.of();

  /** The hash of source files under this cache's own key ({@link #KEY}). */
  final SourceHash sourceHash;

  private PersistedCache(Path dir, FileChannel lockChannel, FileLock lock, SourceHash sourceHash) {
    this.dir = dir;
    this.sourceHash = sourceHash;
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
      try {
        SourceHash hash = SourceHash.read(dir.resolve(KEY));
        if (hash == null) {
          if (Files.exists(dir.resolve(INDEX))) {
            notes.accept("gazette: the source key of the build cache in " + dir + " is missing or damaged;"
                + " every source is parsed again");
          }
          hash = SourceHash.create(dir.resolve(KEY));
        }
        // this build holds the lock: a temporary file in the photo store is a killed build's
        dev.gazette.photos.Derivatives.removeLeftovers(dir.resolve(PHOTOS));
        return new PersistedCache(dir, channel, lock, hash);
      } catch (IOException e) {
        lock.release();
        throw e;
      }
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
      var read = read(dir, siteDir, outDir, sourceHash);
      packName = read.packName;
      loaded = read.sections;
      return read.cache;
    } catch (NoSuchFileException e) {
      // no cache yet
    } catch (IOException | CorruptStoreException | IllegalArgumentException e) {
      notes.accept("gazette: the build cache in " + dir + " cannot be used (" + reason(e) + "); rebuilding it");
    }
    packName = "bodies-1.pack";
    loaded = Map.of();
    return new BuildCache(false, PackStore.create(dir.resolve(packName)), sourceHash);
  }

  Path dir() {
    return dir;
  }

  private record Read(String packName, BuildCache cache, Map<IndexShards.Section, IndexShards.Read> sections) {}

  private static Read read(Path dir, Path siteDir, Path outDir, SourceHash sourceHash) throws IOException {
    byte[] all = Files.readAllBytes(dir.resolve(INDEX));
    if (all.length < 4) {
      throw new CorruptStoreException("the index is truncated");
    }
    int length = all.length - 4;
    if (IndexShards.crc(all, length) != ByteBuffer.wrap(all, length, 4).getInt()) {
      throw new CorruptStoreException("the index is damaged or truncated");
    }
    var in = CacheCodec.input(all, 0, length);
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
    PhotoReads photoReads = head.photoReads();
    long packLength = in.readLong();
    var shards = new EnumMap<IndexShards.Section, List<IndexShards.Shard>>(IndexShards.Section.class);
    for (var section : IndexShards.Section.values()) {
      int n = head.count();
      if (n < 1 || n > 1024) {
        throw new CorruptStoreException("a section of " + n + " shards");
      }
      var list = new ArrayList<IndexShards.Shard>(n);
      for (int i = 0; i < n; i++) {
        String name = head.str();
        if (!IndexShards.validName(name)) {
          throw new CorruptStoreException("bad shard name");
        }
        list.add(new IndexShards.Shard(name, in.readInt(), in.readInt(), head.count()));
      }
      shards.put(section, list);
    }
    if (in.available() != 0) {
      throw new CorruptStoreException("the index has bytes after its end");
    }
    PackStore pack = PackStore.open(dir.resolve(packName), packLength);
    PackStore compacted = null;
    try {
      // the shards are read and decoded in parallel, each checked against its CRC
      record Job(IndexShards.Section section, int at, IndexShards.Shard shard) {}
      var jobs = new ArrayList<Job>();
      shards.forEach((section, list) -> {
        for (int i = 0; i < list.size(); i++) {
          jobs.add(new Job(section, i, list.get(i)));
        }
      });
      var done = jobs.parallelStream().map(j -> IndexShards.read(dir, j.section(), j.shard(), siteDir, pack)).toList();
      var sections = new EnumMap<IndexShards.Section, IndexShards.Read>(IndexShards.Section.class);
      for (int i = 0; i < jobs.size(); ) {
        var section = jobs.get(i).section();
        var entries = new ArrayList<List<CacheCodec.Named<Object>>>();
        for (; i < jobs.size() && jobs.get(i).section() == section; i++) {
          entries.add(done.get(i));
        }
        sections.put(section, new IndexShards.Read(shards.get(section), entries));
      }
      var cache = new BuildCache(false, pack, sourceHash);
      cache.configFingerprint = configFingerprint;
      cache.photoReads = photoReads;
      var bodies = new ArrayList<CacheCodec.Named<BuildCache.Body>>();
      for (var list : sections.get(IndexShards.Section.BODIES).entries()) {
        list.forEach(e -> bodies.add(new CacheCodec.Named<>(e.name(), (BuildCache.Body) e.value())));
      }
      if (packLength > 2 * liveBytes(bodies) + COMPACT_SLACK) {
        // Mostly bodies no file uses any more: copy the live ones into the next pack. The index on
        // disk still names this pack, untouched, until the build saves one naming the new pack.
        String next = nextPackName(packName);
        try {
          compacted = PackStore.create(dir.resolve(next));
          var moved = new ArrayList<CacheCodec.Named<BuildCache.Body>>(bodies.size());
          for (var b : bodies) {
            moved.add(new CacheCodec.Named<>(b.name(), moveTo(pack, compacted, b.value())));
          }
          bodies.clear();
          bodies.addAll(moved);
          pack.close();
          cache = new BuildCache(false, compacted, sourceHash);
          cache.configFingerprint = configFingerprint;
          cache.photoReads = photoReads;
          packName = next;
          // every body's place changed: its shards are all written again
          sections.remove(IndexShards.Section.BODIES);
        } catch (java.io.UncheckedIOException e) {
          // no room for a copy (a full disk): go on with the pack as it is
          if (compacted != null) {
            compacted.close();
            compacted = null;
          }
          Files.deleteIfExists(dir.resolve(next));
        }
      }
      var c = cache;
      sections.get(IndexShards.Section.PARSED).entries()
          .forEach(list -> list.forEach(e -> c.parsed.put(e.name(), (BuildCache.Parsed) e.value())));
      bodies.forEach(b -> c.bodies.put(b.name(), b.value()));
      sections.get(IndexShards.Section.RENDERED).entries()
          .forEach(list -> list.forEach(e -> c.rendered.put(e.name(), (BuildCache.Rendered) e.value())));
      if (outDir != null && out.equals(outDir.toAbsolutePath().normalize().toString())) {
        var output = new HashMap<String, OutputRecord>();
        sections.get(IndexShards.Section.OUTPUT).entries()
            .forEach(list -> list.forEach(e -> output.put(e.name(), (OutputRecord) e.value())));
        cache.output = output;
        var spare = sections.get(IndexShards.Section.SPARE).entries().get(0);
        cache.spare = spare.isEmpty() ? null : (dev.gazette.output.Spare) spare.get(0).value();
        var shape = sections.get(IndexShards.Section.SHAPE).entries().get(0);
        cache.shape = shape.isEmpty() ? null : shape((Shape) shape.get(0).value(), sections);
      } else {
        // another output folder: its records and shape are not this build's
        sections.remove(IndexShards.Section.OUTPUT);
        sections.remove(IndexShards.Section.SPARE);
        sections.remove(IndexShards.Section.SHAPE);
        sections.remove(IndexShards.Section.PAGES);
      }
      return new Read(packName, cache, sections);
    } catch (IOException | RuntimeException e) {
      pack.close();
      if (compacted != null) {
        compacted.close();
      }
      throw e;
    }
  }

  /** The shape with its files from their own section. */
  private static Shape shape(Shape head, Map<IndexShards.Section, IndexShards.Read> sections) {
    var files = new HashMap<String, Shape.Page>();
    sections.get(IndexShards.Section.PAGES).entries().forEach(list -> list.forEach(e -> files.put(e.name(), (Shape.Page) e.value())));
    return head.with(files);
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
        s.stats(), s.rootLinks(), s.linksToContent(), s.images());
    return new BuildCache.Body(b.hash(), b.baseKey(), b.links(), body, b.diagnostics());
  }

  /**
   * Saves the cache after a successful build; a failure to save is a note, never a failed build.
   *
   * @return whether the index is saved
   */
  boolean save(BuildCache cache, Path outDir, Set<String> liveSources, Consumer<String> notes) {
    var written = new ArrayList<String>();
    boolean saved = false;
    try {
      cache.store.force();
      var sections = new EnumMap<IndexShards.Section, List<IndexShards.Shard>>(IndexShards.Section.class);
      // the sections side by side: each compares its entries with the ones loaded (174,000 page
      // fingerprints and output records at 100,000 articles) and writes its changed shards
      var saving = new java.util.concurrent.ConcurrentHashMap<IndexShards.Section, List<IndexShards.Shard>>();
      java.util.Arrays.stream(IndexShards.Section.values()).parallel().forEach(section -> {
        Map<String, ?> entries = switch (section) {
          case PARSED -> cache.parsed;
          case BODIES -> cache.bodies;
          case RENDERED -> cache.rendered;
          case OUTPUT -> cache.output;
          case SPARE -> cache.spare == null ? Map.of() : Map.of("", cache.spare);
          case SHAPE -> cache.shape == null ? Map.of() : Map.of("", cache.shape.head());
          case PAGES -> cache.shape == null ? Map.of() : cache.shape.files();
        };
        boolean bySource = section == IndexShards.Section.PARSED || section == IndexShards.Section.BODIES;
        try {
          saving.put(section, IndexShards.save(dir, section, entries, bySource ? liveSources : null,
              loaded.get(section), written));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      // in the order of the sections: the index lists them so
      sections.putAll(saving);
      var bytes = new ByteArrayOutputStream(64 * 1024);
      var out = new DataOutputStream(bytes);
      var codec = CacheCodec.writer(out);
      codec.str(MAGIC);
      out.writeInt(FORMAT);
      codec.str(CodeVersion.ID);
      codec.str(outDir == null ? "" : outDir.toAbsolutePath().normalize().toString());
      codec.str(packName);
      codec.str(cache.configFingerprint);
      codec.photoReads(cache.photoReads);
      out.writeLong(cache.store.length());
      var named = new HashSet<String>();
      for (var list : sections.values()) {
        out.writeInt(list.size());
        for (var shard : list) {
          codec.str(shard.name());
          out.writeInt(shard.length());
          out.writeInt(shard.crc());
          out.writeInt(shard.entries());
          named.add(shard.name());
        }
      }
      out.writeInt(0);
      out.flush();
      byte[] body = bytes.toByteArray();
      int length = body.length - 4;
      ByteBuffer.wrap(body, length, 4).putInt(IndexShards.crc(body, length));
      Path tmp = dir.resolve(INDEX + ".tmp");
      try (var ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(ByteBuffer.wrap(body));
        ch.force(false);
      }
      Files.move(tmp, dir.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      saved = true;
      // what was read is no longer what the index names: a later save writes every shard
      loaded = Map.of();
      IndexShards.removeOthers(dir, named);
      removeOtherPacks();
      return true;
    } catch (IOException | RuntimeException e) {
      notes.accept("gazette: cannot save the build cache in " + dir + " (" + reason(e) + "); the next build starts without it");
      return false;
    } finally {
      if (!saved) {
        // the old index still names its own shards; the ones this save wrote are nobody's
        for (String name : written) {
          try {
            Files.deleteIfExists(dir.resolve(IndexShards.DIR).resolve(name));
          } catch (IOException e) {
            // removed by the next save
          }
        }
      }
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
    if (e instanceof java.io.UncheckedIOException u) {
      return reason(u.getCause());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static Set<String> names(Iterable<Path> files, Path siteDir) {
    var out = new HashSet<String>();
    files.forEach(f -> out.add(dev.gazette.source.ContentScanner.relPath(siteDir, f)));
    return out;
  }
}
