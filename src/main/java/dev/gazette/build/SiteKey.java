package dev.gazette.build;

import dev.gazette.config.ConfigLoader;
import dev.gazette.diag.Diagnostic;
import dev.gazette.diag.Diagnostics;
import dev.gazette.output.OutputRecord;
import dev.gazette.source.ContentScanner;
import dev.gazette.store.Hashes;
import dev.gazette.store.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole build as one key, so that a {@code gazette build} whose inputs did not change does no
 * work at all: not even reading the cache's index. A build's output is a function of the Gazette
 * that runs it, its options, {@code site-config.yml}, the files under {@code content/}, {@code
 * static/} and {@code themes/}, and the moment it runs (only through a {@link TimeWindow}). The
 * key hashes all of them by content (never by modification time); a build that finds the key of
 * the last successful one, and the output folder exactly as that build left it ({@link
 * dev.gazette.output.OutputState}), reports that build's result and warnings again and leaves the
 * output untouched.
 *
 * <p>Anything that cannot be keyed safely (a symlink among the inputs, a file that cannot be read,
 * a problem the content scan reports) gives no key, and the build runs as usual. The key file is
 * removed before a build starts changing the output, so a build killed midway never leaves a key
 * that describes another site than the one on disk.
 */
final class SiteKey {
  static final String FILE = "site-key";
  private static final String MAGIC = "gazette-site-key";
  private static final int FORMAT = 3;

  private SiteKey() {}

  /**
   * What the last successful build was made from and what it left. The output records (174,000
   * at 100,000 articles, a quarter of a second to decode) are needed only when the key is equal,
   * so {@link #load} decodes them at each call of {@code output} (the build asks once): null when they cannot be.
   */
  record Saved(String frame, String key, TimeWindow window, int articles, int pages, int jobs,
      Map<String, Integer> pagesByKind, List<Diagnostic> warnings, Supplier<Map<String, OutputRecord>> output) {}

  /** The content files as scanned (no scan problem), and their hashes by site-relative path. */
  record Content(List<Path> files, Map<String, String> hashes) {}

  /**
   * The content files' hashes (by site-relative path) as the parsing stage computes them, read
   * from disk now; null when they cannot be keyed.
   */
  static Content content(Path siteDir, SourceHash hash) {
    var scan = new Diagnostics();
    List<Path> files = ContentScanner.scan(siteDir, scan);
    if (!scan.sorted().isEmpty()) {
      return null;
    }
    try {
      var content = new HashMap<String, String>(files.size() * 2);
      var hashed = files.parallelStream()
          .map(f -> Map.entry(ContentScanner.relPath(siteDir, f), hash(hash, f)))
          .toList();
      hashed.forEach(e -> content.put(e.getKey(), e.getValue()));
      return new Content(files, content);
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  /** The key of a build made from {@code frame} that parsed the content files with these hashes. */
  static String key(String frame, Map<String, String> content, SourceHash hash) {
    // the sum of the entries' keyed hashes: a set hash that needs no sorting of 100,000 names
    // (under a secret key, no other set of entries can be made to give the same sum)
    long sum0 = 0;
    long sum1 = 0;
    for (var e : content.entrySet()) {
      long[] h = hash.words((e.getKey() + '\0' + e.getValue()).getBytes(StandardCharsets.UTF_8));
      sum0 += h[0];
      sum1 += h[1];
    }
    return hash.of((frame + '\0' + content.size() + '\0' + sum0 + '\0' + sum1).getBytes(StandardCharsets.UTF_8));
  }

  private static String hash(SourceHash hash, Path file) {
    try {
      return hash.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hash of Gazette, the options and every input but the content files; null when one cannot
   * be keyed.
   */
  static String frame(BuildOptions o, SourceHash hash) {
    MessageDigest md = Hashes.digest();
    String options = String.join("\n", CodeVersion.ID, o.outDir().toAbsolutePath().normalize().toString(),
        String.valueOf(o.drafts()), String.valueOf(o.future()), String.valueOf(o.baseUrl()));
    md.update(options.getBytes(StandardCharsets.UTF_8));
    for (String input : List.of(ConfigLoader.FILE, "static", "themes")) {
      if (!tree(o.siteDir(), o.siteDir().resolve(input), md, hash)) {
        return null;
      }
    }
    return Hashes.hex(md.digest());
  }

  /** Feeds the names and bytes of every file at or below {@code root}; false on a symlink or a read error. */
  private static boolean tree(Path siteDir, Path root, MessageDigest md, SourceHash hash) {
    md.update((byte) 2);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (Files.isSymbolicLink(p)) {
          return false;
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          md.update(siteDir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(hash.of(p).getBytes(StandardCharsets.US_ASCII));
        }
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The saved key in {@code cacheDir}, or null when there is none that this Gazette can trust. */
  static Saved load(Path cacheDir) {
    try {
      byte[] all = Files.readAllBytes(cacheDir.resolve(FILE));
      if (all.length < 4) {
        return null;
      }
      int length = all.length - 4;
      if (IndexShards.crc(all, length) != java.nio.ByteBuffer.wrap(all, length, 4).getInt()) {
        return null;
      }
      var in = CacheCodec.input(all, 0, length);
      var codec = CacheCodec.reader(in, null, null);
      if (!MAGIC.equals(codec.str()) || in.readInt() != FORMAT || !CodeVersion.ID.equals(codec.str())) {
        return null;
      }
      String frame = codec.str();
      String key = codec.str();
      var window = new TimeWindow(instant(in), instant(in), in.readBoolean() ? instant(in) : null);
      int articles = in.readInt();
      int pages = in.readInt();
      int jobs = in.readInt();
      var byKind = new HashMap<String, Integer>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        byKind.put(codec.str(), in.readInt());
      }
      List<Diagnostic> warnings = codec.diagnostics();
      int records = length - in.available();
      return new Saved(frame, key, window, articles, pages, jobs, byKind, warnings,
          () -> output(all, records, length - records));
    } catch (IOException | RuntimeException e) {
      // absent, truncated, damaged (CorruptStoreException) or foreign: the build checks everything
      return null;
    }
  }

  /** The output records at the end of a key file (its checksum already checked); null when they cannot be read. */
  private static Map<String, OutputRecord> output(byte[] all, int offset, int length) {
    try {
      var in = CacheCodec.input(all, offset, length);
      var codec = CacheCodec.reader(in, null, null);
      var output = new HashMap<String, OutputRecord>();
      for (int i = 0, n = codec.count(); i < n; i++) {
        var o = codec.output();
        output.put(o.name(), o.value());
      }
      return in.available() == 0 ? output : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Saves the key of a successful build, after its output and the cache's index are on disk. */
  static void save(Path cacheDir, Saved s) throws IOException {
    Map<String, OutputRecord> output = s.output().get();
    var bytes = new ByteArrayOutputStream(64 + output.size() * 64);
    var out = new DataOutputStream(bytes);
    var codec = CacheCodec.writer(out);
    codec.str(MAGIC);
    out.writeInt(FORMAT);
    codec.str(CodeVersion.ID);
    codec.str(s.frame());
    codec.str(s.key());
    instant(out, s.window().after());
    instant(out, s.window().before());
    out.writeBoolean(s.window().only() != null);
    if (s.window().only() != null) {
      instant(out, s.window().only());
    }
    out.writeInt(s.articles());
    out.writeInt(s.pages());
    out.writeInt(s.jobs());
    var kinds = new ArrayList<>(s.pagesByKind().entrySet());
    out.writeInt(kinds.size());
    for (var e : kinds) {
      codec.str(e.getKey());
      out.writeInt(e.getValue());
    }
    codec.diagnostics(s.warnings());
    out.writeInt(output.size());
    for (var e : output.entrySet()) {
      codec.output(e.getKey(), e.getValue());
    }
    out.flush();
    byte[] body = bytes.toByteArray();
    Path tmp = cacheDir.resolve(FILE + ".tmp");
    try (var os = Files.newOutputStream(tmp)) {
      os.write(body);
      os.write(java.nio.ByteBuffer.allocate(4).putInt(IndexShards.crc(body, body.length)).array());
    }
    Files.move(tmp, cacheDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the saved key: done before a build changes the output or the cache. */
  static void forget(Path cacheDir) throws IOException {
    Files.deleteIfExists(cacheDir.resolve(FILE));
  }

  private static void instant(DataOutputStream out, Instant t) throws IOException {
    out.writeLong(t.getEpochSecond());
    out.writeInt(t.getNano());
  }

  private static Instant instant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
