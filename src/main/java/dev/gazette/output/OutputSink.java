package dev.gazette.output;

import java.util.Collection;
import java.util.Set;

/**
 * Where a build's files go as they are made: the staging folder of {@code gazette build}, or the
 * dev server's store. Called from many threads at once.
 */
public interface OutputSink {
  /**
   * New content for a path. A sink that cannot write remembers the first failure and reports it
   * when the build ends (so content errors found meanwhile are all reported).
   *
   */
  void write(OutputFile file);

  /** A sink that writes nothing: {@code gazette check}. */
  OutputSink NONE = new OutputSink() {
    @Override
    public void write(OutputFile file) {}

    @Override
    public boolean reuse(String path) {
      return true;
    }
  };

  /**
   * Keeps the last build's file at {@code path} without writing it again (its inputs are
   * unchanged, so its bytes are too).
   *
   * @return false when the sink no longer has that file as it was: then write it
   */
  boolean reuse(String path);

  /**
   * Keeps every file of the last build that this build did not write, but those in {@code
   * dropped}: {@link #reuse} for each, at once. A rebuild that wrote a handful of files of a large
   * site calls it for the rest.
   *
   * @param last every path of the last build
   * @param written the paths this build wrote
   */
  default void reuseRest(Collection<String> last, Set<String> written, Set<String> dropped) {
    for (String path : last) {
      if (!written.contains(path) && !dropped.contains(path)) {
        reuse(path);
      }
    }
  }
}
