package dev.gazette.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks an output tree with every core: each folder is a task that lists its entries and reads
 * their attributes (without following links), and its sub-folders are tasks of their own. At
 * 100,000 articles an output has 174,000 files, each in a folder of its own; walking it on one
 * thread is mostly waiting for the system (opening 174,000 folders), which two threads halve.
 *
 * <p>The visitor is called from several threads at once, and a folder's {@link Visitor#after} only
 * once all its entries have been visited.
 */
final class TreeWalk {
  private TreeWalk() {}

  /** What a walk does at each entry; every method may be called from any thread. */
  interface Visitor {
    /** A folder, before its entries; false stops the walk. */
    default boolean folder(String rel, BasicFileAttributes attrs) {
      return true;
    }

    /**
     * Anything that is not a folder (a symlink is not followed).
     *
     * @return whether it stays in the tree: counted in its folder's {@link #after}
     * @throws Stop to end the walk
     */
    boolean file(String rel, Path file, BasicFileAttributes attrs) throws IOException;

    /** A folder, after its entries, with how many of them stayed (a folder counts when anything in it did). */
    default void after(String rel, Path dir, int stayed) throws IOException {}
  }

  /** Thrown by a visitor to end the walk: the walk then returns false. */
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Walks the tree at {@code root}, which is visited as the folder {@code ""}.
   *
   * @return false when the visitor stopped the walk or a folder or entry could not be read
   */
  static boolean walk(Path root, Visitor visitor) {
    var stopped = new AtomicBoolean();
    var pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      if (!visitor.folder("", Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS))) {
        return false;
      }
      pool.invoke(new Folder(root, "", visitor, stopped));
      return !stopped.get();
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      pool.shutdown();
    }
  }

  private static final class Folder extends RecursiveTask<Integer> {
    private final Path dir;
    private final String rel;
    private final Visitor visitor;
    private final AtomicBoolean stopped;

    Folder(Path dir, String rel, Visitor visitor, AtomicBoolean stopped) {
      this.dir = dir;
      this.rel = rel;
      this.visitor = visitor;
      this.stopped = stopped;
    }

    @Override
    protected Integer compute() {
      if (stopped.get()) {
        return 0;
      }
      try {
        int stayed = 0;
        List<Folder> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
          for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String entryRel = rel.isEmpty() ? name : rel + "/" + name;
            var attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
              if (!visitor.folder(entryRel, attrs)) {
                stopped.set(true);
                return 0;
              }
              subfolders.add(new Folder(entry, entryRel, visitor, stopped));
            } else if (visitor.file(entryRel, entry, attrs)) {
              stayed++;
            }
          }
        }
        for (Folder f : invokeAll(subfolders)) {
          if (f.join() > 0) {
            stayed++;
          }
        }
        if (stopped.get()) {
          return 0;
        }
        visitor.after(rel, dir, stayed);
        return stayed;
      } catch (IOException | Stop | SecurityException e) {
        stopped.set(true);
        return 0;
      }
    }
  }
}
