package dev.gazette.output;

/**
 * The moments of writing an output at which a kill must leave a complete site, named so that a
 * test can stop a build exactly there: {@code -Dgazette.pauseAt=NAME} makes the build print
 * {@code gazette: paused at NAME} on stderr and wait, and the test kills it with SIGKILL. Without
 * the property this does nothing.
 */
enum WritePhase {
  /** the lock is held, leftovers removed, the staging folder created */
  OPENED,
  /** the first file of the new site is written, more follow */
  WRITING,
  /** every file is staged; the swap comes next */
  STAGED,
  /** two renames only (no exchange): the output renamed aside, the staged site not yet in */
  RENAMED_ASIDE,
  /** the new site is the output; the previous one waits beside it to be deleted */
  SWAPPED,
  /** the previous site is partly deleted (it could not be kept as the next build's spare) */
  DELETING,
  /** the previous site is checked to be the next build's spare, not yet renamed to be it */
  VETTED,
  /** in place (a mount point): the first changed file is moved into the output */
  MOVING,
  /** in place: every changed file is in, files the new site lacks not yet removed */
  MOVED,
  /** the write is finished, the lock still held */
  DONE;

  private static final String PAUSE_AT = System.getProperty("gazette.pauseAt");

  void reached() {
    if (PAUSE_AT == null || !PAUSE_AT.equalsIgnoreCase(name())) {
      return;
    }
    System.err.println("gazette: paused at " + name());
    System.err.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
