package dev.gazette.build;

/**
 * What a running build is doing, for a progress line: called when each stage starts (done and
 * total 0) and, while pages render, after each page. Called from many threads; a listener that
 * prints throttles itself.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (stage, done, total) -> {};

  void update(String stage, int done, int total);
}
