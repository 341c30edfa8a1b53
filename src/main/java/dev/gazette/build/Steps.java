package dev.gazette.build;

import dev.gazette.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The timings and diagnostics of one run. */
final class Steps {
  final long start = System.nanoTime();
  final Progress progress;

  Steps(Progress progress) {
    this.progress = progress;
  }

  final List<BuildResult.Timing> timings = new ArrayList<>();
  final Diagnostics diagnostics = new Diagnostics();

  <T> T time(String name, Supplier<T> step) {
    progress.update(name, 0, 0);
    long t0 = System.nanoTime();
    T result = step.get();
    timings.add(new BuildResult.Timing(name, (System.nanoTime() - t0) / 1_000_000));
    return result;
  }

  void time(String name, Runnable step) {
    time(name, () -> {
      step.run();
      return null;
    });
  }

  long millis() {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
