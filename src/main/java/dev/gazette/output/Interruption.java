package dev.gazette.output;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cleans up after SIGTERM and SIGINT (a CI job cancelled, Ctrl-C): the JVM runs shutdown hooks
 * for both, and this one removes the staging folder of every write under way, so an interrupted
 * build leaves only the previous output. (SIGKILL runs no hook: the next build removes what it
 * left, {@link Leftovers}.)
 */
final class Interruption {
  private static final Set<Staging> ACTIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private Interruption() {}

  static void watch(Staging s) {
    if (!hooked) {
      synchronized (Interruption.class) {
        if (!hooked) {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> ACTIVE.forEach(Staging::interrupt), "gazette-interrupted"));
          hooked = true;
        }
      }
    }
    ACTIVE.add(s);
  }

  static void forget(Staging s) {
    ACTIVE.remove(s);
  }
}
