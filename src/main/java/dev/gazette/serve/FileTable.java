package dev.gazette.serve;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The dev server's files by path, immutable: a base table and the files changed since it was
 * made. A save that rewrote ten pages of a 170,000-file site makes the next table by copying the
 * changes, not the site; when the changes grow past an eighth of the base they are folded into a
 * new base, so lookups stay two hash probes and the copying stays proportional to what changed.
 */
final class FileTable {
  static final FileTable EMPTY = new FileTable(Map.of(), Map.of(), 0, 0);

  /** Never modified once the table is made. */
  private final Map<String, ServedFile> base;
  /** Path to its file since {@link #base}, or to null for a file that is gone; never modified. */
  private final Map<String, ServedFile> changes;
  private final int size;
  private final long packBytes;

  private FileTable(Map<String, ServedFile> base, Map<String, ServedFile> changes, int size, long packBytes) {
    this.base = base;
    this.changes = changes;
    this.size = size;
    this.packBytes = packBytes;
  }

  /** @param files handed over, never touched again */
  static FileTable of(Map<String, ServedFile> files) {
    long bytes = 0;
    for (ServedFile f : files.values()) {
      bytes += packBytes(f);
    }
    return new FileTable(files, Map.of(), files.size(), bytes);
  }

  ServedFile get(String path) {
    ServedFile f = changes.get(path);
    if (f != null || changes.containsKey(path)) {
      return f;
    }
    return base.get(path);
  }

  int size() {
    return size;
  }

  /** The bytes of the pack that these files use. */
  long packBytes() {
    return packBytes;
  }

  void forEach(BiConsumer<String, ServedFile> action) {
    base.forEach((path, f) -> {
      if (!changes.containsKey(path)) {
        action.accept(path, f);
      }
    });
    changes.forEach((path, f) -> {
      if (f != null) {
        action.accept(path, f);
      }
    });
  }

  /** These files with {@code written} put in and {@code removed} taken out. */
  FileTable with(Map<String, ServedFile> written, Set<String> removed) {
    var next = new HashMap<>(changes);
    int n = size;
    long bytes = packBytes;
    for (String path : removed) {
      ServedFile old = get(path);
      if (old != null && !written.containsKey(path)) {
        n--;
        bytes -= packBytes(old);
        next.put(path, null);
      }
    }
    for (var e : written.entrySet()) {
      ServedFile old = get(e.getKey());
      if (old == null) {
        n++;
      } else {
        bytes -= packBytes(old);
      }
      bytes += packBytes(e.getValue());
      next.put(e.getKey(), e.getValue());
    }
    if (next.size() <= base.size() / 8 + 64) {
      return new FileTable(base, next, n, bytes);
    }
    var flat = new HashMap<String, ServedFile>(n * 2);
    new FileTable(base, next, n, bytes).forEach(flat::put);
    return new FileTable(flat, Map.of(), n, bytes);
  }

  private static long packBytes(ServedFile f) {
    return f.blob() == null ? 0 : f.blob().length();
  }
}
