package dev.gazette.serve;

import dev.gazette.output.OutputFile;
import dev.gazette.output.OutputSink;
import dev.gazette.store.PackStore;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev server's output for one build: rendered files are appended to the server's pack on
 * disk (the heap holds only where they are), static files are recorded where they are. A file
 * whose bytes equal the last snapshot's keeps its place in the pack.
 */
final class ServedFiles implements OutputSink {
  private final PackStore pack;
  private final FileTable previous;
  private final Map<String, ServedFile> next = new ConcurrentHashMap<>();

  ServedFiles(PackStore pack, FileTable previous) {
    this.pack = pack;
    this.previous = previous;
  }

  @Override
  public void write(OutputFile f) {
    if (f.bytes() == null) {
      next.put(f.path(), new ServedFile(f.path(), null, f.copyFrom()));
      return;
    }
    ServedFile last = previous.get(f.path());
    if (last != null && last.blob() != null && last.blob().length() == f.bytes().length
        && Arrays.equals(pack.readUnchecked(last.blob()), f.bytes())) {
      next.put(f.path(), last);
    } else {
      next.put(f.path(), new ServedFile(f.path(), pack.put(f.bytes(), f.path()), null));
    }
  }

  @Override
  public boolean reuse(String path) {
    ServedFile last = previous.get(path);
    if (last == null) {
      return false;
    }
    next.put(path, last);
    return true;
  }

  /** Kept from {@link #previous} as a whole ({@link #reuseRest}), but these paths; null when not. */
  private Set<String> restBut;

  @Override
  public void reuseRest(Collection<String> last, Set<String> written, Set<String> dropped) {
    restBut = dropped;
  }

  /** Every file of the build, by path. */
  FileTable files() {
    return restBut == null ? FileTable.of(next) : previous.with(next, restBut);
  }
}
