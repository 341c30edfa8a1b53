package dev.gazette.build;

import dev.gazette.output.OutputRecord;
import dev.gazette.store.CorruptStoreException;
import dev.gazette.store.PackStore;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The entries of the cache's index, in shard files under {@code shards/}: each section (parsed
 * files, bodies, page fingerprints, output records, the spare, the shape, the shape's files) is
 * split by the hash of its keys,
 * so that a save after one article's edit writes again only the few shards whose entries changed
 * and keeps the others as they are. A shard is named once and never written again (a random
 * name, created new); the index names the shards it uses with their length and CRC-32C, so a
 * shard damaged, truncated, missing or left by another build is found when it is read.
 *
 * <p>Which shards changed is decided without encoding them: a shard is kept when it has as many
 * entries as when it was read and each is the very object read (parsed files, bodies, the spare
 * which the build replaces when they change) or an equal one (page fingerprints, output records,
 * the shape and its files: plain values).
 */
final class IndexShards {
  static final String DIR = "shards";
  /** Shards per section: about this many entries each, at most {@link #MAX_SHARDS}. */
  private static final int ENTRIES_PER_SHARD = 2048;
  private static final int MAX_SHARDS = 64;
  private static final SecureRandom NAMES = new SecureRandom();

  private IndexShards() {}

  enum Section {
    PARSED, BODIES, RENDERED, OUTPUT, SPARE, SHAPE, PAGES;

    /** Kept when the entry is this object, or (plain values) an equal one. */
    boolean same(Object read, Object now) {
      return read == now || (this == RENDERED || this == OUTPUT || this == SHAPE || this == PAGES)
          && read.equals(now);
    }
  }

  /** One shard file as the index names it. */
  record Shard(String name, int length, int crc, int entries) {}

  /** A section's shards as read, with their entries (the base of the next save's comparison). */
  record Read(List<Shard> shards, List<List<CacheCodec.Named<Object>>> entries) {}

  static boolean validName(String name) {
    return name != null && name.matches("[a-z]+-\\d+-[0-9a-f]{16}");
  }

  /** How many shards a section of {@code n} entries has: a power of two, so it rarely changes. */
  static int shardsFor(Section s, int n) {
    if (s == Section.SHAPE || s == Section.SPARE) {
      return 1;
    }
    int k = 1;
    while (k < MAX_SHARDS && k * ENTRIES_PER_SHARD < n) {
      k *= 2;
    }
    return k;
  }

  static int shardOf(String key, int shards) {
    int h = key.hashCode();
    return Math.floorMod(h ^ (h >>> 16), shards);
  }

  // ---- reading

  /** The entries of one shard, checked against what the index says of it. */
  static List<CacheCodec.Named<Object>> read(Path dir, Section section, Shard shard, Path siteDir, PackStore pack) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(DIR).resolve(shard.name()));
    } catch (NoSuchFileException e) {
      throw new CorruptStoreException("the shard " + shard.name() + " is missing");
    } catch (IOException e) {
      throw new CorruptStoreException("the shard " + shard.name() + " cannot be read: " + e.getMessage());
    }
    if (bytes.length != shard.length() || crc(bytes, bytes.length) != shard.crc()) {
      throw new CorruptStoreException("the shard " + shard.name() + " is damaged or truncated");
    }
    try {
      var in = CacheCodec.input(bytes, 0, bytes.length);
      var codec = CacheCodec.reader(in, siteDir, pack);
      int n = codec.count();
      if (n != shard.entries()) {
        throw new CorruptStoreException("the shard " + shard.name() + " holds other entries than the index says");
      }
      var out = new ArrayList<CacheCodec.Named<Object>>(n);
      for (int i = 0; i < n; i++) {
        out.add(decode(section, codec));
      }
      if (in.available() != 0) {
        throw new CorruptStoreException("the shard " + shard.name() + " has bytes after its end");
      }
      return out;
    } catch (IOException e) {
      throw new CorruptStoreException("the shard " + shard.name() + " cannot be read: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static CacheCodec.Named<Object> decode(Section section, CacheCodec codec) throws IOException {
    return (CacheCodec.Named<Object>) (CacheCodec.Named<?>) switch (section) {
      case PARSED -> codec.parsed();
      case BODIES -> codec.body();
      case RENDERED -> codec.rendered();
      case OUTPUT -> codec.output();
      case SPARE -> new CacheCodec.Named<>("", codec.spare());
      case SHAPE -> new CacheCodec.Named<>("", codec.shape());
      case PAGES -> codec.page();
    };
  }

  // ---- writing

  /**
   * The shards of a section holding {@code current}'s entries (those {@code live} accepts): the
   * shards of {@code read} whose entries are all the same, and new files for the others.
   *
   * @param read the section as loaded, or null when nothing of it can be kept
   * @param written the names of the shard files this save created (to remove on failure)
   */
  static List<Shard> save(Path dir, Section section, Map<String, ?> current, Set<String> live, Read read,
      List<String> written) throws IOException {
    Function<String, Object> now = k -> live == null || live.contains(k) ? current.get(k) : null;
    // by all entries, live or not: a few removed files do not change it
    int n = shardsFor(section, current.size());
    var groups = new ArrayList<List<Map.Entry<String, ?>>>(n);
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    for (Map.Entry<String, ?> e : current.entrySet()) {
      if (live == null || live.contains(e.getKey())) {
        groups.get(shardOf(e.getKey(), n)).add(e);
      }
    }
    boolean keep = read != null && read.shards().size() == n;
    var out = new Shard[n];
    var dirty = new ArrayList<Integer>();
    for (int i = 0; i < n; i++) {
      if (keep && unchanged(section, read.entries().get(i), groups.get(i).size(), now)) {
        out[i] = read.shards().get(i);
      } else {
        dirty.add(i);
      }
    }
    try {
      dirty.parallelStream().forEach(i -> out[i] = write(dir, section, groups.get(i), written));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return List.of(out);
  }

  private static boolean unchanged(Section section, List<CacheCodec.Named<Object>> read, int size,
      Function<String, Object> now) {
    if (read.size() != size) {
      return false;
    }
    for (var e : read) {
      Object v = now.apply(e.name());
      if (v == null || !section.same(e.value(), v)) {
        return false;
      }
    }
    return true;
  }

  private static Shard write(Path dir, Section section, List<Map.Entry<String, ?>> entries, List<String> written) {
    try {
      var bytes = new ByteArrayOutputStream(64 + entries.size() * 256);
      var data = new DataOutputStream(bytes);
      var codec = CacheCodec.writer(data);
      data.writeInt(entries.size());
      for (var e : entries) {
        encode(section, codec, e.getKey(), e.getValue());
      }
      data.flush();
      byte[] b = bytes.toByteArray();
      Path folder = Files.createDirectories(dir.resolve(DIR));
      while (true) {
        String name = section.name().toLowerCase(java.util.Locale.ROOT) + "-" + entries.size() + "-"
            + HexFormat.of().toHexDigits(NAMES.nextLong());
        try (var ch = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          synchronized (written) {
            written.add(name);
          }
          for (var buf = ByteBuffer.wrap(b); buf.hasRemaining(); ) {
            ch.write(buf);
          }
          ch.force(false);
          return new Shard(name, b.length, crc(b, b.length), entries.size());
        } catch (FileAlreadyExistsException e) {
          // a name taken already (never by chance, in practice): draw another
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void encode(Section section, CacheCodec codec, String key, Object value) throws IOException {
    switch (section) {
      case PARSED -> codec.parsed(key, (BuildCache.Parsed) value);
      case BODIES -> codec.body(key, (BuildCache.Body) value);
      case RENDERED -> codec.rendered(key, (BuildCache.Rendered) value);
      case OUTPUT -> codec.output(key, (OutputRecord) value);
      case SPARE -> codec.spare((dev.gazette.output.Spare) value);
      case SHAPE -> codec.shape((Shape) value);
      case PAGES -> codec.page(key, (Shape.Page) value);
    }
  }

  /** Removes the shard files no index names: those a save replaced, or a killed build left. */
  static void removeOthers(Path dir, Set<String> named) {
    try (var s = Files.list(dir.resolve(DIR))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!named.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // the index is saved; a shard left over is removed by the next save
    }
  }

  /** CRC-32C: enough to find accidental damage, and computed by one instruction per word. */
  static int crc(byte[] b, int length) {
    var c = new CRC32C();
    c.update(b, 0, length);
    return (int) c.getValue();
  }
}
