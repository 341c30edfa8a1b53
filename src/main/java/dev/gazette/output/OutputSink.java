package dev.gazette.output;

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
}
