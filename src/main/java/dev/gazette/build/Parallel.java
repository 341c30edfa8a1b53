package dev.gazette.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Per-file work spread over the calling thread and the common pool's workers, each taking the
 * next item when it is done with one. A parallel stream cuts a list into four parts per pool
 * thread up front; when the costly items sit together (the channel indexes after the articles,
 * a parent channel's long list) one core finishes early and waits: at 10,000 articles on two
 * cores, the render step ran on one core for its last 40%.
 */
final class Parallel {
  private Parallel() {}

  /** Calls {@code action} on every item; the first exception thrown is rethrown when all threads stopped. */
  static <T> void forEach(List<T> items, Consumer<? super T> action) {
    run(items.size(), i -> action.accept(items.get(i)));
  }

  /** {@code f} of every item, in the items' order. */
  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    Object[] out = new Object[items.size()];
    run(items.size(), i -> out[i] = f.apply(items.get(i)));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(out);
    return list;
  }

  private interface Step {
    void at(int i);
  }

  private static void run(int n, Step step) {
    int threads = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
    if (threads <= 1) {
      for (int i = 0; i < n; i++) {
        step.at(i);
      }
      return;
    }
    var next = new AtomicInteger();
    var failed = new AtomicReference<Throwable>();
    Runnable loop = () -> {
      for (int i; failed.get() == null && (i = next.getAndIncrement()) < n; ) {
        try {
          step.at(i);
        } catch (Throwable t) {
          failed.compareAndSet(null, t);
        }
      }
    };
    var helpers = new ArrayList<ForkJoinTask<?>>();
    for (int t = 1; t < threads; t++) {
      helpers.add(ForkJoinPool.commonPool().submit(loop));
    }
    loop.run();
    for (var h : helpers) {
      h.join();
    }
    Throwable t = failed.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
