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
   * @return the SHA-256 of the bytes, or null when the write failed
   */
  String write(OutputFile file);

  /** A sink that writes nothing: {@code gazette check}. */
  OutputSink NONE = new OutputSink() {
    @Override
    public String write(OutputFile file) {
      return file.bytes() != null ? dev.gazette.store.Hashes.of(file.bytes()) : "";
    }

    @Override
    public boolean reuse(String path, String hash) {
      return true;
    }
  };

  /**
   * Keeps the last build's file at {@code path}, whose bytes hash to {@code hash}, without
   * writing it again.
   *
   * @return false when the sink no longer has that file as it was: then write it
   */
  boolean reuse(String path, String hash);
}
