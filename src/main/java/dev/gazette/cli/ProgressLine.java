package dev.gazette.cli;

import dev.gazette.build.Progress;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine;

/**
 * Feedback on long builds, on stderr. On a terminal ({@link Mode#TTY}) one line, rewritten in place
 * with {@code \r}: {@code gazette: render 1200/5000 (3.4 s)}, at most {@link #REPAINT_MILLIS} apart
 * and cleared by {@link #close}. Elsewhere ({@link Mode#PLAIN}, CI logs) one line per stage start,
 * and every {@link #PLAIN_EVERY_MILLIS} while pages render. Both show nothing until the build has
 * run for {@code afterMillis} (default {@link #DEFAULT_AFTER_MILLIS}), so a quick build prints
 * only its summary.
 *
 * <p>{@link #update} is called from many threads (after every rendered page): it only records the
 * state and, when a repaint is due, paints from that thread if no other is painting. A daemon
 * ticker repaints as well, so the elapsed time moves and the line appears during a long stage
 * that reports nothing (parse). Every write to stderr happens under one lock.
 */
final class ProgressLine implements Progress, AutoCloseable {
  /** Nothing shows for builds shorter than this. */
  static final long DEFAULT_AFTER_MILLIS = 2000;
  /** The terminal line is repainted at most ten times a second. */
  static final long REPAINT_MILLIS = 100;
  /** In plain mode, a line with the pages rendered so far at most this often. */
  static final long PLAIN_EVERY_MILLIS = 10_000;
  private static final long REPAINT_NANOS = TimeUnit.MILLISECONDS.toNanos(REPAINT_MILLIS);

  enum Mode {
    /** one line rewritten in place */
    TTY,
    /** one line per stage, for logs */
    PLAIN,
    /** nothing */
    OFF
  }

  private record State(String stage, int done, int total) {}

  private final Mode mode;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private final long afterNanos;
  private final AtomicReference<State> state;
  private final ReentrantLock lock = new ReentrantLock();
  private ScheduledExecutorService ticker;
  /** When the terminal line was last painted, for the throttle (read without the lock). */
  private volatile long lastPaint = start - REPAINT_NANOS;
  private volatile boolean closed;
  // guarded by lock
  private int shown;
  private String plainStage;
  private long plainLine;

  private ProgressLine(Mode mode, PrintWriter err, long afterMillis, String firstStage) {
    this.mode = mode;
    this.err = err;
    this.afterNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, afterMillis));
    this.state = new AtomicReference<>(new State(firstStage, 0, 0));
  }

  /**
   * @param firstStage what the command does before the build's first stage (such as opening the
   *     cache)
   */
  static ProgressLine start(Mode mode, PrintWriter err, long afterMillis, String firstStage) {
    var p = new ProgressLine(mode, err, afterMillis, firstStage);
    if (mode != Mode.OFF) {
      p.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gazette-progress");
        t.setDaemon(true);
        return t;
      });
      p.ticker.scheduleAtFixedRate(p::tick, REPAINT_MILLIS, REPAINT_MILLIS, TimeUnit.MILLISECONDS);
    }
    return p;
  }

  /**
   * The mode for {@code gazette build}: {@code --quiet} shows nothing; {@code setting} (the hidden
   * {@code --progress}, default the environment's {@code GAZETTE_PROGRESS}) forces one; {@code
   * auto} shows the line only when stderr is the process's and a terminal, plain lines when it is
   * the process's but not a terminal, and nothing on any other writer (a program calling {@link
   * Main#run}).
   */
  static Mode mode(String setting, boolean quiet, PrintWriter err, CommandLine commandLine) {
    String s = setting == null || setting.isBlank() ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    Mode forced = switch (s) {
      case "auto" -> null;
      case "tty" -> Mode.TTY;
      case "plain" -> Mode.PLAIN;
      case "off" -> Mode.OFF;
      default -> throw new CommandLine.ParameterException(commandLine,
          "GAZETTE_PROGRESS (--progress) must be auto, tty, plain or off, not \"" + setting + "\"");
    };
    if (quiet) {
      return Mode.OFF;
    }
    if (forced != null) {
      return forced;
    }
    if (!(err instanceof Main.Stderr)) {
      return Mode.OFF;
    }
    return stderrIsTerminal() ? Mode.TTY : Mode.PLAIN;
  }

  /** The hidden {@code --progress-after} (default the environment's {@code GAZETTE_PROGRESS_AFTER}). */
  static long afterMillis(String setting, CommandLine commandLine) {
    if (setting == null || setting.isBlank()) {
      return DEFAULT_AFTER_MILLIS;
    }
    try {
      long ms = Long.parseLong(setting.trim());
      if (ms >= 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new CommandLine.ParameterException(commandLine,
        "GAZETTE_PROGRESS_AFTER (--progress-after) must be a number of milliseconds, not \"" + setting + "\"");
  }

  /**
   * Whether stderr is an interactive terminal. {@code System.console()} is null when stdin or
   * stdout is redirected (on Java 22 and later it may not be: {@code Console.isTerminal()} tells);
   * stderr alone redirected ({@code 2>build.log}) shows in {@code /proc/self/fd/2} where there is a
   * /proc. {@code TERM=dumb} (Emacs' shell) does not handle {@code \r} well.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object terminal = Console.class.getMethod("isTerminal").invoke(console);
      if (Boolean.FALSE.equals(terminal)) {
        return false;
      }
    } catch (NoSuchMethodException e) {
      // Java 17 to 21: a console means stdin and stdout are terminals
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd2, LinkOption.NOFOLLOW_LINKS)) {
      return true; // no /proc (macOS, Windows): stderr goes where stdout goes
    }
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  @Override
  public void update(String stage, int done, int total) {
    if (mode == Mode.OFF || closed) {
      return;
    }
    // pages finish out of order on many threads: keep the highest count of a stage
    state.updateAndGet(old -> old.stage.equals(stage) && old.total == total && old.done > done ? old : new State(stage, done, total));
    long now = System.nanoTime();
    if (now - start < afterNanos) {
      return;
    }
    if (mode == Mode.TTY) {
      if (now - lastPaint >= REPAINT_NANOS) {
        paint(false);
      }
    } else if (done == 0 && total == 0) {
      paint(true); // a stage starts: rare, so wait for the lock and print it
    }
  }

  /** A line of its own on stderr (a note about the cache), without breaking the progress line. */
  void note(String line) {
    lock.lock();
    try {
      clear();
      err.println(line);
      err.flush();
    } finally {
      lock.unlock();
    }
  }

  private void tick() {
    paint(false);
  }

  private void paint(boolean wait) {
    if (wait) {
      lock.lock();
    } else if (!lock.tryLock()) {
      return;
    }
    try {
      long now = System.nanoTime();
      if (closed || now - start < afterNanos) {
        return;
      }
      State s = state.get();
      if (mode == Mode.TTY) {
        if (now - lastPaint < REPAINT_NANOS) {
          return;
        }
        String line = "gazette: " + describe(s, now);
        // pad with spaces over what is left of a longer line
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
        lastPaint = now;
      } else {
        boolean newStage = !s.stage.equals(plainStage);
        boolean due = s.total > 0 && now - plainLine >= TimeUnit.MILLISECONDS.toNanos(PLAIN_EVERY_MILLIS);
        if (newStage || due) {
          err.println("gazette: " + describe(s, now));
          err.flush();
          plainStage = s.stage;
          plainLine = now;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** {@code render 1200/5000 (3.4 s)} */
  private String describe(State s, long now) {
    return s.stage + (s.total > 0 ? " " + s.done + "/" + s.total : "") + " (" + elapsed(now - start) + ")";
  }

  static String elapsed(long nanos) {
    long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = ms / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  /** Rubs out the terminal line (guarded by lock). */
  private void clear() {
    if (shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
      lastPaint = System.nanoTime() - REPAINT_NANOS; // the next update paints at once
    }
  }

  /** Stops the ticker and clears the line: what is printed next starts on a clean line. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lock.lock();
    try {
      closed = true;
      clear();
    } finally {
      lock.unlock();
    }
  }
}
